// Rules for package.json that VS Code does not check when it loads the
// extension: users read only strings from package.nls.json, commands show
// only where they work, settings are documented, and `when` clauses read only
// context keys that something sets.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataTreeNode } from '../../src/tree/nodes';
import { EXTENSION_ID, getApi } from './api';
import { formatPath, isUserVisible, Manifest, NLS_REFERENCE, NlsMessage, readManifest, resolveMessage, settingsOf, stringsIn, whenClausesOf } from './manifest';
import { ContextKeyUse, contextKeyUses } from './whenClause';

// Context keys that Kata Coach sets with `setContext` (src/workspace/kataWorkspace.ts, src/workspace/hasKatasContext.ts,
// src/editor/index.ts, src/tree/viewOptions.ts, src/onboarding/onboardingService.ts).
const EXTENSION_CONTEXT_KEYS = [
  'kataCoach.ready',
  'kataCoach.scanning',
  'kataCoach.hasKatas',
  'kataCoach.isKataFile',
  'kataCoach.groupBy',
  'kataCoach.hideCompleted',
  'kataCoach.walkthrough.viewOpened',
  'kataCoach.walkthrough.kataStarted',
  'kataCoach.walkthrough.stepChecked',
  'kataCoach.walkthrough.hintRevealed',
  'kataCoach.walkthrough.coachAsked',
];

// Context keys that VS Code sets, with the file of the VS Code sources that defines each.
const VSCODE_CONTEXT_KEYS: Record<string, string> = {
  view: 'src/vs/workbench/browser/parts/views/treeView.ts: the id of the view whose menu is shown',
  viewItem: 'src/vs/workbench/browser/parts/views/treeView.ts: the contextValue of the tree item whose menu is shown',
  workbenchState: 'src/vs/workbench/common/contextkeys.ts',
  workspaceFolderCount: 'src/vs/workbench/common/contextkeys.ts',
  resourceLangId: 'src/vs/workbench/common/contextkeys.ts',
  resourceScheme: 'src/vs/workbench/common/contextkeys.ts',
  resourceExtname: 'src/vs/workbench/common/contextkeys.ts',
  editorTextFocus: 'src/vs/editor/common/editorContextKeys.ts',
  editorLangId: 'src/vs/editor/common/editorContextKeys.ts',
  isWorkspaceTrusted: 'src/vs/workbench/contrib/workspace/common/workspace.ts',
  activeWebviewPanelId: 'src/vs/workbench/contrib/webviewPanel/browser/webviewEditor.ts',
};
// `config.<setting>` reads a setting. VS Code resolves that prefix in src/vs/platform/contextkey/browser/contextKeyService.ts.
const SETTING_KEY_PREFIX = 'config.';

// Commands whose handler in src/commands or src/editor needs an argument that
// the palette cannot give, with the `when` clause of their palette entry.
const PALETTE_WHEN_OF_ARGUMENT_COMMANDS: Record<string, string> = {
  'kataCoach.openCoachPanel': 'false', // a tree item or kata id, while Start Kata opens the panel from the palette
  'kataCoach.openKataFile': 'false', // a tree item or kata id
  'kataCoach.revealStep': 'false', // a file path and a line
  'kataCoach.revealHint': 'false', // a kata id and a task id
  'kataCoach.toggleStep': 'kataCoach.isKataFile', // without arguments, the step under the cursor of a kata file
};

// Commands that only reply with a notification while the index lists no kata.
// Start Kata stays listed, because without katas it offers to create a sample.
const KATA_COMMANDS = ['kataCoach.askCoach', 'kataCoach.toggleTimer', 'kataCoach.resetProgress', 'kataCoach.revealCurrentStep'];

// Commands that change the Katas view, which has nothing to show without a workspace folder.
const VIEW_OPTION_COMMANDS = [
  'kataCoach.groupByCategory',
  'kataCoach.groupByDifficulty',
  'kataCoach.groupByLearningPath',
  'kataCoach.hideCompletedKatas',
  'kataCoach.showCompletedKatas',
];

