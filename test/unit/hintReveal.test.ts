// Hint order per section, hint strategies and the reveal steps of each strategy.

import * as assert from 'assert';

import {
  hintsForSection,
  hintStrategy,
  MINIMAL_HINT_DELAY_MS,
  nextReveal,
  revealedCountForLevel,
  revealedHints,
  revealedLevel,
} from '../../src/core/hintReveal';
import type { Kata, KataHint } from '../../src/core/model';
import { makeKata } from './progressTestSupport';
import { loadCorpusKatas } from './sharedCorpus';

function hint(level: 1 | 2 | 3, line: number, text: string, sectionId?: string): KataHint {
  return { level, source: 'troubleshooting', text, line, sectionId };
}

/** Builds a kata with tasks `task-1` and `task-2` and the given hints and front matter. */
function kataWithHints(hints: KataHint[], frontMatter: Record<string, unknown> = {}): Kata {
  const kata = makeKata('demo-100', 'demo', [
    { kind: 'setup', stepIds: ['s'] },
    { kind: 'task', stepIds: ['a'] },
    { kind: 'task', stepIds: ['b'] },
  ]);
  return { ...kata, hints, frontMatter: { ...kata.frontMatter, ...frontMatter } };
}

const MIXED_HINTS: KataHint[] = [
  hint(1, 30, 'task 1 question', 'task-1'),
  hint(1, 5, 'pitfall'),
  hint(1, 40, 'task 2 question', 'task-2'),
  hint(2, 90, 'appendix tip'),
  hint(2, 35, 'task 1 direction late', 'task-1'),
  hint(2, 31, 'task 1 direction', 'task-1'),
  hint(3, 95, 'appendix fix'),
  hint(3, 33, 'task 1 fix', 'task-1'),
];

function texts(hints: readonly KataHint[]): string[] {
  return hints.map((entry) => entry.text);
}

