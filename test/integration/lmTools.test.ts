// The language model tools as agent mode calls them: registered under
// vscode.lm.tools, and invokeTool changing the same progress the tree shows.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TOOL_NAMES } from '../../src/core/chat/coachTools';
import { isStepDone } from '../../src/core/kataProgress';
import { checkboxStateOf, folderNamed, getApi, waitFor } from './api';

const KATA_ID = 'fixture-100-second-root';

function textOf(result: vscode.LanguageModelToolResult): string {
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}

describe('Language model tools', () => {
  it('are registered', () => {
    const names = vscode.lm.tools.map((tool) => tool.name);
    for (const name of Object.values(TOOL_NAMES)) {
      assert.ok(names.includes(name), `${name} missing from ${names.join(', ')}`);
    }
  });

  it('set a step that the tree then shows', async () => {
    const api = await getApi();
    const kata = api.workspace.index.findById(KATA_ID);
    assert.ok(kata);
    const step = kata.sections[1].steps[1];
    const done = !isStepDone(step, api.progress.statesOf(kata.id));

    const result = await vscode.lm.invokeTool(TOOL_NAMES.setStep, { input: { kataId: kata.id, stepId: step.id, done }, toolInvocationToken: undefined });
    assert.ok(textOf(result).startsWith('Marked'), textOf(result));
    await api.progress.flush();

    const category = (await api.tree.getChildren()).find((node) => node.kind === 'category' && node.katas.some((item) => item.id === kata.id));
    assert.ok(category, 'no tree node for the category');
    const kataNode = (await api.tree.getChildren(category)).find((node) => node.kind === 'kata' && node.kata.id === kata.id);
    assert.ok(kataNode, 'no tree node for the kata');
    const sectionNode = (await api.tree.getChildren(kataNode)).find((node) => node.kind === 'section' && node.section.id === kata.sections[1].id);
    assert.ok(sectionNode, 'no tree node for the task');
    const stepNode = (await api.tree.getChildren(sectionNode)).find((node) => node.kind === 'step' && node.step.id === step.id);
    assert.ok(stepNode, 'no tree node for the step');
    const item = await api.tree.getTreeItem(stepNode);
    assert.equal(checkboxStateOf(item), done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked);

    const file = path.join(folderNamed('ws-second').uri.fsPath, '.copilot-tracking', 'learning', `kata-progress-${KATA_ID}.json`);
    const document = await waitFor(() => JSON.parse(fs.readFileSync(file, 'utf8')), (value) => value.progress.checkboxStates[step.id] === done);
    assert.equal(document.metadata.source, 'coach');

    await vscode.lm.invokeTool(TOOL_NAMES.setStep, { input: { kataId: kata.id, stepId: step.id, done: !done }, toolInvocationToken: undefined });
    await api.progress.flush();
  });

  it('record a coaching note', async () => {
    const api = await getApi();
    await vscode.lm.invokeTool(TOOL_NAMES.recordNote, { input: { kataId: KATA_ID, note: 'Found the second folder quickly.', type: 'observation' }, toolInvocationToken: undefined });
    await api.progress.flush();

    const file = path.join(folderNamed('ws-second').uri.fsPath, '.copilot-tracking', 'learning', `kata-progress-${KATA_ID}.json`);
    const document = JSON.parse(fs.readFileSync(file, 'utf8'));
    const notes = document.coachingData.coachingNotes as { note: string; type: string }[];
    assert.deepEqual(notes[notes.length - 1], { ...notes[notes.length - 1], note: 'Found the second folder quickly.', type: 'observation' });
  });

  it('reject an unknown kata with the way out', async () => {
    await assert.rejects(
      Promise.resolve(vscode.lm.invokeTool(TOOL_NAMES.getProgress, { input: { kataId: 'no-such-kata' }, toolInvocationToken: undefined })),
      /kataCoach_listKatas/,
    );
  });

  it('come with the @kata participant', async () => {
    const api = await getApi();

    assert.equal(api.participant.id, 'kataCoach.kata');
    assert.ok(api.participant.followupProvider, 'the participant has no follow-ups');
  });
});
