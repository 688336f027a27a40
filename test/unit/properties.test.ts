// Property-based tests of the parser and the checkbox toggle on generated
// kata-shaped markdown and on arbitrary strings. The seed is fixed so a failure
// replays the same way, and fast-check prints the shrunk counterexample.

import * as assert from 'assert';
import fc from 'fast-check';
import { allSteps, type ParseResult } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { STEP_ID_PATTERN } from '../../src/core/stepIds';
import { toggleCheckbox } from '../../src/core/toggle';
import { kataDocument, markdownSoup, plainTasks } from './kataArbitraries';
import { differingIndexes } from './textDiff';

const SEED = 20250120;
const FILE = '/katas/generated.md';

// Run counts that kept this file near 2 seconds on a shared 2-core Linux machine.
const DOCUMENT_RUNS = 1000;
const STRING_RUNS = 1000;

const settings = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

/** Arbitrary UTF-16 code units, so lone surrogates and control characters appear. */
const codeUnitString = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 200,
});

function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
}

function parse(text: string): ParseResult {
  return parseKataFile(text, FILE);
}

function assertParsed(text: string): void {
  const result = parse(text);
  const failures = result.problems.filter((problem) => problem.code === 'parse-failed');
  assert.deepStrictEqual(failures, [], `parse failed on ${JSON.stringify(text)}`);
}

function assertLineInFile(line: number, count: number, label: string): void {
  assert.ok(Number.isInteger(line), `${label} line ${line} is not an integer`);
  assert.ok(line >= 1, `${label} line ${line} is before line 1`);
  assert.ok(line <= count, `${label} line ${line} is after the last line ${count}`);
}

describe('parser properties', () => {
  it('generates the constructs under test', () => {
    const samples = fc.sample(kataDocument, { seed: SEED, numRuns: 500 });
    const results = samples.map(parse);
    const count = (predicate: (text: string, index: number) => boolean): number =>
      samples.filter((text, index) => predicate(text, index)).length;

    assert.ok(count((_, index) => results[index].kata !== undefined) >= 150, 'too few generated katas');
    assert.ok(count((_, index) => results[index].checkboxes.length >= 2) >= 100, 'too few documents with checkboxes');
    assert.ok(count((text) => text.startsWith('\uFEFF')) >= 100, 'too few documents with a BOM');
    assert.ok(count((text) => text.includes('\r\n')) >= 50, 'too few documents with CRLF');
    assert.ok(count((text) => /\r(?!\n)/.test(text)) >= 50, 'too few documents with a lone CR');
    assert.ok(count((text) => /(^|[\r\n])(> )+[-*+]/.test(text)) >= 20, 'too few documents with quoted list items');
    assert.ok(count((text) => text.includes('~~~')) >= 50, 'too few documents with tilde fences');
    assert.ok(count((text) => text.includes('| [ ]')) >= 20, 'too few documents with table cells');
  });

  it('parses generated katas without failure', () => {
    fc.assert(fc.property(kataDocument, assertParsed), settings(DOCUMENT_RUNS));
  });

  it('parses arbitrary strings without failure', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), assertParsed), settings(STRING_RUNS));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), assertParsed), settings(STRING_RUNS));
    fc.assert(fc.property(codeUnitString, assertParsed), settings(STRING_RUNS));
    fc.assert(fc.property(markdownSoup, assertParsed), settings(STRING_RUNS));
  });

  it('reports lines inside the file', () => {
    fc.assert(
      fc.property(kataDocument, (text) => {
        const result = parse(text);
        const count = lineCount(text);

        for (const checkbox of result.checkboxes) {
          assertLineInFile(checkbox.line, count, 'checkbox');
        }
        for (const problem of result.problems) {
          assertLineInFile(problem.line, count, `problem ${problem.code}`);
          assert.ok(problem.column >= 1, `problem ${problem.code} has column ${problem.column}`);
        }
        if (result.kata?.idLine !== undefined) {
          assertLineInFile(result.kata.idLine, count, 'kata_id');
        }
        for (const section of result.kata?.sections ?? []) {
          assertLineInFile(section.line, count, `section ${section.id}`);
          if (section.endLine !== undefined) {
            assertLineInFile(section.endLine, count, `end of section ${section.id}`);
          }
          for (const note of section.notes ?? []) {
            assertLineInFile(note.line, count, `note in section ${section.id}`);
          }
        }
        for (const bodySection of result.kata?.bodySections ?? []) {
          assertLineInFile(bodySection.line, count, `body section ${bodySection.title}`);
          assertLineInFile(bodySection.endLine, count, `end of body section ${bodySection.title}`);
        }
        for (const hint of result.kata?.hints ?? []) {
          assertLineInFile(hint.line, count, `hint from ${hint.source}`);
        }
        for (const item of [...(result.kata?.completion?.questions ?? []), ...(result.kata?.completion?.outcomes ?? [])]) {
          assertLineInFile(item.line, count, 'completion check item');
        }
        for (const [key, line] of Object.entries(result.kata?.frontMatterLines ?? {})) {
          assertLineInFile(line, count, `front matter key ${key}`);
        }
      }),
      settings(DOCUMENT_RUNS),
    );
  });

  it('gives steps unique valid ids', () => {
    fc.assert(
      fc.property(kataDocument, (text) => {
        const kata = parse(text).kata;
        if (kata === undefined) {
          return;
        }
        const ids = allSteps(kata).map((step) => step.id);

        for (const id of ids) {
          assert.match(id, STEP_ID_PATTERN);
        }
        assert.strictEqual(new Set(ids).size, ids.length, `duplicate step ids: ${ids.join(', ')}`);

        const sectionIds = kata.sections.map((section) => section.id);
        assert.strictEqual(new Set(sectionIds).size, sectionIds.length, `duplicate section ids: ${sectionIds.join(', ')}`);
      }),
      settings(DOCUMENT_RUNS),
    );
  });

  it('puts every checkbox in one step', () => {
    fc.assert(
      fc.property(kataDocument, (text) => {
        const result = parse(text);
        if (result.kata === undefined) {
          return;
        }
        const stepLines = allSteps(result.kata).map((step) => step.line);

        assert.deepStrictEqual(
          stepLines,
          result.checkboxes.map((checkbox) => checkbox.line),
        );
      }),
      settings(DOCUMENT_RUNS),
    );
  });

  it('reports exactly the plain tasks written', () => {
    fc.assert(
      fc.property(plainTasks, fc.constantFrom('\n', '\r\n'), (tasks, lineEnding) => {
        const text = tasks.map((task) => `${task.bullet} ${task.mark} ${task.text}${lineEnding}${lineEnding}`).join('');

        const found = parse(text).checkboxes.map(({ line, checked, text: checkboxText }) => ({
          line,
          checked,
          text: checkboxText,
        }));

        const expected = tasks.map((task, index) => ({
          line: 2 * index + 1,
          checked: task.mark !== '[ ]',
          text: task.text.trim(),
        }));
        assert.deepStrictEqual(found, expected);
      }),
      settings(DOCUMENT_RUNS),
    );
  });
});