describe('hint reveal', () => {
  describe('hintsForSection', () => {
    const cases: { sectionId: string; expected: string[] }[] = [
      {
        sectionId: 'task-1',
        expected: ['task 1 question', 'pitfall', 'task 1 direction', 'task 1 direction late', 'appendix tip', 'task 1 fix', 'appendix fix'],
      },
      { sectionId: 'task-2', expected: ['task 2 question', 'pitfall', 'appendix tip', 'appendix fix'] },
      { sectionId: 'setup-0', expected: ['pitfall', 'appendix tip', 'appendix fix'] },
      { sectionId: 'no-such-section', expected: ['pitfall', 'appendix tip', 'appendix fix'] },
    ];

    for (const { sectionId, expected } of cases) {
      it(`orders hints for ${sectionId}`, () => {
        assert.deepStrictEqual(texts(hintsForSection(kataWithHints(MIXED_HINTS), sectionId)), expected);
      });
    }

    it('drops repeated texts, keeping the first', () => {
      const kata = kataWithHints([
        hint(2, 50, 'Check  the logs'),
        hint(1, 20, 'check the logs', 'task-1'),
        hint(1, 10, 'Other'),
        hint(3, 22, 'Check the logs', 'task-1'),
      ]);

      const hints = hintsForSection(kata, 'task-1');

      assert.deepStrictEqual(texts(hints), ['check the logs', 'Other']);
      assert.strictEqual(hints[0].line, 20);
    });

    it('returns nothing for a kata without hints', () => {
      const kata = kataWithHints([]);
      delete kata.hints;

      assert.deepStrictEqual(hintsForSection(kata, 'task-1'), []);
    });
  });

  describe('hintStrategy', () => {
    const cases: { value: unknown; expected: string }[] = [
      { value: 'progressive', expected: 'progressive' },
      { value: 'direct', expected: 'direct' },
      { value: 'minimal', expected: 'minimal' },
      { value: 'Direct', expected: 'direct' },
      { value: ' MINIMAL ', expected: 'minimal' },
      { value: 'conceptual', expected: 'progressive' },
      { value: 'Conceptual', expected: 'progressive' },
      { value: 'socratic', expected: 'progressive' },
      { value: '', expected: 'progressive' },
      { value: 3, expected: 'progressive' },
      { value: undefined, expected: 'progressive' },
    ];

    for (const { value, expected } of cases) {
      it(`reads ${JSON.stringify(value) ?? 'a missing value'} as ${expected}`, () => {
        const frontMatter = value === undefined ? {} : { hint_strategy: value };
        assert.strictEqual(hintStrategy(kataWithHints([], frontMatter)), expected);
      });
    }
  });

  describe('nextReveal', () => {
    const task2Hints = ['task 2 question', 'pitfall', 'appendix tip', 'appendix fix'];

    it('reveals one hint per request when progressive', () => {
      const kata = kataWithHints(MIXED_HINTS, { hint_strategy: 'progressive' });
      const steps = [0, 1, 2, 3, 4, 9].map((count) => nextReveal(kata, 'task-2', count, { openedForMs: 0 }));

      assert.deepStrictEqual(
        steps.map((step) => step.revealed),
        [1, 2, 3, 4, 4, 4],
      );
      assert.deepStrictEqual(
        steps.map((step) => step.canRevealMore),
        [true, true, true, false, false, false],
      );
      assert.deepStrictEqual(texts(steps[1].hints), task2Hints.slice(0, 2));
      assert.deepStrictEqual(texts(steps[3].hints), task2Hints);
      assert.ok(steps.every((step) => step.total === 4 && step.waitMs === undefined));
    });

    it('reads odd revealed counts as whole counts', () => {
      const kata = kataWithHints(MIXED_HINTS);

      assert.strictEqual(nextReveal(kata, 'task-2', -3, { openedForMs: 0 }).revealed, 1);
      assert.strictEqual(nextReveal(kata, 'task-2', 1.7, { openedForMs: 0 }).revealed, 2);
      assert.strictEqual(nextReveal(kata, 'task-2', Number.NaN, { openedForMs: 0 }).revealed, 1);
    });

    it('reveals every hint at once when direct', () => {
      const kata = kataWithHints(MIXED_HINTS, { hint_strategy: 'direct' });
      const reveal = nextReveal(kata, 'task-2', 0, { openedForMs: 0 });

      assert.deepStrictEqual(texts(reveal.hints), task2Hints);
      assert.strictEqual(reveal.revealed, 4);
      assert.strictEqual(reveal.total, 4);
      assert.strictEqual(reveal.canRevealMore, false);
      assert.strictEqual(reveal.waitMs, undefined);
    });

    const minimalCases: { openedForMs: number; revealedCount: number; revealed: number; waitMs?: number }[] = [
      { openedForMs: 0, revealedCount: 0, revealed: 0, waitMs: MINIMAL_HINT_DELAY_MS },
      { openedForMs: 60_000, revealedCount: 0, revealed: 0, waitMs: MINIMAL_HINT_DELAY_MS - 60_000 },
      { openedForMs: -5, revealedCount: 0, revealed: 0, waitMs: MINIMAL_HINT_DELAY_MS },
      { openedForMs: MINIMAL_HINT_DELAY_MS - 1, revealedCount: 0, revealed: 0, waitMs: 1 },
      { openedForMs: MINIMAL_HINT_DELAY_MS, revealedCount: 0, revealed: 1 },
      { openedForMs: MINIMAL_HINT_DELAY_MS * 3, revealedCount: 1, revealed: 2 },
      { openedForMs: 0, revealedCount: 2, revealed: 3 },
    ];

    for (const { openedForMs, revealedCount, revealed, waitMs } of minimalCases) {
      it(`minimal: ${revealedCount} shown, open ${openedForMs} ms reveals ${revealed}`, () => {
        const kata = kataWithHints(MIXED_HINTS, { hint_strategy: 'minimal' });
        const reveal = nextReveal(kata, 'task-2', revealedCount, { openedForMs });

        assert.strictEqual(reveal.revealed, revealed);
        assert.deepStrictEqual(texts(reveal.hints), task2Hints.slice(0, revealed));
        assert.strictEqual(reveal.waitMs, waitMs);
        assert.strictEqual(reveal.canRevealMore, true);
      });
    }

    for (const strategy of ['progressive', 'direct', 'minimal']) {
      it(`${strategy}: a section without hints reveals nothing`, () => {
        const kata = kataWithHints([hint(1, 30, 'only task 1', 'task-1')], { hint_strategy: strategy });
        const reveal = nextReveal(kata, 'task-2', 0, { openedForMs: 0 });

        assert.deepStrictEqual(reveal, { hints: [], revealed: 0, total: 0, canRevealMore: false });
      });
    }
  });

  describe('stored reveal state', () => {
    const kata = kataWithHints(MIXED_HINTS);

    it('returns revealed hints without revealing more', () => {
      assert.deepStrictEqual(texts(revealedHints(kata, 'task-1', 3)), ['task 1 question', 'pitfall', 'task 1 direction']);
      assert.deepStrictEqual(revealedHints(kata, 'task-1', 0), []);
    });

    const levelCases: { count: number; level: number }[] = [
      { count: 0, level: 0 },
      { count: 2, level: 1 },
      { count: 3, level: 2 },
      { count: 7, level: 3 },
      { count: 50, level: 3 },
    ];
    for (const { count, level } of levelCases) {
      it(`maps ${count} revealed hints to level ${level}`, () => {
        assert.strictEqual(revealedLevel(kata, 'task-1', count), level);
      });
    }

    const countCases: { level: number; count: number }[] = [
      { level: 0, count: 0 },
      { level: 1, count: 2 },
      { level: 2, count: 5 },
      { level: 3, count: 7 },
    ];
    for (const { level, count } of countCases) {
      it(`maps stored level ${level} to ${count} hints`, () => {
        assert.strictEqual(revealedCountForLevel(kata, 'task-1', level), count);
      });
    }
  });

  describe('on the corpus', function () {
    let katas: Kata[] = [];

    before(function () {
      katas = loadCorpusKatas(this);
    });

    it('finds katas', () => {
      assert.ok(katas.length >= 40, `expected at least 40 katas, found ${katas.length}`);
    });

    it('gives every first task a hint', () => {
      for (const kata of katas) {
        const firstTask = kata.sections.find((section) => section.kind === 'task');
        assert.ok(firstTask, `${kata.id} has no task`);

        const reveal = nextReveal(kata, firstTask.id, 0, { openedForMs: MINIMAL_HINT_DELAY_MS });
        assert.ok(reveal.total >= 1, `${kata.id} ${firstTask.id} has no hint`);
        assert.ok(reveal.hints.length >= 1, `${kata.id} ${firstTask.id} revealed no hint`);
      }
    });

    it('reads every hint strategy as a known one', () => {
      for (const kata of katas) {
        assert.ok(['progressive', 'direct', 'minimal'].includes(hintStrategy(kata)), kata.id);
      }
    });
  });
});
