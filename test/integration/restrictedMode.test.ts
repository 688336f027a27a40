// Progress writes in Restricted Mode. The test hosts start VS Code with
// workspace trust disabled, so a WriteConsent with a stand-in trust state and
// question replaces the window's own, on a kata of its own in the second
// workspace folder.

import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ResetResult } from '../../src/commands/resetProgress';
import type { KataCoachApi } from '../../src/extension';
import { allSteps, Kata } from '../../src/core/model';
import type { UnusableFile } from '../../src/core/progress/store';
import { ConsentAnswer, WriteConsent } from '../../src/progress/writeConsent';
import { checkboxStateOf, getApi, waitFor } from './api';
import { addTestKata, TestKata } from './testKata';

const KATA_ID = 'trust-100-restricted';
const CATEGORY = 'trust-category';

/** A trust state and a question that the test controls, and what the consent did with them. */
class StandInTrust {
  trusted = false;
  /** Answers to give, one per question. */
  answers: ConsentAnswer[] = [];
  /** The targets of the questions asked so far. */
  readonly questions: string[] = [];
  notices = 0;
  /** The unusable progress files that the user was notified of. */
  readonly unusableNotices: { kataTitle: string; file: UnusableFile }[] = [];
  private readonly grantEmitter = new vscode.EventEmitter<void>();

  readonly consent = new WriteConsent({
    isTrusted: () => this.trusted,
    ask: async (target) => {
      this.questions.push(target);
      return this.answers.shift();
    },
    onDidGrantTrust: this.grantEmitter.event,
    notifyKeptInMemory: () => this.notices++,
    notifyUnusableFile: (kataTitle, file) => this.unusableNotices.push({ kataTitle, file }),
  });

  grantTrust(): void {
    this.trusted = true;
    this.grantEmitter.fire();
  }

  dispose(): void {
    this.grantEmitter.dispose();
  }
}

function readStates(file: string): Record<string, boolean> {
  return JSON.parse(readFileSync(file, 'utf8')).progress.checkboxStates;
}

const CORRUPT_TEXT = '{ "metadata": ';

