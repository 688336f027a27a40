// Time on task per kata section. The caller calls `tick(nowMs)` every minute
// while the window is focused and a kata editor or the coach panel is active.
// Time counts between consecutive events (start, tick, switch, pause) of a running
// tracker, so missing ticks mean the learner was away. Pure: callers pass the times.

import * as l10n from '@vscode/l10n';
import type { MinuteRange } from './model';

/**
 * Maximum gap between two events that still counts as work: 10 minutes. A longer
 * gap counts as idle and adds nothing, because ticks stopped while the learner was away.
 */
export const IDLE_CUTOFF_MS = 10 * 60 * 1000;

const MS_PER_MINUTE = 60 * 1000;

/** Version of the TimeOnTaskState layout, so a later change can read old states. */
export const TIME_ON_TASK_STATE_VERSION = 1;

/** The serialisable state of a TimeOnTask, as `toJSON()` returns it. */
export interface TimeOnTaskState {
  version: number;
  /** Section that time counts for, undefined before `start`. */
  sectionId?: string;
  paused: boolean;
  /** Time of the last event that counted, in epoch milliseconds. Undefined before `start`. */
  lastEventMs?: number;
  /** Milliseconds spent by section id. */
  msBySection: Record<string, number>;
}

/** Accumulates the time a learner spends on each section of one kata. */
export class TimeOnTask {
  private sectionId: string | undefined;
  private paused = false;
  private lastEventMs: number | undefined;
  private readonly msBySection = new Map<string, number>();

  /** Starts counting for `sectionId`, after adding the time since the last event to the previous section. */
  start(sectionId: string, nowMs: number): void {
    this.record(nowMs);
    this.sectionId = sectionId;
    this.paused = false;
    this.lastEventMs = nowMs;
  }

  /** Adds the time since the last event, then stops counting until `resume` or `start`. */
  pause(nowMs: number): void {
    this.record(nowMs);
    this.paused = true;
  }

  /** Counts again from `nowMs`, so the paused time adds nothing. */
  resume(nowMs: number): void {
    if (!this.paused) {
      return;
    }
    this.paused = false;
    this.lastEventMs = nowMs;
  }

  /** Adds the time since the last event to the current section, then counts for `sectionId`. */
  switchTo(sectionId: string, nowMs: number): void {
    this.record(nowMs);
    this.sectionId = sectionId;
  }

