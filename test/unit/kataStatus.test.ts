import * as assert from 'node:assert/strict';
import { countStatuses, describeInProgress, describeMinutes, describeRow, describeSteps, isCompleted, isInProgress, statusOf } from '../../src/core/kataStatus';

describe('kataStatus', () => {
  it('tells the status of a completion', () => {
    const cases: [number, number, string][] = [
      [0, 12, 'not-started'],
      [3, 12, 'in-progress'],
      [12, 12, 'done'],
      [0, 0, 'not-started'],
    ];
    for (const [done, total, expected] of cases) {
      assert.equal(statusOf({ done, total }), expected, `${done} of ${total}`);
    }
  });

  it('counts only katas in progress', () => {
    assert.equal(isInProgress({ done: 1, total: 2 }), true);
    assert.equal(isInProgress({ done: 2, total: 2 }), false);
    assert.equal(isInProgress({ done: 0, total: 2 }), false);
    assert.equal(isInProgress(undefined), false);
  });

  it('counts only finished katas as completed', () => {
    assert.equal(isCompleted({ done: 2, total: 2 }), true);
    assert.equal(isCompleted({ done: 1, total: 2 }), false);
    assert.equal(isCompleted({ done: 0, total: 0 }), false);
    assert.equal(isCompleted(undefined), false);
  });

  it('describes rows for screen readers', () => {
    assert.equal(describeRow('Git Basics', 'kata', { done: 3, total: 12 }), 'Git Basics, kata, 3 of 12 steps done, in progress');
    assert.equal(describeRow('Task 1: Commit', 'task', { done: 1, total: 1 }), 'Task 1: Commit, task, 1 of 1 step done, done');
    assert.equal(describeRow('Git Basics', 'kata', { done: 0, total: 4 }), 'Git Basics, kata, 0 of 4 steps done, not started');
    assert.equal(describeRow('Git Basics', 'kata', undefined), 'Git Basics, kata, steps not counted yet');
  });

  it('describes steps and the badge', () => {
    assert.equal(describeSteps({ done: 0, total: 1 }), '0 of 1 step done');
    assert.equal(describeInProgress(1), '1 kata in progress');
    assert.equal(describeInProgress(2), '2 katas in progress');
  });

  it('describes minutes', () => {
    assert.equal(describeMinutes(45), '45 min');
    assert.equal(describeMinutes(60), '1 h');
    assert.equal(describeMinutes(125), '2 h 5 min');
    assert.equal(describeMinutes(0), '0 min');
  });

  it('counts statuses of a group', () => {
    const counts = countStatuses([{ done: 2, total: 2 }, { done: 1, total: 2 }, { done: 0, total: 2 }, undefined, { done: 0, total: 0 }]);
    assert.deepEqual(counts, { done: 1, inProgress: 1, notStarted: 2, unknown: 1 });
  });
});
