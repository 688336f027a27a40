// Words the generator builds every name, heading and sentence from. They were
// written for the benchmark, so no text of a real kata ends up in the output.

import type { SeededRandom } from './random';

export const CATEGORY_WORDS: readonly string[] = [
  'testing', 'refactoring', 'observability', 'security', 'packaging', 'networking',
  'storage', 'messaging', 'scheduling', 'caching', 'profiling', 'release',
  'documentation', 'accessibility', 'localization', 'migration', 'modeling', 'review',
  'automation', 'recovery', 'telemetry', 'governance', 'search', 'streaming',
];

export const VERBS: readonly string[] = [
  'Configure', 'Create', 'Inspect', 'Measure', 'Compare', 'Deploy', 'Review', 'Trace',
  'Refactor', 'Document', 'Validate', 'Split', 'Merge', 'Replace', 'Record', 'Tune',
  'Schedule', 'Verify', 'Sketch', 'Rename', 'Extract', 'Model', 'Package', 'Restore',
];

export const ADJECTIVES: readonly string[] = [
  'small', 'shared', 'stale', 'noisy', 'slow', 'nested', 'partial', 'empty', 'cached',
  'remote', 'local', 'fresh', 'broken', 'flaky', 'verbose', 'strict', 'optional',
  'hidden', 'public', 'private', 'ordered', 'unused', 'pending', 'large',
];

export const NOUNS: readonly string[] = [
  'queue', 'worker', 'schema', 'build', 'pipeline', 'gateway', 'cluster', 'module',
  'function', 'request', 'response', 'handler', 'index', 'table', 'report', 'service',
  'client', 'endpoint', 'template', 'config', 'bundle', 'manifest', 'branch', 'commit',
  'session', 'token', 'metric', 'alert', 'dashboard', 'trace', 'log', 'snapshot',
  'release', 'backlog', 'ticket', 'checklist', 'fixture', 'mock', 'dependency', 'cache',
];

export const LINKING_WORDS: readonly string[] = [
  'before', 'after', 'with', 'without', 'for', 'from', 'into', 'behind', 'around', 'across',
];

export const TOOLS: readonly string[] = [
  'Shell', 'Editor', 'Debugger', 'Profiler', 'Linter', 'Formatter', 'Task Runner',
  'Package Manager', 'Container Runtime', 'Test Runner', 'Log Viewer', 'Chat Assistant',
];

/** Returns a lowercase phrase of `count` words: adjectives and nouns, with a linking word inside. */
export function phrase(random: SeededRandom, count: number): string {
  const words: string[] = [];
  for (let index = 0; index < count; index++) {
    // A linking word never ends the phrase.
    if (index % 4 === 2 && index < count - 1) {
      words.push(random.pick(LINKING_WORDS));
    } else {
      words.push(random.pick(index % 2 === 0 ? ADJECTIVES : NOUNS));
    }
  }
  return words.join(' ');
}

/** Returns a sentence that starts with a capital letter and ends with a period. */
export function sentence(random: SeededRandom, minWords = 6, maxWords = 14): string {
  const text = `${random.pick(VERBS).toLowerCase()} the ${phrase(random, random.integer(minWords, maxWords))}`;
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** Returns a title such as `Cached Queue Behind Worker`. */
export function title(random: SeededRandom, words: number): string {
  return phrase(random, words)
    .split(' ')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** Returns a lowercase slug such as `stale-cache-merge`. */
export function slug(random: SeededRandom, words: number): string {
  return Array.from({ length: words }, (_, index) => random.pick(index % 2 === 0 ? ADJECTIVES : NOUNS)).join('-');
}
