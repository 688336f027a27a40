// The "Get started with Kata Coach" walkthrough: its manifest entry, and the
// onboarding service that records each step's event when the learner acts.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { hintStrategy, hintsForSection } from '../../src/core/hintReveal';
import { allSteps, Kata } from '../../src/core/model';
import { WALKTHROUGH_CONTEXT_KEYS, WALKTHROUGH_ID, WalkthroughEvent, WalkthroughOccurrence } from '../../src/onboarding/onboardingService';
import type { KataCoachApi } from '../../src/extension';
import { EXTENSION_ID, getApi, waitFor } from './api';
import { NlsMessage, readManifest, resolveMessage } from './manifest';

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; image?: string; altText?: string };
  completionEvents?: string[];
}

interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: WalkthroughStep[];
}

const COMMAND_LINK = /\]\(command:([\w.-]+)/g;

function coachTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('kataCoach.coach'));
}

/** Collects the occurrences of `event` that the extension's onboarding service records from now on. */
function collect(api: KataCoachApi, event: WalkthroughEvent): { occurrences: WalkthroughOccurrence[]; dispose(): void } {
  const occurrences: WalkthroughOccurrence[] = [];
  const listener = api.onboarding.events.onDidRecord((occurrence) => {
    if (occurrence.event === event) {
      occurrences.push(occurrence);
    }
  });
  return { occurrences, dispose: () => listener.dispose() };
}

/** Returns the kata ids of the occurrences, once one of them names `kataId` or 10 seconds have passed. */
async function kataIdsOnceRecorded(occurrences: WalkthroughOccurrence[], kataId: string): Promise<(string | undefined)[]> {
  const recorded = await waitFor(
    () => occurrences.map((occurrence) => occurrence.kataId),
    (ids) => ids.includes(kataId),
  );
  return recorded;
}

function firstKataWithHints(api: KataCoachApi): { kata: Kata; sectionId: string } {
  for (const summary of api.workspace.index.katas) {
    const kata = api.workspace.index.findById(summary.id);
    // A minimal strategy locks hints for the first minutes on a task.
    const section = kata && hintStrategy(kata) !== 'minimal' ? kata.sections.find((candidate) => hintsForSection(kata, candidate.id).length > 0) : undefined;
    if (kata && section) {
      return { kata, sectionId: section.id };
    }
  }
  assert.fail('no kata of the test workspace has a task with hints');
}

