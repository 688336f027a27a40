// Parses the real kata corpus that sits next to the project in some checkouts.

import * as assert from 'assert';
import * as path from 'node:path';
import { KataIndex } from '../../src/core/kataIndex';
import { findCheckboxes } from '../../src/core/markdown';
import { allSteps, type ParseResult } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { STEP_ID_PATTERN } from '../../src/core/stepIds';
import { readCorpusFiles } from './sharedCorpus';

describe('kata corpus', function () {

  let texts = new Map<string, string>();
  let results: ParseResult[] = [];

  before(function () {
    ({ texts, results } = readCorpusFiles(this));
  });

  const katas = () => results.flatMap((result) => (result.kata ? [result.kata] : []));

  it('parses every file without failure', () => {
    assert.ok(results.length > 42, `only ${results.length} markdown files found`);
    for (const result of results) {
      const failed = result.problems.filter((problem) => problem.code === 'parse-failed');
      assert.deepStrictEqual(failed, [], result.filePath);
    }
  });

  it('finds 42 katas in 8 categories', () => {
    const index = new KataIndex();
    for (const result of results) {
      index.set(result, path.dirname(result.filePath));
    }

    assert.strictEqual(katas().length, 42);
    assert.strictEqual(index.katas.length, 42, 'no duplicate kata ids');
    assert.strictEqual(index.categories().length, 8);
  });

  it('reports no problems for katas', () => {
    for (const result of results.filter((candidate) => candidate.kata)) {
      assert.deepStrictEqual(result.problems, [], result.filePath);
    }
  });

  it('treats hub pages as non-katas', () => {
    const hubs = results.filter((result) => path.basename(result.filePath) === 'README.md');

    assert.ok(hubs.length >= 8, `only ${hubs.length} hub pages found`);
    for (const hub of hubs) {
      assert.strictEqual(hub.kata, undefined, hub.filePath);
      assert.ok(hub.notKataReason, hub.filePath);
    }
  });

  it('turns every checkbox into a step', () => {
    for (const kata of katas()) {
      const text = texts.get(kata.filePath) ?? '';
      const lines = text.split(/\r\n?|\n/);
      const steps = allSteps(kata);

      assert.strictEqual(steps.length, findCheckboxes(text).length, kata.filePath);
      for (const step of steps) {
        assert.match(lines[step.line - 1], /\[[ xX]\]/, `${kata.filePath}:${step.line}`);
      }
    }
  });

  it('gives every kata a task section', () => {
    for (const kata of katas()) {
      const tasks = kata.sections.filter((section) => section.kind === 'task');
      assert.ok(tasks.length > 0, kata.filePath);
    }
  });

  it('gives unique valid step ids', () => {
    for (const kata of katas()) {
      const ids = allSteps(kata).map((step) => step.id);

      assert.strictEqual(new Set(ids).size, ids.length, kata.filePath);
      for (const id of ids) {
        assert.match(id, STEP_ID_PATTERN, `${kata.filePath}: ${id}`);
      }
    }
  });

  it('reads the copilot modes kata', () => {
    const kata = katas().find((candidate) =>
      candidate.filePath.endsWith(path.join('ai-assisted-engineering', '100-copilot-modes.md')),
    );
    assert.ok(kata, 'kata file not found');

    assert.strictEqual(kata.id, 'ai-assisted-engineering-100-copilot-modes');
    assert.strictEqual(kata.title, '100 - GitHub Copilot Agents');
    assert.strictEqual(kata.category, 'ai-assisted-engineering');
    assert.strictEqual(kata.difficulty, 1);
    assert.strictEqual(kata.estimatedMinutes, 30);
    assert.strictEqual(kata.frontMatter['ms.date'], '2025-01-24');
    assert.deepStrictEqual(kata.prerequisites, ['ai-assisted-engineering-100-ai-development-fundamentals']);

    assert.deepStrictEqual(
      kata.sections.map((section) => section.label),
      [
        'Essential Setup',
        'Task 1: Ask Mode - Questions and Exploration',
        'Task 2: Edit Agent - Coordinated Multi-file Exploration',
        'Task 3: Agent Mode - Autonomous Research',
        'Completion Check',
      ],
    );
    assert.deepStrictEqual(
      kata.sections.map((section) => section.estimate),
      [undefined, '10 minutes', '12 minutes', '8 minutes', undefined],
    );

    const firstStep = allSteps(kata)[0];
    assert.strictEqual(firstStep.line, 65);
    assert.strictEqual(firstStep.text, 'Completed kata 100-ai-development-fundamentals');
    assert.strictEqual(firstStep.group, undefined);

    const firstTaskStep = kata.sections[1].steps[0];
    assert.strictEqual(firstTaskStep.line, 95);
    assert.strictEqual(firstTaskStep.group, 'Understand Ask mode fundamentals');
  });
});
