// Writes the markdown of one synthetic kata: the front matter fields and body
// sections of the kata format, with counts drawn from the measured corpus shape.

import * as shape from './corpusShape';
import type { Quantiles, SeededRandom } from './random';
import { NOUNS, phrase, sentence, title, TOOLS, VERBS } from './vocabulary';

export interface KataSpec {
  id: string;
  category: string;
  /** 1 to 5, as `kata_difficulty`. */
  difficulty: number;
  title: string;
  /** Ids of katas generated earlier, for `prerequisite_katas`. */
  earlierIds: readonly string[];
}

export interface GeneratedKata {
  text: string;
  /** `### Task N:` sections written. */
  tasks: number;
  /** `- [ ]` checkboxes written, which the parser must all report as steps. */
  checkboxes: number;
}

/** Writes a kata whose size, checkboxes, tasks and code blocks follow the measured distributions. */
export function writeKata(random: SeededRandom, spec: KataSpec): GeneratedKata {
  const taskCount = random.sample(shape.TASKS_PER_KATA);
  const setupCount = random.sample(shape.SETUP_CHECKBOXES);
  const completionCount = random.chance(shape.COMPLETION_CHECKBOX_SHARE) ? random.sample(shape.COMPLETION_CHECKBOXES) : 0;

  // Every numbered step gets at least one step and its expected result.
  const total = random.sample(shape.CHECKBOXES_PER_KATA);
  const taskCheckboxes = splitCount(random, Math.max(total - setupCount - completionCount, taskCount * 2), taskCount, 2);
  // One fenced block sits in the Essential Setup blockquote; the tasks hold the rest.
  const taskFences = splitCount(random, random.sample(shape.FENCED_BLOCKS_PER_KATA) - 1, taskCount, 0);

  const lines: string[] = [...frontMatter(random, spec, taskCount)];
  lines.push(...quickContext(random));
  lines.push(...essentialSetup(random, setupCount));
  lines.push('## Practice Tasks', '');
  taskCheckboxes.forEach((count, index) => {
    lines.push(...practiceTask(random, index + 1, count, taskFences[index]));
  });
  lines.push(...completionCheck(random, completionCount));

  // The Troubleshooting entries at the end grow until the file reaches its sampled size.
  lines.push(...referenceAppendix(random));
  appendUntil(lines, random.sample(shape.KATA_FILE_BYTES), () => troubleshootingEntry(random));

  const checkboxes = setupCount + completionCount + taskCheckboxes.reduce((sum, count) => sum + count, 0);
  return { text: lines.join('\n') + '\n', tasks: taskCount, checkboxes };
}

/** Splits `total` into `parts` random counts of at least `minimum` each. */
export function splitCount(random: SeededRandom, total: number, parts: number, minimum: number): number[] {
  const counts = Array.from({ length: parts }, () => minimum);
  for (let left = total - parts * minimum; left > 0; left--) {
    counts[random.integer(0, parts - 1)]++;
  }
  return counts;
}

/**
 * Appends blocks from `makeBlock` until the text of `lines` reaches
 * `targetBytes`. The generated text is ASCII, so characters count as bytes.
 */
export function appendUntil(lines: string[], targetBytes: number, makeBlock: () => string[]): void {
  let bytes = lines.reduce((sum, line) => sum + line.length + 1, 0);
  while (bytes < targetBytes) {
    for (const line of makeBlock()) {
      lines.push(line);
      bytes += line.length + 1;
    }
  }
}

function frontMatter(random: SeededRandom, spec: KataSpec, taskCount: number): string[] {
  const lines = [
    '---',
    `title: 'Kata: ${spec.difficulty}00 - ${spec.title}'`,
    `description: ${sentence(random, 8, 14)}`,
    'author: Benchmark Generator',
    `ms.date: 2025-${pad(random.integer(1, 12))}-${pad(random.integer(1, 28))}`,
    `kata_id: ${spec.id}`,
    'kata_category:',
    `  - ${spec.category}`,
    `kata_difficulty: ${spec.difficulty}`,
    `estimated_time_minutes: ${taskCount * 15}`,
    ...yamlList('learning_objectives', sentences(random, shape.LEARNING_OBJECTIVES)),
    ...yamlList('prerequisite_katas', prerequisites(random, spec.earlierIds)),
    ...yamlList('technologies', Array.from({ length: random.sample(shape.TECHNOLOGIES) }, () => random.pick(TOOLS))),
    ...yamlList('success_criteria', sentences(random, shape.SUCCESS_CRITERIA)),
    `ai_coaching_level: ${random.pick(['minimal', 'guided', 'adaptive'])}`,
    `scaffolding_level: ${random.pick(['heavy', 'medium-heavy', 'light', 'minimal'])}`,
  ];

  if (random.chance(shape.HINT_STRATEGY_SHARE)) {
    lines.push(`hint_strategy: ${random.pick(['progressive', 'direct', 'minimal'])}`);
  }

  lines.push(
    ...yamlList('common_pitfalls', sentences(random, shape.COMMON_PITFALLS)),
    'requires_azure_subscription: false',
    'requires_local_environment: true',
    ...yamlList('tags', [spec.category]),
    ...yamlList('search_keywords', Array.from({ length: random.sample(shape.SEARCH_KEYWORDS) }, () => phrase(random, 2))),
    '---',
    '',
  );
  return lines;
}

