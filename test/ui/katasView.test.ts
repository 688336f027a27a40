// A learner's first session in a real VS Code. The Katas view lists the
// corpus and a tree checkbox saves progress. Start Kata opens the coach
// panel, and a check in the panel shows in the tree.
//
// It runs on a copy of the real kata corpus next to the project when there
// is one, else on a copy of the project's samples.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { KataIndex } from '../../src/core/kataIndex';
import { allSteps, Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { toPlainText } from '../../src/core/plainText';
import { coachFrame, copySamples, expandRow, openKataCoachView, pickQuickItem, reloadWindow, runCommand, waitForProgress, sharedKatasPath, startWorkbench, treeRow, Workbench } from './harness';

interface Corpus {
  folder: string;
  /** Kata checked through the tree, then opened in the coach panel. */
  kataId: string;
  expectedKatas?: number;
  expectedCategories?: number;
}

function markdownFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function indexOf(folder: string): KataIndex {
  const index = new KataIndex();
  for (const file of markdownFiles(folder)) {
    index.set(parseKataFile(fs.readFileSync(file, 'utf8'), file), folder);
  }
  return index;
}

async function prepareCorpus(): Promise<Corpus> {
  const shared = sharedKatasPath();
  if (!shared) {
    console.log('    The kata corpus next to the project (../shared/katas) is absent: running on the project samples instead.');
    return { folder: await copySamples(), kataId: 'git-fundamentals-100-first-commit-workflow' };
  }

  // A copy, because progress files are written into the workspace.
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-corpus-')), 'edge-ai');
  fs.cpSync(shared, folder, { recursive: true });
  fs.chmodSync(folder, 0o755);
  return { folder, kataId: 'ai-assisted-engineering-100-copilot-modes', expectedKatas: 42, expectedCategories: 8 };
}

function assertValidAgainstSharedSchema(document: unknown): void {
  const shared = sharedKatasPath();
  if (!shared) {
    return;
  }
  const schema = JSON.parse(fs.readFileSync(path.join(shared, 'progress-schemas', 'kata-progress-schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.ok(validate(document), `progress file invalid: ${ajv.errorsText(validate.errors)}`);
}

describe('Katas view and coach panel', function () {
  let workbench: Workbench;
  let corpus: Corpus;
  let index: KataIndex;
  let kata: Kata;

  before(async function () {
    corpus = await prepareCorpus();
    index = indexOf(corpus.folder);
    const found = index.findById(corpus.kataId);
    assert.ok(found, `kata ${corpus.kataId} not found in ${corpus.folder}`);
    kata = found;
    workbench = await startWorkbench({ folder: corpus.folder });
  });

  after(async () => {
    await workbench?.close();
  });

  it('lists every category and kata', async () => {
    const { page } = workbench;
    const tree = await openKataCoachView(page);
    const categories = index.categories();
    if (corpus.expectedCategories !== undefined) {
      assert.strictEqual(categories.length, corpus.expectedCategories);
      assert.strictEqual(index.katas.length, corpus.expectedKatas);
    }

    // Collapsed, every category row fits on screen and carries its kata count.
    await treeRow(page, categories[0].name).waitFor({ state: 'visible' });
    // The only view of a container puts its actions in the side bar's title.
    await tree.hover();
    await page.locator('.part.sidebar a.action-label[aria-label="Collapse All"]').locator('visible=true').first().click();
    const rows = tree.locator('[role="treeitem"][aria-level="1"]');
    await rows.nth(categories.length - 1).waitFor({ state: 'visible' });
    assert.strictEqual(await rows.count(), categories.length);

    let katasShown = 0;
    for (const category of categories) {
      const description = await treeRow(page, category.name).locator('.label-description').textContent();
      katasShown += Number.parseInt(description ?? '', 10);
    }
    assert.strictEqual(katasShown, index.katas.length);
    await workbench.screenshot('01-katas-view');
  });

  it('saves a checked tree step', async () => {
    const { page } = workbench;
    const setup = kata.sections.find((section) => section.kind === 'setup') ?? kata.sections[0];
    const step = setup.steps[0];

    await expandRow(page, kata.category);
    await expandRow(page, kata.title);
    await expandRow(page, setup.label);
    const row = treeRow(page, toPlainText(step.text));
    const checkbox = row.locator('[role="checkbox"]');
    assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'false');
    assert.strictEqual(await checkbox.getAttribute('aria-label'), `Mark step "${toPlainText(step.text)}" as done`);
    await checkbox.click();

    const document = await waitForProgress(corpus.folder, kata.id, (value) => value.progress?.checkboxStates?.[step.id] === true);
    assert.ok(document, 'no progress file was written');
    assert.strictEqual(document.progress.checkboxStates[step.id], true);
    assert.strictEqual(document.metadata.source, 'ui');
    assert.strictEqual(document.metadata.fileType, 'kata-progress');
    assert.strictEqual(document.progress.completedTasks, 1);
    assert.strictEqual(document.progress.totalTasks, allSteps(kata).length);
    assertValidAgainstSharedSchema(document);

    await row.locator('[role="checkbox"][aria-checked="true"]').waitFor({ state: 'visible' });
    assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'true');
    assert.strictEqual(await checkbox.getAttribute('aria-label'), `Mark step "${toPlainText(step.text)}" as not done`);
    await workbench.screenshot('02-tree-step-checked');
  });

  it('opens the coach panel from Start Kata', async () => {
    const { page } = workbench;
    await runCommand(page, 'Kata Coach: Start Kata');
    await pickQuickItem(page, kata.title);

    const frame = coachFrame(page);
    const title = frame.locator('#kata-title');
    await title.waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(await title.textContent(), kata.title);

    const current = kata.sections.find((section) => section.kind === 'task' && section.steps.length > 0);
    assert.ok(current, 'the kata has no task with steps');
    const heading = frame.locator('#current-section h2');
    assert.ok((await heading.textContent())?.startsWith(current.label), `panel shows ${await heading.textContent()}`);

    const ids = await frame.locator('#current-section input[type="checkbox"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-step-id')));
    assert.deepStrictEqual(ids, current.steps.map((step) => step.id));
    await workbench.screenshot('03-coach-panel');
  });

  it('shows a panel check in the tree', async () => {
    const { page } = workbench;
    const task = kata.sections.find((section) => section.kind === 'task' && section.steps.length > 0)!;
    const step = task.steps[0];

    await coachFrame(page).locator(`input[data-step-id="${step.id}"]`).click();
    const document = await waitForProgress(corpus.folder, kata.id, (value) => value.progress?.checkboxStates?.[step.id] === true);
    assert.strictEqual(document?.progress.checkboxStates[step.id], true);

    await expandRow(page, task.label);
    const checkbox = treeRow(page, toPlainText(step.text)).locator('[role="checkbox"]');
    await treeRow(page, toPlainText(step.text)).locator('[role="checkbox"][aria-checked="true"]').waitFor({ state: 'visible', timeout: 10000 });
    assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'true');
    await workbench.screenshot('04-panel-check-in-tree');
  });

  it('asks the coach from the panel', async () => {
    const { page } = workbench;
    await coachFrame(page).locator('#ask-coach').click();

    // Copilot Chat opens with the prompt in its input, ready to edit and send.
    // The input renders only its visible lines, so the check reads the prompt's opening.
    const input = page.locator('.interactive-input-part .view-lines').filter({ hasText: 'Please coach me' }).first();
    await input.waitFor({ state: 'visible', timeout: 30000 });
    // The editor renders spaces as no-break spaces.
    const text = ((await input.textContent()) ?? '').replace(/\s+/g, ' ');
    assert.ok(text.includes('Please coach me through the hands-'), text);
    // The agent that ships with Kata Coach is selected in the chat's agent picker.
    const picker = page.locator('.interactive-input-part').first();
    assert.ok(((await picker.textContent()) ?? '').includes('Kata Coach'), 'the Kata Coach agent is not selected');
    await workbench.screenshot('04b-ask-coach');
    await runCommand(page, 'View: Hide Secondary Side Bar').catch(() => undefined);
  });

  it('restores checks and the panel after a reload', async () => {
    const { page } = workbench;
    const setup = kata.sections.find((section) => section.kind === 'setup') ?? kata.sections[0];
    const step = setup.steps[0];

    await reloadWindow(page);
    await openKataCoachView(page);

    // The reopened panel proves the serializer found the kata again.
    const title = coachFrame(page).locator('#kata-title');
    await title.waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(await title.textContent(), kata.title);

    const kataRow = treeRow(page, kata.title);
    if (!(await kataRow.isVisible())) {
      await expandRow(page, kata.category);
    }
    await expandRow(page, kata.title);
    await expandRow(page, setup.label);
    const checkbox = treeRow(page, toPlainText(step.text)).locator('[role="checkbox"]');
    await checkbox.waitFor({ state: 'visible' });
    assert.strictEqual(await checkbox.getAttribute('aria-checked'), 'true');
    await workbench.screenshot('05-after-reload');
  });

  it('sends no request off 127.0.0.1', () => {
    assert.deepStrictEqual(workbench.blockedRequests(), []);
  });
});
