// Checks the full kata model (sections, kinds, notes, completion, hints) on the
// real kata corpus that sits next to the project in some checkouts.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allSteps, type BodySection, type Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { requireSharedKatas } from './sharedCorpus';

const STANDARD_KINDS: BodySection['kind'][] = ['quick-context', 'essential-setup', 'practice-tasks', 'completion-check', 'reference-appendix'];

// The one corpus kata whose tasks name no time, neither in the heading nor in a `**Time**:` line.
const KATAS_WITHOUT_TASK_MINUTES = ['200-copilot-edit-agent-basics.md'];

function readKatas(katasFolder: string): Kata[] {
  const katas: Kata[] = [];

  for (const category of fs.readdirSync(katasFolder, { withFileTypes: true })) {
    if (!category.isDirectory()) {
      continue;
    }
    for (const name of fs.readdirSync(path.join(katasFolder, category.name)).sort()) {
      const file = path.join(katasFolder, category.name, name);
      const kata = name.endsWith('.md') ? parseKataFile(fs.readFileSync(file, 'utf8'), file).kata : undefined;
      if (kata) {
        katas.push(kata);
      }
    }
  }
  return katas;
}

describe('kata model on the corpus', function () {
  let katas: Kata[] = [];

  before(function () {
    const shared = requireSharedKatas(this);
    katas = readKatas(path.join(shared, 'edge-ai', 'katas'));
  });

  it('reads 42 katas', () => {
    assert.strictEqual(katas.length, 42);
  });

  it('finds the five standard sections', () => {
    for (const kata of katas) {
      const kinds = (kata.bodySections ?? []).map((section) => section.kind);
      for (const kind of STANDARD_KINDS) {
        assert.ok(kinds.includes(kind), `${kata.filePath}: no ${kind} in ${kinds.join(', ')}`);
      }
    }
  });

  it('gives tasks minutes', () => {
    for (const kata of katas) {
      const withMinutes = kata.sections.filter((section) => section.kind === 'task' && section.minutes !== undefined);
      if (KATAS_WITHOUT_TASK_MINUTES.includes(path.basename(kata.filePath))) {
        assert.strictEqual(withMinutes.length, 0, `${kata.filePath} now has task minutes; drop it from the exception list`);
      } else {
        assert.ok(withMinutes.length > 0, `${kata.filePath}: no task with minutes`);
      }
    }
  });

  it('gives every step a kind', () => {
    for (const kata of katas) {
      for (const step of allSteps(kata)) {
        assert.ok(step.kind, `${kata.filePath}:${step.line}`);
      }
    }
  });

  it('keeps end lines after start lines', () => {
    for (const kata of katas) {
      for (const range of [...(kata.bodySections ?? []), ...kata.sections]) {
        assert.notStrictEqual(range.endLine, undefined, `${kata.filePath}:${range.line} has no end line`);
        assert.ok((range.endLine ?? 0) >= range.line, `${kata.filePath}:${range.line} ends on ${range.endLine}`);
      }
    }
  });

  it('keeps steps inside their section', () => {
    for (const kata of katas) {
      for (const section of kata.sections) {
        for (const step of section.steps) {
          assert.ok(step.line <= (section.endLine ?? 0), `${kata.filePath}:${step.line} after ${section.id}`);
        }
      }
    }
  });

  it('finds hints in every kata', () => {
    for (const kata of katas) {
      assert.ok((kata.hints ?? []).length > 0, kata.filePath);
      for (const hint of kata.hints ?? []) {
        assert.notStrictEqual(hint.text, '', `${kata.filePath}:${hint.line}`);
      }
    }
  });

  it('orders hints by level', () => {
    for (const kata of katas) {
      const levels = (kata.hints ?? []).map((hint) => hint.level);
      assert.deepStrictEqual(levels, [...levels].sort(), kata.filePath);
    }
  });

  describe('copilot modes kata', () => {
    let kata: Kata;

    before(function () {
      const found = katas.find((candidate) =>
        candidate.filePath.endsWith(path.join('ai-assisted-engineering', '100-copilot-modes.md')),
      );
      assert.ok(found, 'kata file not found');
      kata = found;
    });

    const hintsFrom = (source: string) => (kata.hints ?? []).filter((hint) => hint.source === source);

    it('reads front matter lines', () => {
      assert.strictEqual(kata.frontMatterLines?.kata_id, 6);
      assert.strictEqual(kata.frontMatterLines?.common_pitfalls, 32);
      assert.strictEqual(kata.frontMatterLines?.search_keywords, 41);
      assert.strictEqual(Object.keys(kata.frontMatterLines ?? {}).length, 20);
    });

    it('reads body sections', () => {
      assert.deepStrictEqual(
        kata.bodySections?.map((section) => [section.kind, section.line, section.endLine]),
        [
          ['quick-context', 50, 58],
          ['essential-setup', 59, 83],
          ['practice-tasks', 84, 231],
          ['completion-check', 232, 247],
          ['reference-appendix', 248, 291],
        ],
      );
    });

    it('reads task ranges and minutes', () => {
      const tasks = kata.sections.filter((section) => section.kind === 'task');

      assert.deepStrictEqual(
        tasks.map((task) => [task.id, task.line, task.endLine, task.minutes]),
        [
          ['task-1', 86, 119, { min: 10, max: 10 }],
          ['task-2', 120, 179, { min: 12, max: 12 }],
          ['task-3', 180, 231, { min: 8, max: 8 }],
        ],
      );
    });

    it('reads step kinds', () => {
      const steps = allSteps(kata);
      const count = (kind: string) => steps.filter((step) => step.kind === kind).length;

      assert.strictEqual(count('setup'), 4);
      assert.strictEqual(count('completion-criterion'), 7);
      assert.strictEqual(count('expected-result'), 14);
      assert.strictEqual(count('task-step'), steps.length - 4 - 7 - 14);
      assert.strictEqual(steps.find((step) => step.line === 99)?.kind, 'expected-result');
    });

    it('finds no notes: its tips are checkboxes', () => {
      for (const task of kata.sections.filter((section) => section.kind === 'task')) {
        assert.deepStrictEqual(task.notes, [], task.id);
      }
    });

    it('reads the Quick Context', () => {
      assert.match(kata.quickContext?.youllLearn ?? '', /^GitHub Copilot agent mechanics/);
      assert.match(kata.quickContext?.prerequisites ?? '', /^Completion of AI Development Fundamentals kata/);
      assert.match(kata.quickContext?.realChallenge ?? '', /^You're working on a feature .* crucial for productivity\.$/);
      assert.match(kata.quickContext?.yourTask ?? '', /^Practice activating and using each Copilot agent/);
    });

    it('reads the Completion Check', () => {
      assert.strictEqual(kata.completion?.questions.length, 0);
      assert.strictEqual(kata.completion?.outcomes.length, 7);
      assert.deepStrictEqual(kata.completion?.outcomes[0], {
        text: 'Successfully activated and used Ask mode for code exploration and questions',
        line: 236,
      });
    });

    it('collects hints of every source', () => {
      const coach = hintsFrom('ai-coach-comment');
      assert.deepStrictEqual(
        coach.map((hint) => [hint.line, hint.sectionId, hint.level]),
        [
          [90, 'task-1', 1],
          [124, 'task-2', 1],
          [184, 'task-3', 1],
        ],
      );

      assert.strictEqual(hintsFrom('common-pitfall').length, 4);
      assert.strictEqual(hintsFrom('help-resource').length, 3);
      assert.strictEqual(hintsFrom('professional-tip').length, 6);
      assert.strictEqual(hintsFrom('pro-tip').length, 0);
      assert.strictEqual(hintsFrom('validation-checkpoint').length, 0);
      assert.strictEqual(kata.hints?.length, 24);
    });

    it('pairs four troubleshooting questions', () => {
      const troubleshooting = hintsFrom('troubleshooting');
      const issues = troubleshooting.filter((hint) => hint.level === 1);
      const fixes = troubleshooting.filter((hint) => hint.level === 3);

      assert.strictEqual(troubleshooting.length, 8);
      assert.deepStrictEqual(
        issues.map((hint) => hint.line),
        [267, 270, 273, 276],
      );
      assert.deepStrictEqual(
        fixes.map((hint) => hint.line),
        [268, 271, 274, 277],
      );
      assert.strictEqual(issues[2].text, "How do I know which mode I'm in?");
      assert.match(fixes[0].text, /^Ensure you provided context via @workspace/);
    });
  });
});
