// Kata Coach under a pseudo display language: a copy of the extension with
// pseudo-translated string files (see pseudoExtension.ts) shows translated
// text in the Katas view, the Problems panel, the coach panel and the
// manifest's titles, and no English text there.
//
// Observed in code-server 4.139.1 (VS Code 1.139.1): `--locale qps-ploc`
// alone changes nothing, because code-server takes a display language only
// from an installed language pack. `vscode.env.language` stays `en` and
// extensions load no bundle, and `--locale de` behaves the same. So
// startCodeServer also lists a language pack for the locale in the user
// data, one that translates no VS Code string. With it,
// `vscode.env.language` is `qps-ploc`. `vscode.l10n` then loads
// l10n/bundle.l10n.qps-ploc.json, and the manifest takes its strings from
// package.nls.qps-ploc.json, while VS Code's own texts stay English.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseKataFile } from '../../src/core/parser';
import { validateKataFiles } from '../../src/core/validation';
import { activityBarEntry, coachFrame, copySamples, openKataCoachView, pickQuickItem, runCommand, startWorkbench, treeRow, ViewTitles, Workbench } from './harness';
import { createPseudoExtension, formatMessage, PSEUDO_LOCALE, PseudoExtension, TranslatedText } from './pseudoExtension';

const BROKEN_KATA = path.join('katas', 'testing-practices', '100-first-unit-test.md');
const COACHED_KATA_TITLE = '100 - First Commit Workflow';
// The samples' git-fundamentals category has two katas.
const CATEGORY = 'git-fundamentals';
const CATEGORY_KATAS = 2;

/** Breaks a sample kata's difficulty and returns the Problems message for it in English and in the pseudo language. */
function breakKata(folder: string, extension: PseudoExtension): TranslatedText {
  const file = path.join(folder, BROKEN_KATA);
  const text = fs.readFileSync(file, 'utf8').replace('kata_difficulty: 1', 'kata_difficulty: 7');
  fs.writeFileSync(file, text);

  const difficultyMessage = (): string => {
    const [result] = validateKataFiles([parseKataFile(text, file)]);
    const problem = result.diagnostics.find((diagnostic) => diagnostic.code === 'value-out-of-range');
    assert.ok(problem, `no value-out-of-range problem in ${JSON.stringify(result.diagnostics)}`);
    return problem.message;
  };
  return { english: difficultyMessage(), translated: extension.inPseudoLanguage(difficultyMessage) };
}

describe('Pseudo-translated display language', function () {
  this.timeout(240000);
  let extension: PseudoExtension;
  let workbench: Workbench;
  let difficultyProblem: TranslatedText;
  let titles: ViewTitles;

  before(async () => {
    extension = createPseudoExtension();
    const folder = await copySamples();
    difficultyProblem = breakKata(folder, extension);
    titles = { container: extension.manifest('viewContainer.kataCoach.title').translated, tree: extension.manifest('view.katas.name').translated };

    workbench = await startWorkbench({ folder, extensionPath: extension.folder, locale: PSEUDO_LOCALE });
    await openKataCoachView(workbench.page, titles);
  });

  after(async () => {
    await workbench?.close();
    extension?.dispose();
  });

  it('titles the Katas view from the manifest', async () => {
    const { page } = workbench;
    const treeName = extension.manifest('view.katas.name');
    assert.notStrictEqual(treeName.translated, treeName.english);

    assert.strictEqual(await page.locator(`[role="tree"][aria-label="${treeName.translated}"]`).count(), 1);
    assert.strictEqual(await page.locator(`[role="tree"][aria-label="${treeName.english}"]`).count(), 0);
    const containerTitle = extension.manifest('viewContainer.kataCoach.title');
    assert.strictEqual(await activityBarEntry(page, containerTitle.translated).count(), 1);
    assert.strictEqual(await activityBarEntry(page, containerTitle.english).count(), 0);
  });

  it('describes a category row from the bundle', async () => {
    const { page } = workbench;
    const count = extension.message('{0} katas');
    const description = treeRow(page, CATEGORY, titles.tree).locator('.label-description');
    await description.waitFor({ state: 'visible', timeout: 30000 });

    assert.strictEqual(await description.textContent(), formatMessage(count.translated, CATEGORY_KATAS));
    assert.notStrictEqual(await description.textContent(), formatMessage(count.english, CATEGORY_KATAS));
    await workbench.screenshot('pseudo-locale-katas-view');
  });

  it('shows a core problem in the Problems panel', async () => {
    const { page } = workbench;
    assert.notStrictEqual(difficultyProblem.translated, difficultyProblem.english);

    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'kata_difficulty' }).first();
    await row.waitFor({ state: 'visible', timeout: 30000 });
    const rowText = (await row.textContent()) ?? '';

    assert.ok(rowText.includes(difficultyProblem.translated), `the Problems row reads "${rowText}"`);
    assert.ok(!rowText.includes(difficultyProblem.english), `the Problems row reads "${rowText}"`);
    await workbench.screenshot('pseudo-locale-problems');
  });

  it('runs Start Kata by its translated title', async () => {
    const { page } = workbench;
    const category = extension.manifest('command.category');
    const title = extension.manifest('command.startKata.title');
    assert.notStrictEqual(title.translated, title.english);

    // runCommand clicks the palette row whose label is exactly this title.
    await runCommand(page, `${category.translated}: ${title.translated}`);
    await pickQuickItem(page, COACHED_KATA_TITLE);
    await coachFrame(page).locator('#kata-title').waitFor({ state: 'visible', timeout: 30000 });
    assert.strictEqual(await coachFrame(page).locator('#kata-title').textContent(), COACHED_KATA_TITLE);
  });

  it('fills the coach panel from the page string table', async () => {
    const frame = coachFrame(workbench.page);
    const pause = extension.message('Pause timer');
    const pauseTitle = extension.message('Pause or resume counting time on this kata');
    const objectives = extension.message('Learning objectives');

    const pauseButton = frame.locator('#pause-timer');
    await pauseButton.waitFor({ state: 'visible' });
    assert.strictEqual(await pauseButton.textContent(), pause.translated);
    assert.notStrictEqual(await pauseButton.textContent(), pause.english);
    assert.strictEqual(await pauseButton.getAttribute('title'), pauseTitle.translated);
    assert.strictEqual(await frame.locator('summary', { hasText: objectives.translated }).count(), 1);
    assert.strictEqual(await frame.locator('summary', { hasText: objectives.english }).count(), 0);
    await workbench.screenshot('pseudo-locale-coach-panel');
  });
});
