// Finds prerequisite cycles in the graph of katas: an edge leads from a kata to
// each kata that its prerequisite_katas names.

import type { Kata } from '../model';

/**
 * Returns, for each kata id that lies on a cycle, the shortest cycle through it,
 * starting with that id and without repeating it at the end: `[a, b, c]` for
 * `a → b → c → a`, `[a]` for a kata that lists itself. Prerequisites that name
 * no kata are ignored. Files that share an id share their prerequisites here.
 */
export function findPrerequisiteCycles(katas: readonly Pick<Kata, 'id' | 'prerequisites'>[]): Map<string, string[]> {
  const graph = buildGraph(katas);
  const cycles = new Map<string, string[]>();

  for (const id of graph.keys()) {
    const cycle = findShortestCycle(id, graph);
    if (cycle !== undefined) {
      cycles.set(id, cycle);
    }
  }
  return cycles;
}

function buildGraph(katas: readonly Pick<Kata, 'id' | 'prerequisites'>[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const kata of katas) {
    graph.set(kata.id, []);
  }

  for (const kata of katas) {
    const edges = graph.get(kata.id) ?? [];
    for (const prerequisite of kata.prerequisites.map((entry) => entry.trim())) {
      if (graph.has(prerequisite) && !edges.includes(prerequisite)) {
        edges.push(prerequisite);
      }
    }
  }
  return graph;
}

/** Returns the shortest path from `start` back to itself by breadth-first search, following edges in the order written. */
function findShortestCycle(start: string, graph: ReadonlyMap<string, string[]>): string[] | undefined {
  const parents = new Map<string, string>();
  const queue = [start];

  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];

    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        return pathFromStart(start, node, parents);
      }
      if (!parents.has(next)) {
        parents.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}

function pathFromStart(start: string, end: string, parents: ReadonlyMap<string, string>): string[] {
  const path = [end];
  let current = end;

  while (current !== start) {
    current = parents.get(current) as string;
    path.push(current);
  }
  return path.reverse();
}