/** Generated katas and fragment soup, for the toggle properties. */
const anyMarkdown = fc.oneof(kataDocument, markdownSoup);

describe('toggle properties', () => {
  it('changes one character per toggle', () => {
    fc.assert(
      fc.property(anyMarkdown, (text) => {
        for (const checkbox of parse(text).checkboxes) {
          const flipped = toggleCheckbox(text, checkbox.line, { text: checkbox.text }, !checkbox.checked);
          const changed = differingIndexes(text, flipped);

          assert.strictEqual(changed.length, 1, `line ${checkbox.line}: ${changed.length} characters changed`);
          assert.strictEqual(flipped[changed[0]], checkbox.checked ? ' ' : 'x');
          assert.strictEqual(flipped[changed[0] - 1], '[');
          assert.strictEqual(flipped[changed[0] + 1], ']');
        }
      }),
      settings(DOCUMENT_RUNS),
    );
  });

  it('restores the text when toggled twice', () => {
    fc.assert(
      fc.property(anyMarkdown, (text) => {
        for (const checkbox of parse(text).checkboxes) {
          const flipped = toggleCheckbox(text, checkbox.line, { text: checkbox.text }, !checkbox.checked);
          const restored = toggleCheckbox(flipped, checkbox.line, { text: checkbox.text }, checkbox.checked);

          // Re-checking writes a lower-case `x`, so a `[X]` comes back as `[x]`.
          const [index] = differingIndexes(text, flipped);
          const expected = text[index] === 'X' ? text.slice(0, index) + 'x' + text.slice(index + 1) : text;
          assert.strictEqual(restored, expected, `line ${checkbox.line} was not restored`);
        }
      }),
      settings(DOCUMENT_RUNS),
    );
  });

  it('keeps checkboxes and their texts after a toggle', () => {
    fc.assert(
      fc.property(anyMarkdown, (text) => {
        const before = parse(text).checkboxes;
        for (const checkbox of before) {
          const flipped = toggleCheckbox(text, checkbox.line, {}, !checkbox.checked);
          const after = parse(flipped).checkboxes;

          const expected = before.map((other) => (other === checkbox ? { ...other, checked: !other.checked } : other));
          assert.deepStrictEqual(after, expected);
        }
      }),
      settings(DOCUMENT_RUNS / 2),
    );
  });
});
