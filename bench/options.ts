// Command-line options of the benchmark.

import { parseArgs } from 'node:util';
import { MIN_KATAS } from './generate';

export const DEFAULT_SIZES: readonly number[] = [100, 1000, 10000];
export const DEFAULT_RUNS = 5;

/** Fewer timed runs make the medians too noisy to compare, so only a `--quick` smoke run may use fewer. */
export const MIN_RUNS = 5;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  /** Whether to run an untimed warm-up round before the timed rounds; `--quick` skips it. */
  warmUp: boolean;
  json: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--sizes 100,1000,10000] [--runs 5] [--quick] [--json]

Generates synthetic kata repositories with the fixed seed 1 (cached in the
system's temporary folder under kata-coach-bench/, shared by every clone on
the machine) and times scanning them: limit (list and read only), naive
(gray-matter and markdown-it), and the product index cold, warm, refresh (the
check of a warm index against the disk) and after one change.

Options:
  --sizes LIST  Comma-separated numbers of kata files, each at least ${MIN_KATAS}.
                Default: ${DEFAULT_SIZES.join(',')}.
  --runs N      Timed runs per subject and size; the report shows the median.
                At least ${MIN_RUNS} unless --quick is given. Default: ${DEFAULT_RUNS}.
  --quick       Smoke run: 1 timed run (unless --runs is given) and no warm-up
                round. Its times are not comparable with a full run.
  --json        Print one JSON object on stdout instead of the table.
                Progress lines always go to stderr.
  --help        Print this help.
`;

/** Thrown for an invalid command-line argument. The message names the argument and the expected value. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseOptions(args: readonly string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        quick: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  const { values } = parsed;
  const quick = values.quick === true;
  let runs = quick ? 1 : DEFAULT_RUNS;
  if (values.runs !== undefined) {
    runs = parseRuns(values.runs, quick);
  }

  return {
    sizes: values.sizes === undefined ? [...DEFAULT_SIZES] : parseSizes(values.sizes),
    runs,
    warmUp: !quick,
    json: values.json === true,
    help: values.help === true,
  };
}

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((item) => item.trim());
  const invalid = sizes.filter((item) => !/^\d+$/.test(item) || Number(item) < MIN_KATAS);
  if (invalid.length > 0) {
    throw new UsageError(`Invalid --sizes "${text}": expected comma-separated integers of at least ${MIN_KATAS}, such as 100,1000.`);
  }
  return sizes.map(Number);
}

function parseRuns(text: string, quick: boolean): number {
  const minimum = quick ? 1 : MIN_RUNS;
  const runs = Number(text);
  if (!/^\d+$/.test(text) || runs < minimum) {
    const hint = quick ? '' : ' Add --quick for a smoke run with fewer runs.';
    throw new UsageError(`Invalid --runs "${text}": expected an integer of at least ${minimum}.${hint}`);
  }
  return runs;
}
