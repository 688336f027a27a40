// Formats the results: a text table for people and one JSON object for tools.

import * as os from 'node:os';
import type { SizeResult } from './runner';

/** The machine a run was measured on, without host names or paths. */
export interface Machine {
  os: string;
  cpuModel: string;
  /** Logical CPUs that os.cpus() reports. */
  cores: number;
  memoryGB: number;
  node: string;
}

/** A size's results with the ratios between subjects; a ratio is null when a side has no implementation. */
export interface ReportRow extends SizeResult {
  coldPerLimit: number;
  naivePerCold: number;
  warmPerCold: number | null;
}

export interface JsonReport {
  machine: Machine;
  /** Timed runs per subject and size; each time is their median. */
  timedRuns: number;
  seed: number;
  runs: ReportRow[];
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
  };
}

/** Adds the ratios and rounds times to 0.1 ms, heap to 0.1 MB and ratios to 0.01. */
export function toReportRow(result: SizeResult): ReportRow {
  return {
    n: result.n,
    files: result.files,
    katas: result.katas,
    limitMs: round(result.limitMs, 1),
    naiveMs: round(result.naiveMs, 1),
    coldMs: round(result.coldMs, 1),
    warmMs: result.warmMs === null ? null : round(result.warmMs, 1),
    refreshMs: result.refreshMs === null ? null : round(result.refreshMs, 1),
    changeMs: result.changeMs === null ? null : round(result.changeMs, 1),
    heapMB: round(result.heapMB, 1),
    warmHeapMB: round(result.warmHeapMB, 1),
    coldPerLimit: round(result.coldMs / result.limitMs, 2),
    naivePerCold: round(result.naiveMs / result.coldMs, 2),
    warmPerCold: result.warmMs === null ? null : round(result.warmMs / result.coldMs, 2),
  };
}

// Digits after the point in the table: counts 0, times and heap 1, ratios 2.
const COLUMNS: readonly { header: string; digits: number; value: (row: ReportRow) => number | null }[] = [
  { header: 'n', digits: 0, value: (row) => row.n },
  { header: 'files', digits: 0, value: (row) => row.files },
  { header: 'katas', digits: 0, value: (row) => row.katas },
  { header: 'limit ms', digits: 1, value: (row) => row.limitMs },
  { header: 'naive ms', digits: 1, value: (row) => row.naiveMs },
  { header: 'cold ms', digits: 1, value: (row) => row.coldMs },
  { header: 'warm ms', digits: 1, value: (row) => row.warmMs },
  { header: 'refresh ms', digits: 1, value: (row) => row.refreshMs },
  { header: 'change ms', digits: 1, value: (row) => row.changeMs },
  { header: 'heap MB', digits: 1, value: (row) => row.heapMB },
  { header: 'warm heap MB', digits: 1, value: (row) => row.warmHeapMB },
  { header: 'cold/limit', digits: 2, value: (row) => row.coldPerLimit },
  { header: 'naive/cold', digits: 2, value: (row) => row.naivePerCold },
  { header: 'warm/cold', digits: 2, value: (row) => row.warmPerCold },
];

/** Returns a table with right-aligned columns; subjects without an implementation show `n/a`. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header = COLUMNS.map((column) => column.header);
  const body = rows.map((row) => COLUMNS.map((column) => formatValue(column.value(row), column.digits)));
  const cells = [header, ...body];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((line) => line[index].length)));
  return cells.map((line) => line.map((cell, index) => cell.padStart(widths[index])).join('  ')).join('\n') + '\n';
}

function formatValue(value: number | null, digits: number): string {
  return value === null ? 'n/a' : value.toFixed(digits);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
