// Groupings of the Katas view besides categories: by difficulty, and by
// learning path. A learning path here is derived from `prerequisite_katas`
// alone: katas linked by prerequisites, directly or through other katas, form
// one path, ordered so that every kata comes after its prerequisites.
// Curated paths that a kata collection may describe in separate hub pages
// are not read, because the kata files do not name them.

import * as l10n from '@vscode/l10n';
import { compareKatas } from './indexing/kataOrder';
import type { KataSummary } from './indexing/kataSummary';
import { describeDifficulty } from './model';

export const KATA_GROUPINGS = ['category', 'difficulty', 'path'] as const;

/** Grouping of the Katas view's top level. */
export type KataGrouping = (typeof KATA_GROUPINGS)[number];

export interface KataGroup {
  /** Unique among the groups of every grouping and stable while the katas keep their fields, for tree ids. */
  key: string;
  label: string;
  katas: KataSummary[];
}

/** The key of the learning path group that contains katas without prerequisites that no kata builds on. */
export const STANDALONE_KEY = 'standalone';

export function isKataGrouping(value: unknown): value is KataGrouping {
  return typeof value === 'string' && (KATA_GROUPINGS as readonly string[]).includes(value);
}

/** Groups katas by `kata_difficulty`, easiest first, with katas without a difficulty last. */
export function groupByDifficulty(katas: readonly KataSummary[]): KataGroup[] {
  const byDifficulty = new Map<number | undefined, KataSummary[]>();
  for (const kata of [...katas].sort(compareKatas)) {
    const list = byDifficulty.get(kata.difficulty) ?? [];
    list.push(kata);
    byDifficulty.set(kata.difficulty, list);
  }

  // compareKatas already put unset difficulties last, so the map's insertion order is the group order.
  return [...byDifficulty.entries()].map(([difficulty, list]) => ({
    key: `difficulty:${difficulty ?? 'none'}`,
    label: describeDifficulty(difficulty),
    katas: list,
  }));
}

/**
 * Groups katas into learning paths: each set of katas connected through
 * `prerequisite_katas` is one path, in prerequisite order (see
 * `learningPathStages`), then by difficulty and file name. A path is named
 * after its first kata and keyed by that kata's id. Katas with no known
 * prerequisite that no kata builds on come last, in one "Standalone katas" group.
 * Paths are ordered by their first kata, easiest first.
 */
export function groupByLearningPath(katas: readonly KataSummary[]): KataGroup[] {
  const sorted = [...katas].sort(compareKatas);
  const stages = learningPathStages(sorted);
  const components = new Components(sorted.map((kata) => kata.id));
  for (const kata of sorted) {
    for (const prerequisite of knownPrerequisites(kata, stages)) {
      components.join(kata.id, prerequisite);
    }
  }

  const byRoot = new Map<string, KataSummary[]>();
  for (const kata of sorted) {
    const root = components.rootOf(kata.id);
    const list = byRoot.get(root) ?? [];
    list.push(kata);
    byRoot.set(root, list);
  }

  const paths: KataSummary[][] = [];
  const standalone: KataSummary[] = [];
  for (const members of byRoot.values()) {
    if (members.length === 1) {
      standalone.push(members[0]);
    } else {
      paths.push(members.sort((a, b) => (stages.get(a.id) ?? 0) - (stages.get(b.id) ?? 0) || compareKatas(a, b)));
    }
  }

  const groups: KataGroup[] = paths
    .sort((a, b) => compareKatas(a[0], b[0]))
    .map((members) => ({
      key: `path:${members[0].id}`,
      label: l10n.t({ message: 'Path from {0}', args: [members[0].title], comment: ['A learning path in the Katas view, named after the title of its first kata.'] }),
      katas: members,
    }));
  if (standalone.length > 0) {
    groups.push({ key: STANDALONE_KEY, label: l10n.t('Standalone katas'), katas: standalone.sort(compareKatas) });
  }
  return groups;
}

/**
 * Returns each kata's stage in its learning path: 1 for a kata without a
 * known prerequisite, else one more than the highest stage among its
 * prerequisites. Ids that name no kata in `katas` are ignored, as the
 * `unknown-prerequisite` diagnostic reports them. In a prerequisite cycle,
 * which the `prerequisite-cycle` diagnostic reports, the edge that closes
 * the cycle is ignored. Which edge that is depends on the order of `katas`.
 */
export function learningPathStages(katas: readonly KataSummary[]): Map<string, number> {
  const byId = new Map(katas.map((kata) => [kata.id, kata]));
  const stages = new Map<string, number>();
  const visiting = new Set<string>();

  // An explicit stack instead of recursion, because a long prerequisite chain would overflow the call stack.
  for (const start of katas) {
    const stack: { kata: KataSummary; next: number; stage: number }[] = [];
    const enter = (kata: KataSummary) => {
      visiting.add(kata.id);
      stack.push({ kata, next: 0, stage: 1 });
    };
    if (!stages.has(start.id)) {
      enter(start);
    }

    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const prerequisites = knownPrerequisites(frame.kata, byId);
      if (frame.next < prerequisites.length) {
        const prerequisite = byId.get(prerequisites[frame.next++]) as KataSummary;
        const stage = stages.get(prerequisite.id);
        if (stage !== undefined) {
          frame.stage = Math.max(frame.stage, stage + 1);
        } else if (!visiting.has(prerequisite.id)) {
          enter(prerequisite);
        }
        continue;
      }

      stack.pop();
      visiting.delete(frame.kata.id);
      stages.set(frame.kata.id, frame.stage);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.stage = Math.max(parent.stage, frame.stage + 1);
      }
    }
  }
  return stages;
}

/** Returns the groups without the katas that `isCompleted` accepts, dropping groups left empty. */
export function withoutCompleted(groups: readonly KataGroup[], isCompleted: (kata: KataSummary) => boolean): KataGroup[] {
  return groups
    .map((group) => ({ ...group, katas: group.katas.filter((kata) => !isCompleted(kata)) }))
    .filter((group) => group.katas.length > 0);
}

/** Returns a kata's prerequisite ids that name another kata of `known`, each once. */
function knownPrerequisites(kata: KataSummary, known: ReadonlyMap<string, unknown>): string[] {
  return [...new Set(kata.prerequisites)].filter((id) => id !== kata.id && known.has(id));
}

/** Union-find over kata ids, for the sets of katas that prerequisites connect. */
class Components {
  private readonly parents = new Map<string, string>();

  constructor(ids: readonly string[]) {
    for (const id of ids) {
      this.parents.set(id, id);
    }
  }

  rootOf(id: string): string {
    let root = id;
    while (this.parents.get(root) !== root) {
      root = this.parents.get(root) as string;
    }
    // Path compression keeps later look-ups short.
    let current = id;
    while (current !== root) {
      const next = this.parents.get(current) as string;
      this.parents.set(current, root);
      current = next;
    }
    return root;
  }

  join(a: string, b: string): void {
    const rootA = this.rootOf(a);
    const rootB = this.rootOf(b);
    if (rootA !== rootB) {
      this.parents.set(rootB, rootA);
    }
  }
}
