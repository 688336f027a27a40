import * as assert from 'node:assert/strict';
import { summarizeKata, type KataSummary } from '../../src/core/indexing/kataSummary';
import { groupByDifficulty, groupByLearningPath, isKataGrouping, learningPathStages, STANDALONE_KEY, withoutCompleted } from '../../src/core/kataGroups';
import { loadCorpusKatas } from './sharedCorpus';

interface SummarySpec {
  difficulty?: number;
  prerequisites?: string[];
  category?: string;
  minutes?: number;
}

/** Returns a kata summary whose file is `/katas/<id>.md`, so file name order is id order. */
function summary(id: string, spec: SummarySpec = {}): KataSummary {
  const category = spec.category ?? 'demo';
  const kata: KataSummary = {
    id,
    title: `Title of ${id}`,
    category,
    categories: [category],
    prerequisites: spec.prerequisites ?? [],
    tags: [],
    technologies: [],
    searchKeywords: [],
    filePath: `/katas/${id}.md`,
  };
  if (spec.difficulty !== undefined) {
    kata.difficulty = spec.difficulty;
  }
  if (spec.minutes !== undefined) {
    kata.estimatedMinutes = spec.minutes;
  }
  return kata;
}

/** Returns each group as `key: id, id, ...`, which shows keys, order and members at once. */
function shape(groups: { key: string; katas: KataSummary[] }[]): string[] {
  return groups.map((group) => `${group.key}: ${group.katas.map((kata) => kata.id).join(', ')}`);
}