  /** Adds the time since the last event to the current section, unless the gap exceeds IDLE_CUTOFF_MS. */
  tick(nowMs: number): void {
    this.record(nowMs);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  get currentSectionId(): string | undefined {
    return this.sectionId;
  }

  /**
   * Returns whole minutes (rounded) by section id, with the time since the last
   * event counted as a tick at `nowMs` would count it. Sections under half a minute are left out.
   */
  minutesBySection(nowMs: number): Record<string, number> {
    const minutes: Record<string, number> = {};
    for (const [sectionId, ms] of this.totals(nowMs)) {
      const rounded = Math.round(ms / MS_PER_MINUTE);
      if (rounded > 0) {
        minutes[sectionId] = rounded;
      }
    }
    return minutes;
  }

  /** Returns the milliseconds spent on one section, the time since the last event included. */
  msOf(sectionId: string, nowMs: number): number {
    return this.totals(nowMs).get(sectionId) ?? 0;
  }

  /**
   * Returns the whole minutes (rounded) of all sections together. It rounds the sum,
   * so it can differ by a minute or so from the sum of `minutesBySection`.
   */
  totalMinutes(nowMs: number): number {
    let total = 0;
    for (const ms of this.totals(nowMs).values()) {
      total += ms;
    }
    return Math.round(total / MS_PER_MINUTE);
  }

  toJSON(): TimeOnTaskState {
    return {
      version: TIME_ON_TASK_STATE_VERSION,
      sectionId: this.sectionId,
      paused: this.paused,
      lastEventMs: this.lastEventMs,
      msBySection: Object.fromEntries(this.msBySection),
    };
  }

  /**
   * Restores a tracker from a `toJSON()` value read back from storage. Fields of
   * the wrong type and times that are not finite non-negative numbers are dropped,
   * so damaged state restarts counting instead of failing the panel.
   */
  static fromJSON(value: unknown): TimeOnTask {
    const tracker = new TimeOnTask();
    if (!isRecord(value)) {
      return tracker;
    }

    if (typeof value.sectionId === 'string') {
      tracker.sectionId = value.sectionId;
    }
    tracker.paused = value.paused === true;
    if (isTime(value.lastEventMs)) {
      tracker.lastEventMs = value.lastEventMs;
    }
    if (isRecord(value.msBySection)) {
      for (const [sectionId, ms] of Object.entries(value.msBySection)) {
        if (isTime(ms)) {
          tracker.msBySection.set(sectionId, ms);
        }
      }
    }
    return tracker;
  }

  /**
   * Creates a paused tracker seeded from stored whole minutes by section id
   * (`KataCoachData.minutesBySection`), for a kata whose full state was not kept.
   */
  static fromMinutesBySection(minutes: Readonly<Record<string, unknown>>): TimeOnTask {
    const tracker = new TimeOnTask();
    for (const [sectionId, value] of Object.entries(minutes)) {
      if (isTime(value)) {
        tracker.msBySection.set(sectionId, value * MS_PER_MINUTE);
      }
    }
    tracker.paused = true;
    return tracker;
  }

  /** Adds the time since the last event to the current section and moves the last event to `nowMs`. */
  private record(nowMs: number): void {
    const gap = this.countedGap(nowMs);
    if (gap > 0 && this.sectionId !== undefined) {
      this.msBySection.set(this.sectionId, (this.msBySection.get(this.sectionId) ?? 0) + gap);
    }
    if (!this.paused && this.lastEventMs !== undefined) {
      this.lastEventMs = nowMs;
    }
  }

  /** Returns the milliseconds since the last event that count, or 0 when paused, idle or the clock went back. */
  private countedGap(nowMs: number): number {
    if (this.paused || this.sectionId === undefined || this.lastEventMs === undefined) {
      return 0;
    }
    const gap = nowMs - this.lastEventMs;
    if (!Number.isFinite(gap) || gap <= 0 || gap > IDLE_CUTOFF_MS) {
      return 0;
    }
    return gap;
  }

  private totals(nowMs: number): Map<string, number> {
    const totals = new Map(this.msBySection);
    const pending = this.countedGap(nowMs);
    if (pending > 0 && this.sectionId !== undefined) {
      totals.set(this.sectionId, (totals.get(this.sectionId) ?? 0) + pending);
    }
    return totals;
  }
}

/** Time spent compared with an estimate, as `formatAgainstEstimate` words it. */
type TimeAgainstEstimate =
  | { kind: 'no-estimate'; spent: number }
  | { kind: 'over'; spent: number; over: number; max: number }
  | { kind: 'within'; spent: number; min: number; max: number };

function compareWithEstimate(minutes: number, estimate?: MinuteRange): TimeAgainstEstimate {
  const spent = Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
  if (estimate === undefined) {
    return { kind: 'no-estimate', spent };
  }
  if (spent > estimate.max) {
    return { kind: 'over', spent, over: spent - estimate.max, max: estimate.max };
  }
  return { kind: 'within', spent, min: estimate.min, max: estimate.max };
}

/**
 * Formats minutes against a task's estimate in the display language: `12 min`
 * without an estimate, `12 of 20-25 min` (or `12 of 20 min`) within it, and
 * `30 min, 5 over 25` past its maximum. Minutes are rounded to whole numbers,
 * and negative ones count as 0.
 */
export function formatAgainstEstimate(minutes: number, estimate?: MinuteRange): string {
  const time = compareWithEstimate(minutes, estimate);
  switch (time.kind) {
    case 'no-estimate':
      return l10n.t({ message: '{0} min', args: [time.spent], comment: ['A number of minutes, abbreviated.'] });
    case 'over':
      return l10n.t({
        message: '{0} min, {1} over {2}',
        args: [time.spent, time.over, time.max],
        comment: ['Time spent past an estimate: {0} minutes spent, {1} minutes more than the estimate of {2} minutes.'],
      });
    case 'within':
      return time.min === time.max
        ? l10n.t({ message: '{0} of {1} min', args: [time.spent, time.max], comment: ['Time spent against an estimate: {0} of {1} minutes.'] })
        : l10n.t({
            message: '{0} of {1}-{2} min',
            args: [time.spent, time.min, time.max],
            comment: ['Time spent against an estimate: {0} minutes of an estimate of {1} to {2} minutes.'],
          });
  }
}

/** Returns `formatAgainstEstimate`'s text in English, for language model prompts. */
export function formatAgainstEstimateInEnglish(minutes: number, estimate?: MinuteRange): string {
  const time = compareWithEstimate(minutes, estimate);
  switch (time.kind) {
    case 'no-estimate':
      return `${time.spent} min`;
    case 'over':
      return `${time.spent} min, ${time.over} over ${time.max}`;
    case 'within':
      return time.min === time.max ? `${time.spent} of ${time.max} min` : `${time.spent} of ${time.min}-${time.max} min`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
