// Checks that parse time grows linearly with file size. The test compares the
// minimum parse CPU time of a ~1 MB file with that of a ~100 KB file of the same
// shape: ideal linear parsing gives a ratio of 10 and quadratic parsing about
// 100. It asserts the ratio, never a wall-clock time, so a slow machine still
// passes.

import * as assert from 'assert';
import { allSteps } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';

const FILE = '/katas/large.md';

/**
 * Upper bound for the 1 MB / 100 KB time ratio. The files below measured 14 to
 * 18 in CPU time on a busy 2-core Linux machine, not 10, and wall-clock medians
 * reached 44 there under heavy load. The bound sits between linear and
 * quadratic growth (about 100).
 */
const MAX_TIME_RATIO = 40;
const TIMED_RUNS = 5;

interface GeneratedKata {
  text: string;
  /** Task-list items written outside code, comments and tables, which the parser must report. */
  checkboxCount: number;
  /** Of those, the ones written as `[x]` or `[X]`. */
  checkedCount: number;
}

/**
 * Builds a kata of `taskCount` practice tasks. Each task has numbered steps,
 * nested checkboxes, links and brackets in the text, a fence that contains
 * checkbox-like lines, a blockquote, a table, an HTML comment and bare `[ ]`.
 * The output depends on `taskCount` only.
 */
function generateKata(taskCount: number): GeneratedKata {
  const lines = [
    '---',
    'kata_id: scaling-100-large',
    'kata_category:',
    '  - scaling',
    'kata_difficulty: 3',
    'estimated_time_minutes: 600',
    '---',
    '# Kata: A very large kata',
    '',
    '## Essential Setup',
    '',
    '- [ ] Editor installed',
    '- [x] Repository cloned',
    '',
    '## Practice Tasks',
    '',
  ];
  let checkboxCount = 2;
  let checkedCount = 1;

  for (let task = 1; task <= taskCount; task++) {
    lines.push(
      `### Task ${task}: Deploy part ${task} [of the app] (20-25 minutes)`,
      '',
      `1. **Prepare** the [environment ${task}](./env-${task}.md) and read \`config[${task}]\``,
      `   - [ ] Open \`settings[${task}].json\` and check [the [nested] guide](./guide.md)`,
      `   - [x] **Expected result**: values in [brackets] such as [ ] and [x] are kept`,
      `     - [ ] Sub-check ${task} with a tab\tinside`,
      `       * [X] Deeper check ${task}`,
      '',
      '   ```markdown',
      '   - [ ] fenced example item',
      '   - [x] another fenced item',
      '   ```',
      '',
      `2. **Deploy** part ${task}`,
      `   1. [ ] Run \`deploy --part ${task}\``,
      '   2. [ ] Watch the logs',
      '',
      '   ~~~text',
      '   [ ] tilde fenced brackets',
      '   ~~~',
      '',
      `> - [ ] Quoted check ${task}`,
      '> - [x] Quoted done',
      '',
      '| Done | Step |',
      '|------|------|',
      `| [ ] | table cell ${task} |`,
      '',
      '<!--',
      '- [ ] commented out',
      '-->',
      '',
      `[ ] bare brackets [[${task}]] and [link][ref-${task}]`,
      '',
    );
    checkboxCount += 8;
    checkedCount += 3;
  }

  lines.push('## Completion Check', '', '- [ ] All parts deployed', '');
  checkboxCount += 1;

  return { text: lines.join('\n'), checkboxCount, checkedCount };
}

/**
 * Returns the minimum CPU time of `runs` parses. CPU time leaves out the time
 * this process waits while other processes run, and the minimum of several
 * runs leaves out garbage collection pauses, so a busy machine changes the
 * result far less than it changes wall-clock medians.
 */
function minParseMilliseconds(text: string, runs: number): number {
  let minimum = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    parseKataFile(text, FILE);
    const used = process.cpuUsage(start);
    minimum = Math.min(minimum, (used.user + used.system) / 1000);
  }
  return minimum;
}

/** Returns how many times as long the large text takes to parse as the small one, after warm-up runs. */
function measureTimeRatio(small: string, large: string, timedRuns: number): number {
  // Warm-up runs let the JIT compile the parser before anything is timed.
  minParseMilliseconds(generateKata(20).text, 20);
  minParseMilliseconds(small, 3);
  minParseMilliseconds(large, 1);

  const smallTime = minParseMilliseconds(small, timedRuns);
  const largeTime = minParseMilliseconds(large, timedRuns);
  const ratio = largeTime / smallTime;
  console.log(
    `    minimum parse CPU time: ${smallTime.toFixed(1)} ms for ${kilobytes(small)} KB, ` +
      `${largeTime.toFixed(1)} ms for ${kilobytes(large)} KB (ratio ${ratio.toFixed(1)})`,
  );
  return ratio;
}

function kilobytes(text: string): number {
  return Math.round(Buffer.byteLength(text, 'utf8') / 1000);
}

/** Asserts that the small file is near `smallTarget` bytes and the large one near ten times that. */
function assertSizes(small: GeneratedKata, large: GeneratedKata, smallTarget: number): void {
  const smallBytes = Buffer.byteLength(small.text, 'utf8');
  const largeBytes = Buffer.byteLength(large.text, 'utf8');

  assert.ok(smallBytes >= 0.9 * smallTarget, `small file is only ${smallBytes} bytes`);
  assert.ok(smallBytes <= 1.3 * smallTarget, `small file is ${smallBytes} bytes`);
  assert.ok(largeBytes >= 9 * smallTarget, `large file is only ${largeBytes} bytes`);
  assert.ok(largeBytes <= 13 * smallTarget, `large file is ${largeBytes} bytes`);
}

function assertAllCheckboxesFound(generated: GeneratedKata): void {
  const result = parseKataFile(generated.text, FILE);
  assert.ok(result.kata, result.notKataReason);

  assert.strictEqual(result.checkboxes.length, generated.checkboxCount);
  assert.strictEqual(result.checkboxes.filter((checkbox) => checkbox.checked).length, generated.checkedCount);
  assert.strictEqual(allSteps(result.kata).length, generated.checkboxCount);
  assert.deepStrictEqual(result.problems, []);
}

function assertLinear(small: GeneratedKata, large: GeneratedKata, timedRuns: number): void {
  const ratio = measureTimeRatio(small.text, large.text, timedRuns);

  assert.ok(
    ratio < MAX_TIME_RATIO,
    `${kilobytes(large.text)} KB took ${ratio.toFixed(1)} times as long as ${kilobytes(small.text)} KB, ` +
      `expected under ${MAX_TIME_RATIO}`,
  );
}

describe('parse time scaling', function () {
  // Parsing 1 MB a dozen times takes seconds, more on a busy machine, so the
  // timeout is raised well above it. Nothing here asserts a duration.
  this.timeout(120_000);

  // About 750 bytes per task: 135 tasks make ~100 KB and 1350 tasks ~1 MB.
  const small = generateKata(135);
  const large = generateKata(1350);

  it('generates files of the intended sizes', () => {
    assertSizes(small, large, 100_000);
  });

  it('finds every generated checkbox', () => {
    assertAllCheckboxesFound(small);
    assertAllCheckboxesFound(large);
  });

  it('grows linearly with file size', () => {
    assertLinear(small, large, TIMED_RUNS);
  });
});