describe('Walkthrough', () => {
  let walkthrough: Walkthrough;
  let messages: Record<string, NlsMessage>;
  let extensionRoot: string;

  before(() => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    extensionRoot = extension.extensionUri.fsPath;
    const read = readManifest(extensionRoot);
    messages = read.messages;
    const walkthroughs = (read.manifest.contributes as { walkthroughs?: Walkthrough[] }).walkthroughs ?? [];
    assert.equal(walkthroughs.length, 1, 'package.json contributes one walkthrough');
    walkthrough = walkthroughs[0];
  });

  describe('manifest', () => {
    it('has the id the notification opens', () => {
      assert.equal(walkthrough.id, WALKTHROUGH_ID);
      assert.equal(resolveMessage(messages, walkthrough.title), 'Get started with Kata Coach');
    });

    it('completes steps on keys the extension sets', () => {
      const keys = new Set(Object.values(WALKTHROUGH_CONTEXT_KEYS));
      const used = new Set<string>();
      for (const step of walkthrough.steps) {
        assert.ok((step.completionEvents ?? []).length > 0, `${step.id} has no completionEvents, so selecting it would complete it`);
        for (const event of step.completionEvents ?? []) {
          const [, kind, argument] = /^(\w+):(.*)$/.exec(event) ?? [];
          if (kind === 'onView') {
            assert.equal(argument, 'kataCoach.katas', `${step.id}: ${event}`);
          } else {
            assert.equal(kind, 'onContext', `${step.id}: ${event} is neither onView nor onContext`);
            assert.ok(keys.has(argument), `${step.id}: ${argument} is not a key the onboarding service sets`);
            used.add(argument);
          }
        }
      }
      assert.deepEqual([...keys].filter((key) => !used.has(key)), [], 'context keys that no step reads');
    });

    it('links every step to a registered command', async () => {
      const registered = new Set(await vscode.commands.getCommands(true));
      for (const step of walkthrough.steps) {
        const description = resolveMessage(messages, step.description) ?? '';
        const linked = [...description.matchAll(COMMAND_LINK)].map((link) => link[1]);
        assert.ok(linked.length > 0, `${step.id} has no command link`);
        for (const command of linked) {
          assert.ok(registered.has(command), `${step.id} links to ${command}, which is not registered`);
        }
      }
    });

    it('ships an SVG with alt text for every step', () => {
      for (const step of walkthrough.steps) {
        assert.ok(step.media.svg, `${step.id} has no svg media`);
        const file = path.join(extensionRoot, step.media.svg);
        assert.ok(fs.existsSync(file), `${step.id}: ${step.media.svg} is missing`);
        assert.match(fs.readFileSync(file, 'utf8'), /^<svg [^>]*viewBox=/, `${step.media.svg} is not an SVG with a viewBox`);
        assert.ok(resolveMessage(messages, step.media.altText)?.trim(), `${step.id} has no alt text`);
      }
    });
  });

  describe('events', () => {
    let api: KataCoachApi;

    before(async () => {
      api = await getApi();
    });

    it('records the Katas view opening', async () => {
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      assert.equal(await waitFor(() => api.tree.view.visible, (visible) => !visible), false, 'the Katas view is still visible');
      const collected = collect(api, 'viewOpened');
      try {
        await vscode.commands.executeCommand('kataCoach.katas.focus');
        const count = await waitFor(() => collected.occurrences.length, (length) => length > 0);
        assert.equal(count, 1);
        assert.ok(api.onboarding.events.hasRecorded('viewOpened'));
      } finally {
        collected.dispose();
      }
    });

    it('records a kata started with Start Kata', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      assert.deepEqual(await waitFor(coachTabs, (tabs) => tabs.length === 0), [], 'the coach panel is still open');
      const kata = api.workspace.index.katas[0];
      const collected = collect(api, 'kataStarted');
      try {
        await vscode.commands.executeCommand('kataCoach.startKata', kata.id);
        assert.deepEqual(await kataIdsOnceRecorded(collected.occurrences, kata.id), [kata.id]);
        assert.ok(api.onboarding.events.hasRecorded('kataStarted'));
      } finally {
        collected.dispose();
      }
    });

    it('records a step checked through the progress service', async () => {
      const kata = api.workspace.index.findById(api.workspace.index.katas[0].id);
      assert.ok(kata);
      const step = allSteps(kata)[0];
      assert.ok(await api.progress.setSteps(kata, { [step.id]: false }), 'unchecking the step failed');

      const collected = collect(api, 'stepChecked');
      try {
        assert.ok(await api.progress.setSteps(kata, { [step.id]: true }), 'checking the step failed');
        assert.deepEqual(await kataIdsOnceRecorded(collected.occurrences, kata.id), [kata.id]);
        assert.ok(api.onboarding.events.hasRecorded('stepChecked'));

        // Both change events of the write have fired once setSteps resolves.
        assert.ok(await api.progress.setSteps(kata, { [step.id]: false }), 'unchecking the step failed');
        assert.equal(collected.occurrences.length, 1, 'unchecking a step counted as checking one');
      } finally {
        collected.dispose();
      }
    });

    it('records a revealed hint', async () => {
      const { kata, sectionId } = firstKataWithHints(api);
      assert.ok(await api.progress.saveCoachData(kata, { revealedHintCounts: { [sectionId]: 0 }, revealedHintLevels: { [sectionId]: 0 } }));
      assert.equal(api.progress.coachDataOf(kata.id).revealedHintCounts[sectionId], 0);

      const collected = collect(api, 'hintRevealed');
      try {
        const problem = await vscode.commands.executeCommand<string | undefined>('kataCoach.revealHint', kata.id, sectionId);
        assert.equal(problem, undefined);
        assert.deepEqual(await kataIdsOnceRecorded(collected.occurrences, kata.id), [kata.id]);
        assert.ok(api.onboarding.events.hasRecorded('hintRevealed'));
      } finally {
        collected.dispose();
      }
    });

    it('records asking the coach', async () => {
      const kata = api.workspace.index.katas[0];
      const collected = collect(api, 'coachAsked');
      try {
        const result = await vscode.commands.executeCommand<{ route: string } | undefined>('kataCoach.askCoach', kata.id);
        assert.ok(result, 'Ask the Coach returned nothing');
        assert.deepEqual(await kataIdsOnceRecorded(collected.occurrences, kata.id), [kata.id]);
        assert.ok(api.onboarding.events.hasRecorded('coachAsked'));
      } finally {
        collected.dispose();
      }
    });
  });
});