function quickContext(random: SeededRandom): string[] {
  return [
    '## Quick Context',
    '',
    `**You'll Learn**: ${sentence(random)}`,
    '',
    `**Real Challenge**: ${sentence(random)} ${sentence(random)}`,
    '',
    `**Your Task**: ${sentence(random)}`,
    '',
  ];
}

function essentialSetup(random: SeededRandom, checkboxes: number): string[] {
  const lines = ['## Essential Setup', '', sentence(random), '', '**Required**:', ''];
  for (let index = 0; index < checkboxes; index++) {
    lines.push(`- [ ] ${sentence(random, 4, 10)}`);
  }

  // Every measured kata has one coaching blockquote with a `text` fence.
  lines.push('', '> **Coaching**: ' + sentence(random), '>', '> ```text', `> ${sentence(random)}`, '> ```', '');
  return lines;
}

function practiceTask(random: SeededRandom, taskNumber: number, checkboxes: number, fences: number): string[] {
  const low = random.integer(2, 6) * 5;
  const lines = [
    `### Task ${taskNumber}: ${title(random, random.integer(3, 6))} (${low}-${low + 5} minutes)`,
    '',
    `**What You'll Do**: ${sentence(random)}`,
    '',
    '**Steps**:',
    '',
  ];

  const maxNumbered = Math.floor(checkboxes / 2);
  const numbered = Math.min(Math.max(random.sample(shape.NUMBERED_STEPS_PER_TASK), 1), maxNumbered);
  const perStep = splitCount(random, checkboxes, numbered, 2);
  const fencesPerStep = splitCount(random, fences, numbered, 0);

  perStep.forEach((count, index) => {
    lines.push(`${index + 1}. **${random.pick(VERBS)}** the ${phrase(random, random.integer(3, 6))}`);
    for (let fence = 0; fence < fencesPerStep[index]; fence++) {
      lines.push('', ...codeBlock(random).map((line) => `   ${line}`), '');
    }
    for (let step = 0; step < count - 1; step++) {
      lines.push(`   - [ ] ${sentence(random, 4, 12)}`);
    }
    if (random.chance(0.3)) {
      lines.push(`   - **Pro tip**: ${sentence(random)}`);
    }
    lines.push(`   - [ ] **Expected result**: ${sentence(random, 4, 10)}`, '');
  });
  return lines;
}

function codeBlock(random: SeededRandom): string[] {
  const language = random.pickWeighted(shape.FENCE_LANGUAGES);
  const body: string[] = [];
  for (let line = random.integer(1, 6); line > 0; line--) {
    switch (language) {
      case 'bash':
        body.push(`tool ${random.pick(VERBS).toLowerCase()} --${random.pick(NOUNS)} ${random.pick(NOUNS)}`);
        break;
      case 'hcl':
        body.push(`${random.pick(NOUNS)}_${random.pick(NOUNS)} = "${random.pick(NOUNS)}"`);
        break;
      case 'json':
        body.push(`{ "${random.pick(NOUNS)}": "${random.pick(NOUNS)}" }`);
        break;
      case 'mermaid':
        body.push(`  ${random.pick(NOUNS)} --> ${random.pick(NOUNS)}`);
        break;
      default:
        body.push(sentence(random));
    }
  }
  return ['```' + language, ...body, '```'];
}

function completionCheck(random: SeededRandom, checkboxes: number): string[] {
  const lines = ['## Completion Check', '', sentence(random), ''];
  if (checkboxes > 0) {
    for (let index = 0; index < checkboxes; index++) {
      lines.push(`- [ ] ${sentence(random, 4, 10)}`);
    }
  } else {
    for (let index = random.integer(3, 5); index > 0; index--) {
      lines.push(`- **${title(random, 2)}**: ${sentence(random)}`);
    }
  }
  lines.push('');
  return lines;
}

function referenceAppendix(random: SeededRandom): string[] {
  return [
    '---',
    '',
    '## Reference Appendix',
    '',
    '### Help Resources',
    '',
    ...bullets(random, (text) => `- **${random.pick(TOOLS)}**: ${text}`),
    '',
    '### Professional Tips',
    '',
    ...bullets(random, (text) => `- ${text}`),
    '',
    '### Troubleshooting',
    '',
    ...troubleshootingEntry(random),
  ];
}

function troubleshootingEntry(random: SeededRandom): string[] {
  return [`**Issue**: ${sentence(random)}`, '', `- **Quick Fix**: ${sentence(random)}`, ''];
}

function bullets(random: SeededRandom, format: (text: string) => string): string[] {
  return Array.from({ length: random.integer(2, 5) }, () => format(sentence(random)));
}

function sentences(random: SeededRandom, count: Quantiles): string[] {
  return Array.from({ length: random.sample(count) }, () => sentence(random, 4, 10));
}

function prerequisites(random: SeededRandom, earlierIds: readonly string[]): string[] {
  const count = Math.min(random.sample(shape.PREREQUISITE_KATAS), earlierIds.length);
  return Array.from({ length: count }, () => random.pick(earlierIds));
}

function yamlList(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.map((item) => `  - ${item}`)];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