describe('kataGroups', () => {
  describe('groupByDifficulty', () => {
    it('groups easiest first, unset last', () => {
      const katas = [
        summary('c-unset'),
        summary('b-advanced', { difficulty: 3 }),
        summary('a-foundation', { difficulty: 1 }),
        summary('d-foundation', { difficulty: 1 }),
      ];

      const groups = groupByDifficulty(katas);

      assert.deepEqual(shape(groups), ['difficulty:1: a-foundation, d-foundation', 'difficulty:3: b-advanced', 'difficulty:none: c-unset']);
      assert.deepEqual(
        groups.map((group) => group.label),
        ['1 - Foundation', '3 - Advanced', 'Difficulty not set'],
      );
    });

    it('returns no group for no kata', () => {
      assert.deepEqual(groupByDifficulty([]), []);
    });

    it('leaves its input unsorted', () => {
      const katas = [summary('b', { difficulty: 2 }), summary('a', { difficulty: 1 })];
      groupByDifficulty(katas);
      assert.deepEqual(
        katas.map((kata) => kata.id),
        ['b', 'a'],
      );
    });
  });

  describe('learningPathStages', () => {
    it('puts katas after their prerequisites', () => {
      const katas = [
        summary('c', { prerequisites: ['a', 'b'] }),
        summary('b', { prerequisites: ['a'] }),
        summary('a'),
        summary('d'),
      ];

      const stages = learningPathStages(katas);

      assert.deepEqual(Object.fromEntries(stages), { a: 1, b: 2, c: 3, d: 1 });
    });

    it('ignores unknown and own ids', () => {
      const stages = learningPathStages([summary('a', { prerequisites: ['missing', 'a'] }), summary('b', { prerequisites: ['a', 'a'] })]);
      assert.deepEqual(Object.fromEntries(stages), { a: 1, b: 2 });
    });

    it('breaks a prerequisite cycle', () => {
      const katas = [summary('a', { prerequisites: ['c'] }), summary('b', { prerequisites: ['a'] }), summary('c', { prerequisites: ['b'] })];

      const stages = learningPathStages(katas);

      // The walk goes from `a` to its prerequisite `c`, then to `b`, whose prerequisite `a` closes the cycle and is ignored.
      assert.deepEqual(Object.fromEntries(stages), { a: 3, b: 1, c: 2 });
    });

    it('handles a chain of 20,000 katas', () => {
      const katas = Array.from({ length: 20_000 }, (_, position) => summary(`k${position}`, { prerequisites: position === 0 ? [] : [`k${position - 1}`] }));
      const stages = learningPathStages([...katas].reverse());
      assert.equal(stages.get('k0'), 1);
      assert.equal(stages.get('k19999'), 20_000);
    });
  });

  describe('groupByLearningPath', () => {
    it('makes one path per linked set', () => {
      const katas = [
        summary('git-300-bisect', { difficulty: 3, prerequisites: ['git-100-commit'] }),
        summary('git-200-rebase', { difficulty: 2, prerequisites: ['git-100-commit'] }),
        summary('git-100-commit', { difficulty: 1 }),
        summary('test-100-first', { difficulty: 1 }),
        summary('ops-200-deploy', { difficulty: 2, prerequisites: ['ops-100-setup'] }),
        summary('ops-100-setup', { difficulty: 2 }),
      ];

      const groups = groupByLearningPath(katas);

      assert.deepEqual(shape(groups), [
        'path:git-100-commit: git-100-commit, git-200-rebase, git-300-bisect',
        'path:ops-100-setup: ops-100-setup, ops-200-deploy',
        `${STANDALONE_KEY}: test-100-first`,
      ]);
      assert.deepEqual(
        groups.map((group) => group.label),
        ['Path from Title of git-100-commit', 'Path from Title of ops-100-setup', 'Standalone katas'],
      );
    });

    it('orders by stage before difficulty', () => {
      // The harder kata has no prerequisite, so it comes before the easy one that builds on both.
      const katas = [summary('a-easy', { difficulty: 1, prerequisites: ['b-hard', 'c-root'] }), summary('b-hard', { difficulty: 4 }), summary('c-root', { difficulty: 2 })];

      assert.deepEqual(shape(groupByLearningPath(katas)), ['path:c-root: c-root, b-hard, a-easy']);
    });

    it('joins paths through a shared kata', () => {
      const katas = [summary('a'), summary('b'), summary('c', { prerequisites: ['a'] }), summary('d', { prerequisites: ['b', 'c'] })];
      assert.deepEqual(shape(groupByLearningPath(katas)), ['path:a: a, b, c, d']);
    });

    it('keeps unknown prerequisites standalone', () => {
      const katas = [summary('a', { prerequisites: ['not-indexed'] }), summary('b')];
      assert.deepEqual(shape(groupByLearningPath(katas)), [`${STANDALONE_KEY}: a, b`]);
    });

    it('keeps every kata of a cycle', () => {
      const katas = [summary('a', { prerequisites: ['b'] }), summary('b', { prerequisites: ['a'] }), summary('c')];
      assert.deepEqual(shape(groupByLearningPath(katas)), ['path:b: b, a', `${STANDALONE_KEY}: c`]);
    });

    it('returns no group for no kata', () => {
      assert.deepEqual(groupByLearningPath([]), []);
    });

    it('orders the shared corpus by prerequisites', function () {
      const katas = loadCorpusKatas(this).map(summarizeKata);
      const ids = new Set(katas.map((kata) => kata.id));

      const groups = groupByLearningPath(katas);

      const placed = groups.flatMap((group) => group.katas.map((kata) => kata.id));
      assert.deepEqual([...placed].sort(), [...ids].sort());
      for (const group of groups) {
        const before = new Set<string>();
        for (const kata of group.katas) {
          for (const prerequisite of kata.prerequisites.filter((id) => ids.has(id))) {
            assert.ok(before.has(prerequisite), `${kata.id} comes before its prerequisite ${prerequisite} in ${group.key}`);
          }
          before.add(kata.id);
        }
      }
      assert.equal(groups.length, 9);
      assert.deepEqual(
        groups[groups.length - 1].katas.map((kata) => kata.id),
        ['product-requirements-100-basic-prd-creation', 'prompt-engineering-300-prompt-creation-and-refactoring-workflow'],
      );
    });
  });

  describe('withoutCompleted', () => {
    it('drops completed katas and empty groups', () => {
      const groups = groupByDifficulty([summary('a', { difficulty: 1 }), summary('b', { difficulty: 1 }), summary('c', { difficulty: 2 })]);
      const completed = new Set(['a', 'c']);

      const visible = withoutCompleted(groups, (kata) => completed.has(kata.id));

      assert.deepEqual(shape(visible), ['difficulty:1: b']);
      assert.deepEqual(shape(groups), ['difficulty:1: a, b', 'difficulty:2: c'], 'the input groups changed');
    });

    it('keeps every group when nothing is completed', () => {
      const groups = groupByLearningPath([summary('a'), summary('b', { prerequisites: ['a'] }), summary('c')]);
      assert.deepEqual(shape(withoutCompleted(groups, () => false)), shape(groups));
    });
  });

  it('recognizes the grouping names', () => {
    assert.equal(isKataGrouping('category'), true);
    assert.equal(isKataGrouping('difficulty'), true);
    assert.equal(isKataGrouping('path'), true);
    assert.equal(isKataGrouping('tags'), false);
    assert.equal(isKataGrouping(undefined), false);
  });
});