const CODICON = /^\$\([a-z0-9-]+(~spin)?\)$/;
const COMMAND_LINK = /\(command:([\w.-]+)/g;
const SETTING_LINK = /#([\w.-]+)#/g;

/** Returns every context key that a `when` or `enablement` clause of `manifest` reads, with the clause's path. */
function contextKeyUsesOf(manifest: Manifest): (ContextKeyUse & { at: string })[] {
  return whenClausesOf(manifest).flatMap(({ path: at, clause }) => contextKeyUses(clause).map((use) => ({ at, ...use })));
}

describe('Manifest', () => {
  let extension: vscode.Extension<unknown>;
  let manifest: Manifest;
  let messages: Record<string, NlsMessage>;

  before(() => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} is not loaded`);
    extension = found;
    ({ manifest, messages } = readManifest(extension.extensionUri.fsPath));
  });

  const commandsOf = () => manifest.contributes.commands ?? [];
  const menusOf = () => Object.entries(manifest.contributes.menus ?? {});

  describe('localization', () => {
    it('resolves every nls reference', () => {
      const references = [...stringsIn(manifest)].filter(({ text }) => /^%.*%$/.test(text));
      assert.ok(references.length > 0, 'package.json has no %key% reference');
      for (const { path: at, text } of references) {
        assert.match(text, NLS_REFERENCE, `${formatPath(at)}: keys may contain only letters, digits, _ and .`);
        assert.notEqual(resolveMessage(messages, text), undefined, `${formatPath(at)}: package.nls.json has no ${text}`);
      }
    });

    it('uses every nls key', () => {
      const used = new Set([...stringsIn(manifest)].map(({ text }) => NLS_REFERENCE.exec(text)?.[1]));
      const unused = Object.keys(messages).filter((key) => !used.has(key));
      assert.deepEqual(unused, [], 'package.nls.json keys that package.json does not use');
    });

    it('has a message for every nls key', () => {
      for (const [key, message] of Object.entries(messages)) {
        const text = typeof message === 'string' ? message : message.message;
        assert.equal(typeof text, 'string', `${key} has no message`);
        assert.notEqual(text.trim(), '', `${key} is empty`);
      }
    });

    it('localizes every user-visible string', () => {
      const { displayName, description, contributes, capabilities } = manifest;
      const visible = [...stringsIn({ displayName, description, contributes, capabilities })].filter(({ path: at }) => isUserVisible(at));
      const literal = visible.filter(({ text }) => !NLS_REFERENCE.test(text)).map(({ path: at, text }) => `${formatPath(at)}: ${text}`);

      assert.ok(visible.length > 0, 'no user-visible string found');
      assert.deepEqual(literal, [], 'strings to move into package.nls.json');
    });

    it('keeps tool model descriptions in package.json', () => {
      for (const tool of manifest.contributes.languageModelTools ?? []) {
        assert.doesNotMatch(tool.modelDescription, NLS_REFERENCE, `${tool.name}: the model reads modelDescription, which stays in English`);
        assert.notEqual(tool.modelDescription.trim(), '', `${tool.name} has no modelDescription`);
      }
    });

    it('shows the resolved titles in VS Code', () => {
      const loaded = (extension.packageJSON as Manifest).contributes.commands ?? [];
      for (const command of commandsOf()) {
        const loadedCommand = loaded.find((candidate) => candidate.command === command.command);
        assert.equal(loadedCommand?.title, resolveMessage(messages, command.title), command.command);
        assert.equal(loadedCommand?.category, resolveMessage(messages, command.category), command.command);
      }
    });
  });

  describe('commands', () => {
    it('have a category and a title', () => {
      assert.ok(commandsOf().length > 0, 'package.json declares no command');
      for (const command of commandsOf()) {
        assert.match(command.title ?? '', NLS_REFERENCE, `${command.command}: the title is not a %key% reference`);
        assert.ok(resolveMessage(messages, command.title)?.trim(), `${command.command}: title has no text`);
        assert.match(command.category ?? '', NLS_REFERENCE, `${command.command}: the category is not a %key% reference`);
        assert.equal(resolveMessage(messages, command.category), 'Kata Coach', `${command.command}: category`);
        if (command.shortTitle !== undefined) {
          assert.notEqual(resolveMessage(messages, command.shortTitle), undefined, `${command.command}: shortTitle`);
        }
      }
    });

    it('have an icon in view and context menus', () => {
      const placed = menusOf().filter(([menu]) => menu !== 'commandPalette');
      for (const [menu, items] of placed) {
        for (const item of items.filter((candidate) => candidate.command !== undefined)) {
          const command = commandsOf().find((candidate) => candidate.command === item.command);
          assert.match(String(command?.icon), CODICON, `${item.command} in ${menu} needs a $(codicon) icon`);
        }
      }
    });

    it('are declared wherever they are used', () => {
      const declared = new Set(commandsOf().map((command) => command.command));
      const menuCommands = menusOf().flatMap(([menu, items]) => items.flatMap((item) => [item.command, item.alt].filter((id) => id !== undefined).map((id) => ({ id, where: menu }))));
      const keyCommands = (manifest.contributes.keybindings ?? []).map((binding) => ({ id: binding.command, where: 'keybindings' }));
      const linkCommands = (manifest.contributes.viewsWelcome ?? []).flatMap((entry) =>
        [...(resolveMessage(messages, entry.contents) ?? '').matchAll(COMMAND_LINK)].map((link) => ({ id: link[1], where: 'viewsWelcome' })),
      );
      const used = [...menuCommands, ...keyCommands, ...linkCommands];

      assert.ok(linkCommands.some(({ id }) => id === 'kataCoach.createSampleKata'), 'the welcome view links no Kata Coach command');
      for (const { id, where } of used.filter(({ id }) => id.startsWith('kataCoach.'))) {
        assert.ok(declared.has(id), `${where} names ${id}, which contributes.commands does not declare`);
      }
    });

    it('are registered at run time', async () => {
      await getApi();
      const registered = new Set(await vscode.commands.getCommands(true));
      for (const command of commandsOf()) {
        assert.ok(registered.has(command.command), `${command.command} is declared but not registered`);
      }
    });

    it('that need arguments are hidden from the palette', () => {
      const palette = manifest.contributes.menus?.commandPalette ?? [];
      for (const [command, when] of Object.entries(PALETTE_WHEN_OF_ARGUMENT_COMMANDS)) {
        const entries = palette.filter((item) => item.command === command);
        assert.equal(entries.length, 1, `${command} needs one commandPalette entry`);
        assert.equal(entries[0].when, when, command);
      }
    });

    it('that need a kata are hidden without one', () => {
      const palette = manifest.contributes.menus?.commandPalette ?? [];
      for (const command of KATA_COMMANDS) {
        const entry = palette.find((item) => item.command === command);
        assert.ok(entry?.when, `${command} has no commandPalette entry with a when clause`);
        const keys = contextKeyUses(entry.when).map((use) => use.key);
        assert.ok(keys.includes('kataCoach.hasKatas'), `${command}: "${entry.when}" does not read kataCoach.hasKatas`);
      }
    });

    it('of the Katas view need a folder', () => {
      const palette = manifest.contributes.menus?.commandPalette ?? [];
      for (const command of VIEW_OPTION_COMMANDS) {
        const entry = palette.find((item) => item.command === command);
        assert.ok(entry?.when, `${command} has no commandPalette entry with a when clause`);
        assert.match(entry.when, /^workspaceFolderCount != 0 && /, command);
      }
    });

    it('in tree item menus have a palette entry', () => {
      const palette = new Set((manifest.contributes.menus?.commandPalette ?? []).map((item) => item.command));
      const itemCommands = (manifest.contributes.menus?.['view/item/context'] ?? []).flatMap((item) => (item.command ? [item.command] : []));
      assert.ok(itemCommands.length > 0, 'no command in view/item/context');
      for (const command of itemCommands) {
        assert.ok(palette.has(command), `${command} runs on a tree item; its commandPalette entry says where it works without one`);
      }
    });
  });

  describe('settings', () => {
    it('have a description and a default', () => {
      const settings = [...settingsOf(manifest)];
      assert.ok(settings.length > 0, 'package.json declares no setting');
      for (const [name, setting] of settings) {
        const description = setting.markdownDescription ?? setting.description;
        assert.ok(resolveMessage(messages, description)?.trim(), `${name}: the description is missing or not a %key% reference`);
        assert.notEqual(setting.default, undefined, `${name}: the default is missing`);
      }
    });

    it('describe every choice', () => {
      for (const [name, setting] of settingsOf(manifest)) {
        if (setting.enum === undefined) {
          continue;
        }
        const descriptions = setting.markdownEnumDescriptions ?? setting.enumDescriptions ?? [];
        assert.equal(descriptions.length, setting.enum.length, `${name}: one description per enum value`);
        assert.ok(setting.enum.includes(setting.default), `${name}: default ${String(setting.default)} is not in its enum`);
      }
    });

    it('have distinct orders', () => {
      const orders = [...settingsOf(manifest)].map(([name, setting]) => {
        assert.ok(Number.isInteger(setting.order), `${name}: order`);
        return setting.order;
      });
      assert.equal(new Set(orders).size, orders.length, `orders repeat: ${orders.join(', ')}`);
    });

    it('link only to declared settings', () => {
      const settings = settingsOf(manifest);
      for (const [name, setting] of settings) {
        const text = resolveMessage(messages, setting.markdownDescription) ?? '';
        for (const [, linked] of text.matchAll(SETTING_LINK)) {
          if (linked.startsWith('kataCoach.')) {
            assert.ok(settings.has(linked), `${name} links to #${linked}#, which is not declared`);
          }
        }
      }
    });
  });

  describe('when clauses', () => {
    it('are read as keys and compared values', () => {
      assert.deepEqual(contextKeyUses("view == kataCoach.katas && !kataCoach.ready || viewItem =~ /^(kata|section)$/ && a in b && c != 'x y'"), [
        { key: 'view', operator: '==', value: 'kataCoach.katas' },
        { key: 'kataCoach.ready' },
        { key: 'viewItem', operator: '=~', value: '/^(kata|section)$/' },
        { key: 'a' },
        { key: 'b' },
        { key: 'c', operator: '!=', value: "'x y'" },
      ]);
      assert.deepEqual(contextKeyUses('false'), []);
      assert.throws(() => contextKeyUses("view == 'open"), /Invalid when clause/);
    });

    it('name only known context keys', () => {
      const settings = settingsOf(manifest);
      const clauses = whenClausesOf(manifest);
      assert.ok(clauses.length > 0, 'package.json has no when clause');
      for (const { path: at, clause } of clauses) {
        for (const { key } of contextKeyUses(clause)) {
          if (key.startsWith(SETTING_KEY_PREFIX)) {
            const setting = key.slice(SETTING_KEY_PREFIX.length);
            assert.ok(!setting.startsWith('kataCoach.') || settings.has(setting), `${at}: ${key} names no declared setting`);
          } else {
            assert.ok(EXTENSION_CONTEXT_KEYS.includes(key) || key in VSCODE_CONTEXT_KEYS, `${at}: unknown context key ${key} in "${clause}"`);
          }
        }
      }
    });

    it('name declared views', () => {
      const views = new Set(Object.values(manifest.contributes.views ?? {}).flatMap((list) => list.map((view) => view.id)));
      const compared = contextKeyUsesOf(manifest);
      for (const { at, value } of compared.filter((use) => use.key === 'view')) {
        assert.notEqual(value, undefined, `${at}: view is not compared with a view id`);
        assert.ok(views.has(String(value)), `${at}: view ${value} is not declared`);
      }
      for (const entry of manifest.contributes.viewsWelcome ?? []) {
        assert.ok(views.has(entry.view), `viewsWelcome names view ${entry.view}, which is not declared`);
      }
    });

    it("match the tree's item kinds", async () => {
      const api = await getApi();
      const contextValues = new Set<string>();
      const visit = async (node?: KataTreeNode): Promise<void> => {
        for (const child of await api.tree.getChildren(node)) {
          contextValues.add(String(api.tree.getTreeItem(child).contextValue));
          await visit(child);
        }
      };
      await visit();

      const compared = contextKeyUsesOf(manifest);
      const viewItems = compared.filter((use) => use.key === 'viewItem');
      assert.ok(viewItems.length > 0, 'no menu reads viewItem');
      for (const { at, operator, value = '' } of viewItems) {
        const pattern = operator === '=~' ? new RegExp(value.slice(1, value.lastIndexOf('/')), value.slice(value.lastIndexOf('/') + 1)) : undefined;
        const matches = [...contextValues].some((contextValue) => (pattern ? pattern.test(contextValue) : contextValue === value));
        assert.ok(matches, `${at}: viewItem ${operator} ${value} matches no tree item; the tree has ${[...contextValues].join(', ')}`);
      }
    });

    it('read extension keys that the bundle sets', () => {
      const bundle = fs.readFileSync(path.join(extension.extensionUri.fsPath, manifest.main), 'utf8');
      assert.match(bundle, /['"]setContext['"]/);
      for (const key of EXTENSION_CONTEXT_KEYS) {
        assert.ok(bundle.includes(`'${key}'`) || bundle.includes(`"${key}"`), `${manifest.main} never names ${key}`);
      }
    });
  });
});