describe('Restricted Mode', () => {
  let api: KataCoachApi;
  let testKata: TestKata;
  let kataFile: string;
  let progressFile: string;
  let kata: Kata;
  let stepIds: string[];
  let trust: StandInTrust;
  let replacement: vscode.Disposable;

  /** Returns the checkbox state of a step's row in the Katas view. */
  async function treeStateOf(stepId: string): Promise<vscode.TreeItemCheckboxState | undefined> {
    const category = (await api.tree.getChildren()).find((node) => node.kind === 'category' && node.name === CATEGORY);
    assert.ok(category, `the Katas view has no category ${CATEGORY}`);
    const [kataNode] = await api.tree.getChildren(category);
    for (const section of await api.tree.getChildren(kataNode)) {
      const step = (await api.tree.getChildren(section)).find((node) => node.kind === 'step' && node.step.id === stepId);
      if (step) {
        return checkboxStateOf(api.tree.getTreeItem(step));
      }
    }
    return undefined;
  }

  /** Lists the names of the kata's moved-aside progress files. */
  async function corruptCopies(): Promise<string[]> {
    const names = await fs.readdir(path.dirname(progressFile)).catch(() => []);
    return names.filter((name) => name.startsWith(`kata-progress-${KATA_ID}.corrupt-`));
  }

  async function removeCorruptCopies(): Promise<void> {
    for (const name of await corruptCopies()) {
      await fs.rm(path.join(path.dirname(progressFile), name), { force: true });
    }
  }

  /** Writes a progress file that is not valid JSON and reads the kata's progress again. */
  async function corruptProgressFile(): Promise<void> {
    await fs.mkdir(path.dirname(progressFile), { recursive: true });
    await fs.writeFile(progressFile, CORRUPT_TEXT);
    await api.progress.load(kata);
  }

  before(async () => {
    api = await getApi();
    testKata = await addTestKata(api, {
      id: KATA_ID,
      title: 'Kata: 100 - Restricted Mode',
      category: CATEGORY,
      steps: ['Run the first command', 'Run the second command', 'Run the third command'],
    });
    ({ kata, kataFile, progressFile } = testKata);
    stepIds = allSteps(kata).map((step) => step.id);
    assert.equal(stepIds.length, 3);
  });

  beforeEach(async () => {
    await fs.rm(progressFile, { force: true });
    await removeCorruptCopies();
    await api.progress.load(kata);
    const left = Object.entries(api.progress.statesOf(KATA_ID)).filter(([, checked]) => checked);
    assert.deepEqual(left, [], 'checks of an earlier test are left');
    trust = new StandInTrust();
    replacement = api.progress.useWriteConsent(trust.consent);
  });

  afterEach(async () => {
    // Whatever a test kept in memory is saved now, so it cannot land on disk during a later test.
    trust.grantTrust();
    await api.progress.flush();
    replacement.dispose();
    trust.dispose();
  });

  after(async () => {
    await removeCorruptCopies();
    await testKata.remove();
  });

  it('writes without asking when trusted', async () => {
    trust.trusted = true;

    assert.equal(await api.progress.setSteps(kata, { [stepIds[0]]: true }), true);

    assert.deepEqual(trust.questions, []);
    assert.equal(readStates(progressFile)[stepIds[0]], true);
  });

  it('asks once, and Save writes', async () => {
    trust.answers = ['save'];

    // Two writes while the question is open share it.
    const written = await Promise.all([api.progress.setSteps(kata, { [stepIds[0]]: true }), api.progress.setSteps(kata, { [stepIds[1]]: true })]);
    assert.equal(await api.progress.setSteps(kata, { [stepIds[2]]: true }), true);

    assert.deepEqual(written, [true, true]);
    assert.deepEqual(trust.questions, ['ws-second/.copilot-tracking/learning']);
    const states = readStates(progressFile);
    assert.equal(states[stepIds[0]], true);
    assert.equal(states[stepIds[1]], true);
    assert.equal(states[stepIds[2]], true);
  });

  it("keeps Don't Save progress in memory", async () => {
    trust.answers = ['dontSave'];

    assert.equal(await api.progress.setSteps(kata, { [stepIds[0]]: true }), true);
    assert.equal(await api.progress.setSteps(kata, { [stepIds[1]]: true }), true);
    await api.progress.flush();

    assert.equal(trust.questions.length, 1, 'the question was asked again');
    assert.equal(trust.notices, 1);
    assert.equal(existsSync(progressFile), false, "a progress file was written after Don't Save");
    assert.equal(api.progress.statesOf(KATA_ID)[stepIds[0]], true);
    assert.equal(api.progress.statesOf(KATA_ID)[stepIds[1]], true);
    assert.equal(await treeStateOf(stepIds[0]), vscode.TreeItemCheckboxState.Checked);

    // Reading the progress again, as after an edit of the kata file, keeps what is in memory.
    await api.progress.load(kata);
    assert.equal(api.progress.statesOf(KATA_ID)[stepIds[0]], true, 'a reload lost the progress kept in memory');
    assert.equal(existsSync(progressFile), false);
  });

  it("saves Don't Save progress once trusted", async () => {
    trust.answers = ['dontSave'];
    await api.progress.setSteps(kata, { [stepIds[0]]: true });
    await api.progress.flush();
    assert.equal(existsSync(progressFile), false);

    trust.grantTrust();
    await api.progress.flush();
    assert.equal(existsSync(progressFile), true, 'the progress kept in memory was not saved after the grant');
    assert.equal(readStates(progressFile)[stepIds[0]], true);

    assert.equal(await api.progress.setSteps(kata, { [stepIds[2]]: true }), true);
    assert.equal(trust.questions.length, 1, 'a write after the grant asked');
    assert.equal(readStates(progressFile)[stepIds[2]], true);
    assert.equal(await treeStateOf(stepIds[0]), vscode.TreeItemCheckboxState.Checked);
  });

  it('asks again after a closed question', async () => {
    trust.answers = [undefined, 'save'];

    await api.progress.setSteps(kata, { [stepIds[0]]: true });
    await api.progress.flush();
    assert.equal(existsSync(progressFile), false, 'a closed question wrote the progress file');

    await api.progress.setSteps(kata, { [stepIds[1]]: true });

    assert.equal(trust.questions.length, 2);
    const states = readStates(progressFile);
    assert.equal(states[stepIds[0]], true, 'the change made before Save was not saved');
    assert.equal(states[stepIds[1]], true);
  });

  it('keeps minutes in memory without asking', async () => {
    await api.progress.saveCoachData(kata, { minutesBySection: { 'task-1': 3 } }, 3);
    await api.progress.flush();

    assert.deepEqual(trust.questions, []);
    assert.equal(existsSync(progressFile), false);
    assert.equal(api.progress.coachDataOf(KATA_ID).minutesBySection['task-1'], 3);
  });

  it('asks before a reset', async () => {
    trust.answers = ['dontSave'];

    const result = await vscode.commands.executeCommand<ResetResult | undefined>('kataCoach.resetProgress', KATA_ID, undefined, { confirm: false });

    assert.equal(trust.questions.length, 1);
    assert.deepEqual(result?.previous, Object.fromEntries(stepIds.map((id) => [id, false])));
    assert.equal(existsSync(progressFile), false);
  });

  it("leaves Don't Save checks unsaved in kata files", async () => {
    await vscode.workspace.getConfiguration('kataCoach.progress').update('storage', 'markdown', vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.progress.mode, (mode) => mode === 'markdown');
    try {
      trust.answers = ['dontSave'];

      assert.equal(await api.progress.setSteps(kata, { [stepIds[0]]: true }), true);

      const document = await vscode.workspace.openTextDocument(kataFile);
      assert.equal(trust.questions[0], vscode.workspace.asRelativePath(kataFile, true));
      assert.equal(document.isDirty, true, 'the kata file was saved');
      assert.match(document.getText(), /- \[x\] Run the first command/);
      assert.equal(await fs.readFile(kataFile, 'utf8'), testKata.text, 'the kata file on disk changed');
      assert.equal(api.progress.statesOf(KATA_ID)[stepIds[0]], true);

      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(document.isDirty, false);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.getConfiguration('kataCoach.progress').update('storage', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.progress.mode, (mode) => mode === 'workspace');
    }
  });
  it('leaves a corrupt file on disk', async () => {
    await corruptProgressFile();

    assert.equal(await fs.readFile(progressFile, 'utf8'), CORRUPT_TEXT);
    assert.deepEqual(await corruptCopies(), [], 'the corrupt file was moved aside before the user allowed saving');
    assert.equal(trust.unusableNotices.length, 1);
    assert.equal(trust.unusableNotices[0].kataTitle, kata.title);
    assert.equal(trust.unusableNotices[0].file.filePath, progressFile);
    assert.match(trust.unusableNotices[0].file.reason, /^not valid JSON/);
    assert.deepEqual(Object.entries(api.progress.statesOf(KATA_ID)).filter(([, checked]) => checked), []);

    trust.answers = ['dontSave'];
    assert.equal(await api.progress.setSteps(kata, { [stepIds[0]]: true }), true);
    await api.progress.load(kata);
    await api.progress.flush();

    assert.equal(await fs.readFile(progressFile, 'utf8'), CORRUPT_TEXT, "the corrupt file changed after Don't Save");
    assert.deepEqual(await corruptCopies(), []);
    assert.equal(api.progress.statesOf(KATA_ID)[stepIds[0]], true);
    assert.equal(await treeStateOf(stepIds[0]), vscode.TreeItemCheckboxState.Checked);
    assert.equal(trust.unusableNotices.length, 1, 'the notice about the corrupt file was shown again');
  });

  it('keeps a corrupt file aside once trusted', async () => {
    await corruptProgressFile();
    trust.answers = ['dontSave'];
    await api.progress.setSteps(kata, { [stepIds[1]]: true });
    await api.progress.flush();

    trust.grantTrust();
    await api.progress.flush();

    const copies = await corruptCopies();
    assert.equal(copies.length, 1, `moved-aside copies: ${copies.join(', ')}`);
    assert.match(copies[0], /^kata-progress-trust-100-restricted\.corrupt-\d{8}T\d{6}Z\.json$/);
    assert.equal(await fs.readFile(path.join(path.dirname(progressFile), copies[0]), 'utf8'), CORRUPT_TEXT);
    assert.equal(readStates(progressFile)[stepIds[1]], true);
    assert.equal(readStates(progressFile)[stepIds[0]], false);
  });

  it('keeps a corrupt file aside on Save', async () => {
    await corruptProgressFile();
    trust.answers = ['save'];

    assert.equal(await api.progress.setSteps(kata, { [stepIds[2]]: true }), true);

    const copies = await corruptCopies();
    assert.equal(copies.length, 1, `moved-aside copies: ${copies.join(', ')}`);
    assert.equal(await fs.readFile(path.join(path.dirname(progressFile), copies[0]), 'utf8'), CORRUPT_TEXT);
    assert.equal(readStates(progressFile)[stepIds[2]], true);
  });
});
