// Entry point of `npm run bench`: times the scan subjects on generated kata
// repositories of each size and prints a table, or JSON with `--json`.

import type { Logger } from '../src/core/log';
import { CheckFailure } from './checks';
import { parseOptions, USAGE, UsageError, type BenchOptions } from './options';
import { describeMachine, formatTable, toReportRow, type JsonReport } from './report';
import { benchmarkSize, type SizeResult } from './runner';

/** Seed of every generated repository, so each run measures the same files. */
const SEED = 1;

/** Progress goes to stderr, so stdout holds only the table or the JSON. */
const stderrLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`warning: ${message}\n`),
  error: (message) => process.stderr.write(`error: ${message instanceof Error ? message.message : message}\n`),
};

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }

  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }

  // The collections before each timed run and the heap figure need global.gc.
  if (typeof global.gc !== 'function') {
    stderrLogger.error('global.gc is missing: run node with --expose-gc, as `npm run bench` does.');
    process.exitCode = 2;
    return;
  }

  const started = Date.now();
  const results: SizeResult[] = [];
  for (const n of options.sizes) {
    results.push(await benchmarkSize(n, { runs: options.runs, warmUp: options.warmUp, seed: SEED, log: stderrLogger }));
  }
  stderrLogger.info(`Benchmark finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const rows = results.map(toReportRow);
  if (options.json) {
    const report: JsonReport = { machine: describeMachine(), timedRuns: options.runs, seed: SEED, runs: rows };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(formatTable(rows));
  }
}

main().catch((error: unknown) => {
  if (error instanceof CheckFailure) {
    stderrLogger.error(`Benchmark failed a result check: ${error.message}`);
  } else {
    stderrLogger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exitCode = 1;
});
