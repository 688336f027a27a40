import * as assert from 'node:assert/strict';
import type { Problem, ProblemFix } from '../../src/core/model';
import { applyFix } from '../../src/core/validation/applyFix';
import { kataText, validateText, validateTexts, withCode } from './validationTestSupport';

/** Applies a fix to a text and returns the new text; fails when the fix does not apply. */
function fixed(text: string, fix: ProblemFix): string {
  const lines = text.split('\n');
  const edit = applyFix(lines, fix);
  assert.ok(edit, `the fix "${fix.title}" does not apply`);
  return [...lines.slice(0, edit.start - 1), ...edit.lines, ...lines.slice(edit.end - 1)].join('\n');
}

function onlyFix(problems: readonly Problem[], code: string, title: RegExp): ProblemFix {
  const fixes = withCode(problems, code).flatMap((problem) => problem.fixes ?? []);
  const fix = fixes.find((candidate) => title.test(candidate.title));
  assert.ok(fix, `no fix matching ${title} among ${JSON.stringify(fixes)}`);
  return fix;
}

describe('validation quick fixes', () => {
  it('adds a missing kata_id', () => {
    const text = kataText({ fields: { kata_id: undefined } });
    const fix = onlyFix(validateText(text, '/katas/testing/100-baseline.md'), 'missing-kata-id', /Add kata_id/);

    const after = fixed(text, fix);
    assert.deepEqual(validateText(after, '/katas/testing/100-baseline.md'), []);
    assert.equal(after.split('\n')[1], fix.text);
  });

  it('corrects an invalid kata_id', () => {
    const text = kataText({ fields: { kata_id: 'Testing_100 Baseline' } });
    const fix = onlyFix(validateText(text), 'invalid-kata-id', /Change kata_id/);

    assert.deepEqual(validateText(fixed(text, fix)), []);
  });

  it('replaces a value with the closest allowed one', () => {
    const text = kataText({ fields: { hint_strategy: 'progresive' } });
    const fix = onlyFix(validateText(text), 'value-not-allowed', /hint_strategy to progressive/);

    const after = fixed(text, fix);
    assert.ok(after.includes('hint_strategy: progressive\n'), after);
    assert.deepEqual(validateText(after), []);
  });

  it('brings a number back into range', () => {
    const text = kataText({ fields: { kata_difficulty: '7' } });
    const fix = onlyFix(validateText(text), 'value-out-of-range', /kata_difficulty to 5/);

    assert.deepEqual(validateText(fixed(text, fix)), []);
  });

  it('leaves the key when the value repeats its name', () => {
    const lines = ['---', 'hint_strategy: hint', '---'];
    const edit = applyFix(lines, { title: 't', action: 'replace', line: 2, endLine: 2, find: 'hint', text: 'direct' });

    assert.deepEqual(edit, { start: 2, end: 3, lines: ['hint_strategy: direct'] });
  });

  describe('unknown prerequisites', () => {
    const other = kataText({ fields: { kata_id: 'testing-200-next', title: "'Kata: 200 - Next'" } });

    it('renames a block list entry', () => {
      const text = kataText({ fields: { prerequisite_katas: '\n  - testing-200-nxt\n  - testing-200-next' } });
      const [problems] = validateTexts({ '/k/a.md': text, '/k/b.md': other });
      const fix = onlyFix(problems, 'unknown-prerequisite', /Change the prerequisite to testing-200-next/);

      const [after] = validateTexts({ '/k/a.md': fixed(text, fix), '/k/b.md': other });
      assert.deepEqual(withCode(after, 'unknown-prerequisite'), []);
    });

    it('removes a block list entry', () => {
      const text = kataText({ fields: { prerequisite_katas: '\n  - missing-kata\n  - testing-200-next' } });
      const [problems] = validateTexts({ '/k/a.md': text, '/k/b.md': other });
      const fix = onlyFix(problems, 'unknown-prerequisite', /Remove the prerequisite missing-kata/);

      const after = fixed(text, fix);
      assert.ok(!after.includes('missing-kata'), after);
      assert.ok(after.includes('  - testing-200-next'), after);
      assert.deepEqual(validateTexts({ '/k/a.md': after, '/k/b.md': other })[0], []);
    });

    it('removes a flow list entry', () => {
      const text = kataText({ fields: { prerequisite_katas: "[testing-200-next, 'missing-kata']" } });
      const [problems] = validateTexts({ '/k/a.md': text, '/k/b.md': other });
      const fix = onlyFix(problems, 'unknown-prerequisite', /Remove/);

      const after = fixed(text, fix);
      assert.ok(after.includes('prerequisite_katas: [testing-200-next]'), after);
    });
  });

  it('rejects a fix whose text is gone', () => {
    const edit = applyFix(['---', 'title: x', '---'], { title: 't', action: 'replace', line: 2, endLine: 2, find: 'missing', text: 'y' });

    assert.equal(edit, undefined);
  });
});
