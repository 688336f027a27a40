import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allSteps } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { CheckboxToggleError, locateCheckboxMarker, toggleCheckbox, toggleStep, type ToggleFailure } from '../../src/core/toggle';
import { findSharedKatas } from './sharedCorpus';
import { differingIndexes } from './textDiff';

interface ExpectedCase {
  checkboxes: { line: number; checked: boolean; text: string }[];
}

const KATA_HEAD = '---\nkata_id: demo-100\n---\n';

function assertRejected(action: () => unknown, reason: ToggleFailure, message: RegExp): void {
  assert.throws(action, (error: unknown) => {
    assert.ok(error instanceof CheckboxToggleError, `expected a CheckboxToggleError, got ${String(error)}`);
    assert.strictEqual(error.reason, reason);
    assert.match(error.message, message);
    return true;
  });
}

function lineOf(text: string, line: number): string {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)[line - 1];
}

describe('toggleCheckbox', () => {
  describe('edits', () => {
    it('checks with a lower-case x', () => {
      const text = `${KATA_HEAD}- [ ] Install the tools\n`;

      const checked = toggleCheckbox(text, 4, {}, true);

      assert.strictEqual(checked, `${KATA_HEAD}- [x] Install the tools\n`);
    });

    it('unchecks x and X with a space', () => {
      const text = '- [x] lower\n- [X] upper\n';

      const once = toggleCheckbox(text, 1, { text: 'lower' }, false);
      const twice = toggleCheckbox(once, 2, { text: 'upper' }, false);

      assert.strictEqual(twice, '- [ ] lower\n- [ ] upper\n');
    });

    it('keeps a box already in the requested state', () => {
      const text = '- [x] done\n- [ ] open\n- [X] also done\n';

      assert.strictEqual(toggleCheckbox(text, 1, {}, true), text);
      assert.strictEqual(toggleCheckbox(text, 2, {}, false), text);
      assert.strictEqual(toggleCheckbox(text, 3, {}, true), text);
    });

    it('keeps tabs, code spans and brackets in the text', () => {
      const text = '-\t[ ] Run `npm run [build]` in\tthe [app](./app) folder\n';

      const checked = toggleCheckbox(text, 1, { text: 'Run `npm run [build]` in\tthe [app](./app) folder' }, true);

      assert.strictEqual(checked, '-\t[x] Run `npm run [build]` in\tthe [app](./app) folder\n');
    });

    it('edits ordered and nested items', () => {
      const text = '1. [ ] first\n2) [ ] second\n   - [ ] nested\n\t\t* [ ] deeper\n';

      let result = text;
      for (const line of [1, 2, 3, 4]) {
        result = toggleCheckbox(result, line, {}, true);
      }

      assert.strictEqual(result, '1. [x] first\n2) [x] second\n   - [x] nested\n\t\t* [x] deeper\n');
    });

    it('edits a marker on the line after its bullet', () => {
      const text = '-\n  [ ] Text on the next line\n';

      assert.strictEqual(toggleCheckbox(text, 2, { text: 'Text on the next line' }, true), '-\n  [x] Text on the next line\n');
    });

    it('keeps a BOM, CRLF and front matter lines', () => {
      const text = '\uFEFF---\r\nkata_id: demo-100\r\n---\r\n\r\n- [ ] Step\r\n';

      const checked = toggleCheckbox(text, 5, { text: 'Step' }, true);

      assert.strictEqual(checked, '\uFEFF---\r\nkata_id: demo-100\r\n---\r\n\r\n- [x] Step\r\n');
    });

    it('counts lone CR as a line break', () => {
      const text = 'intro\r\r- [ ] Step\r';

      assert.strictEqual(toggleCheckbox(text, 3, { text: 'Step' }, true), 'intro\r\r- [x] Step\r');
    });
  });

  describe('locateCheckboxMarker', () => {
    it('returns line, character and offset', () => {
      const text = '\uFEFFintro\r\n\r\n> - [X] Quoted step\r\n';

      const marker = locateCheckboxMarker(text, 3);

      assert.deepStrictEqual(marker, { line: 3, character: 5, offset: 15, checked: true });
      assert.strictEqual(text[marker.offset], 'X');
    });
  });

  describe('toggleStep', () => {
    it('checks a parsed step', () => {
      const text = `${KATA_HEAD}## Essential Setup\n\n- [ ] Editor installed\n- [ ] Repository cloned\n`;
      const kata = parseKataFile(text, '/katas/demo.md').kata;
      assert.ok(kata);
      const [, cloned] = allSteps(kata);

      const checked = toggleStep(text, cloned, true);

      assert.strictEqual(checked, `${KATA_HEAD}## Essential Setup\n\n- [ ] Editor installed\n- [x] Repository cloned\n`);
    });

    it('rejects a step that moved', () => {
      const text = `${KATA_HEAD}- [ ] Editor installed\n- [ ] Repository cloned\n`;

      assertRejected(
        () => toggleStep(text, { line: 4, text: 'Repository cloned' }, true),
        'text-changed',
        /^Line 4 no longer contains the step "Repository cloned"\. It now reads "Editor installed"\. Reload the kata/,
      );
    });
  });

  describe('rejects', () => {
    it('lines outside the file', () => {
      const text = '- [ ] one\n- [ ] two';

      assertRejected(() => toggleCheckbox(text, 0, {}, true), 'line-out-of-range', /^Line 0 does not exist: the file has 2 lines\./);
      assertRejected(() => toggleCheckbox(text, -1, {}, true), 'line-out-of-range', /^Line -1 does not exist/);
      assertRejected(() => toggleCheckbox(text, 3, {}, true), 'line-out-of-range', /^Line 3 does not exist/);
      assertRejected(() => toggleCheckbox(text, 1.5, {}, true), 'line-out-of-range', /^Line 1\.5 does not exist/);
      assertRejected(() => toggleCheckbox(text, Number.NaN, {}, true), 'line-out-of-range', /^Line NaN does not exist/);
      assertRejected(() => toggleCheckbox('', 2, {}, true), 'line-out-of-range', /the file has 1 line\./);
    });

    it('lines in code, comments and tables', () => {
      const text = [
        '```',
        '- [ ] backtick fence',
        '```',
        '~~~',
        '- [ ] tilde fence',
        '~~~',
        '',
        '    - [ ] indented code',
        '',
        '<!--',
        '- [ ] html comment',
        '-->',
        '',
        '| Done | Step |',
        '|------|------|',
        '| [ ]  | cell |',
        '',
        '[ ] bare brackets',
        'plain text',
        '- `[ ]` code span',
        '- [] empty brackets',
        '- [ ]no space after',
        '',
      ].join('\n');

      for (const line of [2, 5, 8, 11, 16, 18, 19, 20, 21, 22]) {
        assertRejected(
          () => toggleCheckbox(text, line, {}, true),
          'not-a-task-item',
          new RegExp(`^Line ${line} is not a task-list item\\. Reload the kata and try again\\.$`),
        );
      }
    });

    it('the second line of a wrapped step', () => {
      const text = '- [ ] A step that\n  [ ] continues here\n';

      assertRejected(() => toggleCheckbox(text, 2, {}, true), 'not-a-task-item', /^Line 2 is not a task-list item/);
    });

    it('stale expected text', () => {
      const text = '- [ ] Run the deployment again\n';

      assertRejected(
        () => toggleCheckbox(text, 1, { text: 'Run the deployment' }, true),
        'text-changed',
        /^Line 1 no longer contains the step "Run the deployment"\./,
      );
    });

    it('without changing the text', () => {
      const text = '- [ ] Step\n';

      assert.throws(() => toggleCheckbox(text, 1, { text: 'Other' }, true), CheckboxToggleError);
      assert.strictEqual(text, '- [ ] Step\n');
    });
  });
});

