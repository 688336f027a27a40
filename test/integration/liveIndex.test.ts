// The index follows the file system: new, changed, malformed and deleted
// kata files, and a deleted folder of katas.

import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { folderNamed, getApi, waitFor } from './api';

function kataText(id: string, title: string, steps: string[]): string {
  return [
    '---',
    `title: 'Kata: ${title}'`,
    `kata_id: ${id}`,
    'kata_category:',
    '  - live-category',
    'kata_difficulty: 2',
    'estimated_time_minutes: 10',
    '---',
    '',
    '## Practice Tasks',
    '',
    '### Task 1: Try it (5 minutes)',
    '',
    ...steps.map((step) => `- [ ] ${step}`),
    '',
  ].join('\n');
}

describe('Live index', () => {
  let api: KataCoachApi;
  let folder: string;

  before(async () => {
    api = await getApi();
    folder = path.join(folderNamed('ws-second').uri.fsPath, 'live');
    await fs.mkdir(folder, { recursive: true });
  });

  after(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('adds a new kata file', async () => {
    await fs.writeFile(path.join(folder, '200-added.md'), kataText('live-200-added', '200 - Added Later', ['First', 'Second']));
    const kata = await waitFor(() => api.workspace.index.findById('live-200-added'), (value) => value !== undefined);
    assert.ok(kata, 'the new kata did not appear in the index');
    assert.equal(kata.title, '200 - Added Later');
    assert.equal(kata.sections[0].steps.length, 2);
  });

  it('finds katas written into new folders', async () => {
    // mkdir then write at once, as git checkout does: the watcher may not cover the folder yet.
    const ids = [1, 2, 3, 4, 5].map((index) => `live-10${index}-new-folder`);
    for (const [index, id] of ids.entries()) {
      const newFolder = path.join(folder, `new-${index}`, 'nested');
      await fs.mkdir(newFolder, { recursive: true });
      await fs.writeFile(path.join(newFolder, `${id}.md`), kataText(id, `10${index} - New Folder`, ['Only step']));
    }

    const found = await waitFor(
      () => ids.filter((id) => api.workspace.index.findById(id) !== undefined),
      (value) => value.length === ids.length,
    );
    assert.deepEqual(found, ids);
  });

  it('reparses a changed kata file', async () => {
    await fs.writeFile(path.join(folder, '200-added.md'), kataText('live-200-added', '200 - Added Later', ['First', 'Second', 'Third']));
    const kata = await waitFor(() => api.workspace.index.findById('live-200-added'), (value) => value?.sections[0].steps.length === 3);
    assert.equal(kata?.sections[0].steps.length, 3);
  });

  it('refreshes only the edited kata row', async () => {
    const category = (await api.tree.getChildren()).find((node) => node.kind === 'category' && node.name === 'live-category');
    assert.ok(category, 'the live-category row is missing');
    assert.ok((await api.tree.getChildren(category)).some((node) => node.kind === 'kata' && node.kata.id === 'live-200-added'));
    const events: (string | undefined)[] = [];
    const listener = api.tree.onDidChangeTreeData((node) => events.push(node === undefined ? undefined : node.id));

    try {
      await fs.writeFile(path.join(folder, '200-added.md'), kataText('live-200-added', '200 - Added Later', ['First', 'Second', 'Third', 'Fourth']));
      await waitFor(() => api.workspace.index.findById('live-200-added'), (value) => value?.sections[0].steps.length === 4);
      await waitFor(() => events, (value) => value.includes('kata:live-200-added'));
    } finally {
      listener.dispose();
    }

    // Files that other tests wrote may still be re-indexed, but none may refresh the whole tree.
    assert.ok(events.includes('kata:live-200-added'), JSON.stringify(events));
    assert.ok(!events.includes(undefined), `the whole tree was refreshed: ${JSON.stringify(events)}`);
  });

  it('skips a malformed kata without failing', async () => {
    const file = path.join(folder, '300-broken.md');
    await fs.writeFile(file, kataText('live-300-broken', '300 - Broken Later', ['A step']));
    await waitFor(() => api.workspace.index.summaryOf('live-300-broken'), (value) => value !== undefined);
    await api.tree.getChildren();
    let refreshed = false;
    const listener = api.tree.onDidChangeTreeData((node) => (refreshed ||= node === undefined));

    // The kata's category stays collapsed in this test, so only a whole refresh can drop its row.
    await fs.writeFile(file, '---\nkata_id: [live]-[300]-[broken\nkata_difficulty: 1\n---\n\n- [ ] A step\n');
    await waitFor(() => api.workspace.index.summaryOf('live-300-broken'), (value) => value === undefined);
    await waitFor(() => refreshed, (value) => value);
    listener.dispose();
    assert.ok(refreshed, 'the tree was not refreshed when a kata became malformed');
    const result = api.workspace.index.resultOf(file);
    assert.ok(result, 'the malformed file was not read');
    assert.equal(result.kata, undefined);
    assert.equal(result.problems[0]?.code, 'invalid-yaml');
    assert.ok(api.workspace.index.findById('live-200-added'), 'the other kata was lost');
  });

  it('keeps progress when a kata moves', async () => {
    const from = path.join(folder, '400-moving.md');
    await fs.writeFile(from, kataText('live-400-moving', '400 - Moving', ['Stay checked', 'Stay unchecked']));
    const kata = await waitFor(() => api.workspace.index.findById('live-400-moving'), (value) => value !== undefined);
    assert.ok(kata, 'the kata to move was not indexed');
    const [first, second] = kata.sections[0].steps;
    await api.progress.setSteps(kata, { [first.id]: true });

    const to = path.join(folder, 'moved', '400-renamed.md');
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.rename(from, to);

    const moved = await waitFor(() => api.workspace.index.findById('live-400-moving'), (value) => value?.filePath === to);
    assert.equal(moved?.filePath, to, 'the index did not follow the move');
    const states = api.progress.statesOf('live-400-moving');
    assert.equal(states[first.id], true);
    assert.notEqual(states[second.id], true);
  });

  it('drops katas of a deleted folder', async () => {
    await api.tree.getChildren();
    let refreshed = false;
    const listener = api.tree.onDidChangeTreeData((node) => (refreshed ||= node === undefined));

    try {
      await fs.rm(folder, { recursive: true, force: true });
      const kata = await waitFor(() => api.workspace.index.findById('live-200-added'), (value) => value === undefined);
      assert.equal(kata, undefined);
      assert.ok(await waitFor(() => refreshed, (value) => value), 'the tree was not refreshed after the folder was deleted');
    } finally {
      listener.dispose();
    }
  });
});

describe('Step command', () => {
  it('opens the kata file at the step line', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById('fixture-100-second-root');
    assert.ok(kata);
    const category = (await api.tree.getChildren()).find((node) => node.kind === 'category' && node.name === kata.category);
    const kataNode = (await api.tree.getChildren(category)).find((node) => node.kind === 'kata');
    const section = (await api.tree.getChildren(kataNode)).find((node) => node.kind === 'section' && node.section.kind === 'task');
    const [stepNode] = (await api.tree.getChildren(section));
    assert.equal(stepNode.kind, 'step');

    const command = api.tree.getTreeItem(stepNode).command;
    assert.ok(command, 'step item has no command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened');
    assert.equal(editor.document.uri.fsPath, kata.filePath);
    const expectedLine = stepNode.kind === 'step' ? stepNode.step.line : 0;
    assert.equal(editor.selection.active.line + 1, expectedLine);
  });
});
