// Time on task: counting between events, idle gaps, pauses, section switches,
// saved state, and the text against a task's estimate.

import * as assert from 'assert';

import { formatAgainstEstimate, formatAgainstEstimateInEnglish, IDLE_CUTOFF_MS, TimeOnTask } from '../../src/core/timeOnTask';

const MINUTE = 60_000;

/** Returns a tracker started on `task-1` at time 0 that ticked at each given minute. */
function tickedAt(minutes: number[]): TimeOnTask {
  const tracker = new TimeOnTask();
  tracker.start('task-1', 0);
  for (const minute of minutes) {
    tracker.tick(minute * MINUTE);
  }
  return tracker;
}

describe('time on task', () => {
  describe('ticks and idle gaps', () => {
    const cases: { name: string; ticks: number[]; now: number; expected: number }[] = [
      { name: 'nothing before start', ticks: [], now: 0, expected: 0 },
      { name: 'steady ticks', ticks: [1, 2, 3, 4, 5], now: 5, expected: 5 },
      { name: 'pending time up to now', ticks: [1, 2], now: 3, expected: 3 },
      { name: 'gap at the cutoff', ticks: [10], now: 10, expected: 10 },
      { name: 'gap past the cutoff', ticks: [1, 12], now: 12, expected: 1 },
      { name: 'work after an idle gap', ticks: [1, 30, 31, 32], now: 32, expected: 3 },
      { name: 'pending gap past the cutoff', ticks: [1, 2], now: 20, expected: 2 },
      { name: 'clock going back', ticks: [2, 1, 3], now: 3, expected: 4 },
    ];

    for (const { name, ticks, now, expected } of cases) {
      it(`counts ${name}`, () => {
        const tracker = tickedAt(ticks);

        assert.strictEqual(tracker.totalMinutes(now * MINUTE), expected);
        assert.deepStrictEqual(tracker.minutesBySection(now * MINUTE), expected === 0 ? {} : { 'task-1': expected });
      });
    }

    it('counts one ms past the cutoff as idle', () => {
      const tracker = new TimeOnTask();
      tracker.start('task-1', 0);
      tracker.tick(IDLE_CUTOFF_MS);
      tracker.tick(2 * IDLE_CUTOFF_MS + 1);

      assert.strictEqual(tracker.totalMinutes(2 * IDLE_CUTOFF_MS + 1), IDLE_CUTOFF_MS / MINUTE);
    });

    it('counts nothing for ticks before start', () => {
      const tracker = new TimeOnTask();
      tracker.tick(MINUTE);
      tracker.tick(2 * MINUTE);

      assert.strictEqual(tracker.totalMinutes(3 * MINUTE), 0);
      assert.strictEqual(tracker.currentSectionId, undefined);
    });
  });

  describe('pause and resume', () => {
    it('adds nothing while paused', () => {
      const tracker = tickedAt([1, 2]);
      tracker.pause(3 * MINUTE);
      assert.strictEqual(tracker.isPaused, true);

      tracker.tick(4 * MINUTE);
      assert.strictEqual(tracker.totalMinutes(8 * MINUTE), 3);

      tracker.resume(20 * MINUTE);
      assert.strictEqual(tracker.isPaused, false);
      tracker.tick(21 * MINUTE);
      assert.strictEqual(tracker.totalMinutes(22 * MINUTE), 5);
    });

    it('ignores resume when running', () => {
      const tracker = tickedAt([1, 2]);
      tracker.resume(3 * MINUTE);

      assert.strictEqual(tracker.totalMinutes(4 * MINUTE), 4);
    });

    it('restarts counting on start after pause', () => {
      const tracker = tickedAt([1]);
      tracker.pause(2 * MINUTE);
      tracker.start('task-2', 30 * MINUTE);

      assert.strictEqual(tracker.isPaused, false);
      assert.deepStrictEqual(tracker.minutesBySection(33 * MINUTE), { 'task-1': 2, 'task-2': 3 });
    });
  });

  describe('switching sections', () => {
    it('splits time between sections', () => {
      const tracker = tickedAt([1, 2]);
      tracker.switchTo('task-2', 3 * MINUTE);
      tracker.tick(4 * MINUTE);
      tracker.switchTo('task-1', 5 * MINUTE);

      assert.strictEqual(tracker.currentSectionId, 'task-1');
      assert.deepStrictEqual(tracker.minutesBySection(7 * MINUTE), { 'task-1': 5, 'task-2': 2 });
      assert.strictEqual(tracker.totalMinutes(7 * MINUTE), 7);
    });

    it('switches sections while paused', () => {
      const tracker = tickedAt([1]);
      tracker.pause(MINUTE);
      tracker.switchTo('task-2', 5 * MINUTE);
      tracker.resume(6 * MINUTE);

      assert.deepStrictEqual(tracker.minutesBySection(8 * MINUTE), { 'task-1': 1, 'task-2': 2 });
    });

    it('reports milliseconds of one section', () => {
      const tracker = tickedAt([1]);
      tracker.switchTo('task-2', 2 * MINUTE);

      assert.equal(tracker.msOf('task-1', 2 * MINUTE), 2 * MINUTE);
      assert.equal(tracker.msOf('task-2', 2 * MINUTE + 500), 500);
      assert.equal(tracker.msOf('task-3', 3 * MINUTE), 0);
    });

    it('leaves out sections under half a minute', () => {
      const tracker = new TimeOnTask();
      tracker.start('setup', 0);
      tracker.switchTo('task-1', 20_000);

      assert.deepStrictEqual(tracker.minutesBySection(20_000 + 2 * MINUTE), { 'task-1': 2 });
    });

    it('rounds the sum for the total', () => {
      const tracker = new TimeOnTask();
      tracker.start('setup', 0);
      tracker.switchTo('task-1', 20_000);
      tracker.switchTo('task-2', 40_000);

      assert.deepStrictEqual(tracker.minutesBySection(60_000), {});
      assert.strictEqual(tracker.totalMinutes(60_000), 1);
    });
  });

  describe('saved state', () => {
    it('survives a JSON round trip', () => {
      const tracker = tickedAt([1, 2]);
      tracker.switchTo('task-2', 3 * MINUTE);

      const restored = TimeOnTask.fromJSON(JSON.parse(JSON.stringify(tracker)));
      restored.tick(4 * MINUTE);

      assert.deepStrictEqual(restored.toJSON(), {
        version: 1,
        sectionId: 'task-2',
        paused: false,
        lastEventMs: 4 * MINUTE,
        msBySection: { 'task-1': 3 * MINUTE, 'task-2': MINUTE },
      });
      assert.strictEqual(restored.isPaused, false);
    });

    it('keeps a paused state', () => {
      const tracker = tickedAt([1]);
      tracker.pause(2 * MINUTE);

      const restored = TimeOnTask.fromJSON(tracker.toJSON());

      assert.strictEqual(restored.isPaused, true);
      assert.strictEqual(restored.totalMinutes(9 * MINUTE), 2);
    });

    const damaged: { name: string; value: unknown; minutes: Record<string, number> }[] = [
      { name: 'null', value: null, minutes: {} },
      { name: 'an array', value: [1, 2], minutes: {} },
      { name: 'a string', value: 'task-1', minutes: {} },
      {
        name: 'bad times',
        value: { paused: true, msBySection: { a: -1, b: 'x', c: Number.POSITIVE_INFINITY, d: 3 * MINUTE } },
        minutes: { d: 3 },
      },
      { name: 'bad fields', value: { sectionId: 7, paused: 'yes', lastEventMs: -4, msBySection: [] }, minutes: {} },
    ];

    for (const { name, value, minutes } of damaged) {
      it(`restores ${name} without failing`, () => {
        const restored = TimeOnTask.fromJSON(value);

        assert.deepStrictEqual(restored.minutesBySection(MINUTE), minutes);
        assert.strictEqual(restored.currentSectionId, undefined);
      });
    }

    it('seeds from stored minutes', () => {
      const tracker = TimeOnTask.fromMinutesBySection({ 'task-1': 4, 'task-2': 'x', setup: -1 });

      assert.strictEqual(tracker.isPaused, true);
      assert.deepStrictEqual(tracker.minutesBySection(0), { 'task-1': 4 });

      tracker.start('task-1', 100 * MINUTE);
      tracker.tick(102 * MINUTE);
      assert.deepStrictEqual(tracker.minutesBySection(102 * MINUTE), { 'task-1': 6 });
    });
  });

  describe('formatAgainstEstimate', () => {
    const cases: { minutes: number; estimate?: { min: number; max: number }; expected: string }[] = [
      { minutes: 12, estimate: { min: 20, max: 25 }, expected: '12 of 20-25 min' },
      { minutes: 12, estimate: { min: 20, max: 20 }, expected: '12 of 20 min' },
      { minutes: 25, estimate: { min: 20, max: 25 }, expected: '25 of 20-25 min' },
      { minutes: 30, estimate: { min: 20, max: 25 }, expected: '30 min, 5 over 25' },
      { minutes: 12.4, estimate: { min: 10, max: 10 }, expected: '12 min, 2 over 10' },
      { minutes: 0, estimate: { min: 5, max: 10 }, expected: '0 of 5-10 min' },
      { minutes: -3, estimate: { min: 5, max: 10 }, expected: '0 of 5-10 min' },
      { minutes: 7, expected: '7 min' },
      { minutes: Number.NaN, expected: '0 min' },
    ];

    for (const { minutes, estimate, expected } of cases) {
      it(`formats ${minutes} as ${expected}`, () => {
        assert.strictEqual(formatAgainstEstimate(minutes, estimate), expected);
        assert.strictEqual(formatAgainstEstimateInEnglish(minutes, estimate), expected);
      });
    }
  });
});
