import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

import { referenceSchemaCheck } from './progressTestSupport';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'kata-coach.js');
const PROCESSES = 40;

/** Returns a kata with PROCESSES steps in one task, so that every process changes a different step. */
function kataMarkdown(): string {
  const steps = Array.from({ length: PROCESSES }, (_, index) => `   - [ ] Complete checklist item number ${index + 1}`);
  return [
    '---',
    'kata_id: busy-kata',
    'kata_category: troubleshooting',
    'kata_difficulty: 1',
    'estimated_time_minutes: 10',
    '---',
    '# Kata: Busy',
    '',
    '## Quick Context',
    '',
    'Many steps.',
    '',
    '## Practice Tasks',
    '',
    '### Task 1: Check everything (10 minutes)',
    '',
    '1. **Check** each item',
    ...steps,
    '',
  ].join('\n');
}

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('kata-coach progress processes', function () {
  this.timeout(120_000);
  let workspace: string;

  before(function () {
    if (!existsSync(CLI)) {
      console.log(`Skipping: ${path.relative(PROJECT_ROOT, CLI)} is missing; run "npm run build" first.`);
      this.skip();
    }
  });

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'kata-coach-progress-cli-'));
    await mkdir(path.join(workspace, 'katas'));
    await writeFile(path.join(workspace, 'katas', 'busy.md'), kataMarkdown());
  });

  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it(`${PROCESSES} concurrent set commands all land`, async function () {
    const inspect = await run(['inspect', '--json', workspace]);
    const stepIds = (JSON.parse(inspect.stdout) as { steps: { id: string }[] }[])[0].steps.map((step) => step.id);
    assert.equal(stepIds.length, PROCESSES);

    const runs = await Promise.all(stepIds.map((id) => run(['progress', 'set', workspace, 'busy-kata', id, '--checked', '--source', 'import'])));
    runs.forEach((result, index) => assert.equal(result.status, 0, `process ${index}: ${result.stderr}`));

    const filePath = path.join(workspace, '.copilot-tracking', 'learning', 'kata-progress-busy-kata.json');
    const document = JSON.parse(await readFile(filePath, 'utf8')) as { progress: { checkboxStates: Record<string, boolean>; completedTasks: number }; history: unknown[] };
    for (const id of stepIds) {
      assert.equal(document.progress.checkboxStates[id], true, id);
    }
    assert.equal(document.progress.completedTasks, PROCESSES);
    assert.equal(document.history.length, PROCESSES);

    const check = referenceSchemaCheck(this);
    assert.deepEqual(check(document), []);
  });

  it('show lists done and total', async () => {
    const inspect = await run(['inspect', '--json', workspace]);
    const firstStep = (JSON.parse(inspect.stdout) as { steps: { id: string }[] }[])[0].steps[0].id;
    assert.equal((await run(['progress', 'set', workspace, 'busy-kata', firstStep, '--checked'])).status, 0);

    const show = await run(['progress', 'show', workspace, '--json']);
    assert.equal(show.status, 0, show.stderr);
    const [summary] = JSON.parse(show.stdout) as { id: string; done: number; total: number; percent: number; orphans: number }[];
    assert.deepEqual([summary.id, summary.done, summary.total, summary.percent, summary.orphans], ['busy-kata', 1, PROCESSES, 2.5, 0]);
  });

  it('unknown step exits with 2', async () => {
    const result = await run(['progress', 'set', workspace, 'busy-kata', 'no-such-step', '--checked']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /kata "busy-kata" has no step "no-such-step"\. Run "kata-coach inspect --json/);
  });

  it('unknown kata exits with 2', async () => {
    const result = await run(['progress', 'set', workspace, 'other-kata', 'x', '--unchecked']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /kata "other-kata" not found under/);
  });
});
