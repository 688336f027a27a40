// Body rules: tasks, task steps, and checkboxes outside the kata's sections.

import * as assert from 'assert';
import { parseKataFile } from '../../src/core/parser';
import { CLEAN_BODY, kataText, keyLine, single, validate, validateText, withCode } from './validationTestSupport';

/** Returns the 1-based line of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(prefix));
  assert.ok(index >= 0, `no line starts with ${prefix}`);
  return index + 1;
}

describe('validateKataFiles kata body', () => {
  describe('no-tasks', () => {
    it('reports a kata without Practice Tasks', () => {
      const text = kataText({ body: '# Kata\n\n## Essential Setup\n\n- [ ] Install the tools\n' });
      const noTasks = single(validateText(text), 'no-tasks');

      assert.strictEqual(noTasks.severity, 'warning');
      assert.strictEqual(noTasks.line, keyLine(text, 'kata_id'));
      assert.strictEqual(noTasks.column, 1);
      assert.match(noTasks.message, /no tasks/);
      assert.match(noTasks.message, /Add a "## Practice Tasks" section/);
    });

    it('reports at the Practice Tasks line when known', () => {
      const text = kataText({ body: '# Kata\n\n## Practice Tasks\n\nRead the notes.\n' });
      const result = parseKataFile(text, '/virtual/path.md');
      assert.ok(result.kata);
      const practiceLine = lineOf(text, '## Practice Tasks');
      result.kata.bodySections = [
        { kind: 'practice-tasks', title: 'Practice Tasks', line: practiceLine, endLine: practiceLine + 2 },
      ];

      const noTasks = single(validate([result])[0], 'no-tasks');

      assert.strictEqual(noTasks.line, practiceLine);
      assert.match(noTasks.message, /headings under Practice Tasks/);
    });

    it('accepts checkboxes under Practice Tasks without task headings', () => {
      const text = kataText({ body: '## Practice Tasks\n\n- [ ] Do the exercise\n' });
      assert.deepStrictEqual(withCode(validateText(text), 'no-tasks'), []);
    });
  });

  describe('task-without-steps', () => {
    it('reports a task without checkboxes at its heading', () => {
      const body = CLEAN_BODY.replace('## Completion Check', '### Task 2: Reflect (5 minutes)\n\n1. Think it over\n\n## Completion Check');
      const text = kataText({ body });
      const empty = single(validateText(text), 'task-without-steps');

      assert.strictEqual(empty.severity, 'warning');
      assert.strictEqual(empty.line, lineOf(text, '### Task 2'));
      assert.strictEqual(empty.column, 1);
      assert.match(empty.message, /"Task 2: Reflect" has no steps/);
      assert.match(empty.message, /Add "- \[ \]" checkboxes/);
    });
  });

  describe('checkbox-outside-section', () => {
    it('warns about checkboxes before any section', () => {
      const text = kataText({ body: `- [ ] Stray step\n- [ ] Another stray step\n\n${CLEAN_BODY}` });
      const outside = withCode(validateText(text), 'checkbox-outside-section');

      assert.deepStrictEqual(
        outside.map((diagnostic) => [diagnostic.line, diagnostic.severity]),
        [
          [lineOf(text, '- [ ] Stray step'), 'warning'],
          [lineOf(text, '- [ ] Another stray step'), 'warning'],
        ],
      );
      assert.match(outside[0].message, /before the first "##" section/);
      assert.match(outside[0].message, /Move it under "## Essential Setup"/);
    });

    it('gives info for a Cleanup section', () => {
      const text = kataText({ body: `${CLEAN_BODY}\n## Cleanup Resources\n\n- [ ] Delete the resource group\n` });
      const outside = single(validateText(text), 'checkbox-outside-section');

      assert.strictEqual(outside.severity, 'info');
      assert.strictEqual(outside.line, lineOf(text, '- [ ] Delete the resource group'));
      assert.match(outside.message, /"Cleanup Resources"/);
      assert.match(outside.message, /move it into one of those sections/);
    });

    it('gives info for a section named Steps', () => {
      const text = kataText({ body: `${CLEAN_BODY}\n## Steps\n\n- [ ] Named step\n` });
      assert.strictEqual(single(validateText(text), 'checkbox-outside-section').severity, 'info');
    });

    it('uses body sections when the parser records them', () => {
      const text = kataText({ body: `- [ ] Stray step\n\n${CLEAN_BODY}` });
      const result = parseKataFile(text, '/virtual/path.md');
      assert.ok(result.kata);
      // A section that starts above the checkbox means it is not before the first section.
      const strayLine = lineOf(text, '- [ ] Stray step');
      result.kata.bodySections = [{ kind: 'other', title: 'Intro', line: strayLine - 1, endLine: strayLine + 1 }];

      const outside = single(validate([result])[0], 'checkbox-outside-section');

      assert.strictEqual(outside.severity, 'info');
    });

    it('accepts setup, task and completion checkboxes', () => {
      assert.deepStrictEqual(withCode(validateText(kataText()), 'checkbox-outside-section'), []);
    });
  });
});