describe('toggleCheckbox on parser cases', function () {
  const shared = findSharedKatas();
  const folder = shared === undefined ? undefined : path.join(shared, 'parser-cases');

  if (folder === undefined || !fs.existsSync(folder)) {
    it('skipped without the shared parser cases', function () {
      console.log(`    skipped: no parser cases folder next to the project (looked for ${folder ?? '../shared/katas'})`);
      this.skip();
    });
    return;
  }

  const caseFolder = folder;
  const names = fs
    .readdirSync(caseFolder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort();

  const readCase = (name: string): { text: string; expected: ExpectedCase } => ({
    text: fs.readFileSync(path.join(caseFolder, name), 'utf8'),
    expected: JSON.parse(
      fs.readFileSync(path.join(caseFolder, name.replace(/\.md$/, '.expected.json')), 'utf8'),
    ) as ExpectedCase,
  });

  const findCase = (prefix: string): { text: string; expected: ExpectedCase } => {
    const name = names.find((candidate) => candidate.startsWith(prefix));
    assert.ok(name, `parser case ${prefix} is missing`);
    return readCase(name);
  };

  it('has case files with checkboxes', () => {
    assert.ok(names.length >= 10, `expected at least 10 parser cases, found ${names.length}`);
  });

  for (const name of names) {
    it(`flips and restores ${name}`, () => {
      const { text, expected } = readCase(name);
      assert.ok(expected.checkboxes.length > 0, 'the case lists no checkboxes');

      for (const checkbox of expected.checkboxes) {
        const flipped = toggleCheckbox(text, checkbox.line, { text: checkbox.text }, !checkbox.checked);
        const changed = differingIndexes(text, flipped);
        assert.strictEqual(changed.length, 1, `line ${checkbox.line}: ${changed.length} characters changed`);
        assert.strictEqual(flipped[changed[0]], checkbox.checked ? ' ' : 'x', `line ${checkbox.line}`);

        const restored = toggleCheckbox(flipped, checkbox.line, { text: checkbox.text }, checkbox.checked);
        const wasUpperCase = text[changed[0]] === 'X';
        const expectedRestored = wasUpperCase ? flipped.slice(0, changed[0]) + 'x' + flipped.slice(changed[0] + 1) : text;
        assert.strictEqual(restored, expectedRestored, `line ${checkbox.line} was not restored`);
      }
    });
  }

  it('keeps the blockquote prefix', () => {
    const { text } = findCase('05-');

    const checked = toggleCheckbox(text, 13, { text: 'Tooling installed' }, true);

    assert.strictEqual(lineOf(checked, 13), '> - [x] Tooling installed');
    assert.strictEqual(lineOf(toggleCheckbox(text, 14, {}, false), 14), '> - [ ] Access confirmed');
  });

  it('unchecks upper-case X with a space', () => {
    const { text } = findCase('08-');
    assert.strictEqual(lineOf(text, 11), '- [X] Upper-case mark');

    const unchecked = toggleCheckbox(text, 11, { text: 'Upper-case mark' }, false);

    assert.strictEqual(lineOf(unchecked, 11), '- [ ] Upper-case mark');
    assert.strictEqual(lineOf(toggleCheckbox(unchecked, 11, {}, true), 11), '- [x] Upper-case mark');
  });

  it('keeps the BOM', () => {
    const { text } = findCase('13-');
    assert.ok(text.startsWith('\uFEFF---'), 'case 13 should start with a BOM');

    const checked = toggleCheckbox(text, 11, { text: 'Editor installed' }, true);

    assert.ok(checked.startsWith('\uFEFF---\n'), 'the BOM was lost');
    assert.strictEqual(lineOf(checked, 11), '- [x] Editor installed');
  });

  it('keeps CRLF line endings', () => {
    const { text } = findCase('14-');
    const crlfCount = text.split('\r\n').length - 1;
    assert.ok(crlfCount >= 12, `case 14 should use CRLF, found ${crlfCount}`);

    const checked = toggleCheckbox(text, 11, { text: 'Editor installed' }, true);

    assert.strictEqual(checked.split('\r\n').length - 1, crlfCount);
    assert.strictEqual(checked.replace(/\r\n/g, '').includes('\n'), false, 'a bare LF appeared');
    assert.ok(checked.includes('- [x] Editor installed\r\n'));
  });

  it('rejects lines that only look like tasks', () => {
    const tableCase = findCase('20-');
    const tableLines = tableCase.text.split('\n');
    const cellLines = tableLines.flatMap((line, index) => (/^\|.*\[ \]/.test(line) ? [index + 1] : []));
    assert.ok(cellLines.length > 0, 'case 20 has no table cell with [ ]');

    for (const line of cellLines) {
      assertRejected(() => toggleCheckbox(tableCase.text, line, {}, true), 'not-a-task-item', /is not a task-list item/);
    }

    const fenceCase = findCase('01-');
    for (const line of [17, 18, 24]) {
      assertRejected(() => toggleCheckbox(fenceCase.text, line, {}, true), 'not-a-task-item', /is not a task-list item/);
    }
  });
});
