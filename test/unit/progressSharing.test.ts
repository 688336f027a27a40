import * as assert from 'node:assert/strict';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import type { Kata } from '../../src/core/model';
import type { ProgressDocument } from '../../src/core/progress/document';
import { HISTORY_LIMIT } from '../../src/core/progress/history';
import { LOCK_TIMEOUT_MS } from '../../src/core/progress/lock';
import { PROGRESS_FOLDER } from '../../src/core/progress/paths';
import { ProgressStore } from '../../src/core/progress/store';
import { MemoryFileSystem } from './memoryFileSystem';
import { makeKata, RecordingFileSystem, referenceSchemaCheck, sampleKata } from './progressTestSupport';

const NOW = new Date('2026-12-04T10:15:00.000Z');
const FOLDER = path.join(path.sep, 'workspace', PROGRESS_FOLDER);

/** Returns a coach file in the shape of the reference format, with data Kata Coach does not use. */
function coachDocument(kataId: string, lastUpdated: string, states: Record<string, boolean>): ProgressDocument {
  return {
    metadata: { version: '1.0.0', kataId, source: 'coach', fileType: 'kata-progress', lastUpdated, sessionId: 'session-20250709-164310' },
    timestamp: lastUpdated,
    progress: { checkboxStates: states, timeSpent: 42, validationCheckpoints: { 'checkpoint-1': { completed: true } } },
    coaching: { aiCoachingEnabled: true, nextSteps: ['Finish task 2'], learningStyle: 'visual' },
    coachingData: { coachingNotes: [{ timestamp: lastUpdated, note: 'Steady progress', type: 'observation' }] },
    learningAnalytics: { skillsAssessed: ['debugging'], competencyLevel: { debugging: 'developing' } },
    history: [{ timestamp: lastUpdated, source: 'coach', action: 'created', changes: { note: 'first session' } }],
  };
}

/** Returns a kata whose steps have real sentences, for re-matching. */
function textKata(texts: Record<string, string[]>): Kata {
  const kata = makeKata('text-kata', 'troubleshooting', Object.keys(texts).map(() => ({ kind: 'task' as const, stepIds: [] })));
  Object.values(texts).forEach((stepTexts, index) => {
    kata.sections[index].steps = stepTexts.map((text, stepIndex) => ({
      id: text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, ''),
      line: 100 * (index + 1) + stepIndex,
      checkedInFile: false,
      text,
    }));
  });
  return kata;
}

describe('ProgressStore sharing', () => {
  const written: string[] = [];
  let fs: MemoryFileSystem;
  let log: MemoryLogger;

  beforeEach(async () => {
    fs = new MemoryFileSystem();
    log = new MemoryLogger();
    await fs.mkdir(FOLDER);
  });

  function newStore(now = NOW, options = {}): ProgressStore {
    return new ProgressStore(new RecordingFileSystem(fs, written), FOLDER, log, () => now, options);
  }

  function put(name: string, value: unknown): string {
    const filePath = path.join(FOLDER, name);
    fs.files.set(filePath, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return filePath;
  }

  function documentAt(filePath: string): ProgressDocument {
    return JSON.parse(fs.files.get(filePath)!) as ProgressDocument;
  }

  function warnings(): string[] {
    return log.entries.filter((entry) => entry.level === 'warn').map((entry) => entry.message);
  }

  it('timestamped file is read and updated', async () => {
    const legacy = put('kata-progress-sample-kata-20250709-164310.json', coachDocument('sample-kata', '2025-07-09T16:43:10.000Z', { 'task-b': true }));

    const loaded = await newStore().load('sample-kata');
    assert.equal(loaded.filePath, legacy);
    assert.equal(loaded.states['task-b'], true);

    const saved = await newStore().save(sampleKata(), { 'setup-a': true }, 'ui');
    assert.equal(saved.filePath, legacy);
    assert.deepEqual([...fs.files.keys()], [legacy], 'no second file is created');
    assert.equal(documentAt(legacy).progress.checkboxStates['task-b'], true);
    assert.equal(documentAt(legacy).progress.checkboxStates['setup-a'], true);
  });

  it('newest file wins by lastUpdated', async () => {
    put('kata-progress-sample-kata-20250709-164310.json', coachDocument('sample-kata', '2025-07-09T16:43:10.000Z', { 'task-b': true }));
    const newer = put('kata-progress-sample-kata-20250801-090000.json', coachDocument('sample-kata', '2025-08-01T09:00:00.000Z', { 'task-c': true }));
    put('kata-progress-sample-kata.json', coachDocument('sample-kata', '2025-07-20T00:00:00.000Z', { 'done-d': true }));

    const loaded = await newStore().load('sample-kata');

    assert.equal(loaded.filePath, newer);
    assert.deepEqual(loaded.states, { 'task-c': true });
  });

  it('prefix kata ids keep their own files', async () => {
    const shortFile = put('kata-progress-demo-100.json', coachDocument('demo-100', '2025-07-01T00:00:00.000Z', { a: true }));
    put('kata-progress-demo-100-advanced.json', coachDocument('demo-100-advanced', '2025-09-01T00:00:00.000Z', { b: true }));
    put('kata-progress-demo-100-2.json', coachDocument('demo-100-2', '2025-09-01T00:00:00.000Z', { c: true }));

    const known = ['demo-100', 'demo-100-2', 'demo-100-advanced'];
    const loaded = await newStore().load('demo-100', { knownIds: known });
    assert.equal(loaded.filePath, shortFile);
    assert.deepEqual(loaded.states, { a: true });

    const viaOption = await newStore(NOW, { knownIds: () => known }).load('demo-100');
    assert.equal(viaOption.filePath, shortFile);

    const withoutIndex = await newStore().load('demo-100');
    assert.deepEqual(withoutIndex.states, { c: true }, 'without known ids a digit suffix is taken for a timestamp');
  });

  it('older coach shape is converted', async () => {
    const kata = textKata({ setup: ['Install the CLI'], task: ['Deploy the **app**', 'Check the logs'] });
    const document = coachDocument('text-kata', '2025-07-09T16:43:10.000Z', {}) as Record<string, any>;
    delete document.progress.checkboxStates;
    document.progress.tasksCompleted = ['install-the-cli', 'deploy the app', 'A step that no longer exists'];
    const filePath = put('kata-progress-text-kata.json', document);

    const loaded = await newStore().load('text-kata', { kata });
    assert.equal(loaded.recovered, undefined);
    assert.deepEqual(loaded.states, { 'install-the-cli': true, 'deploy-the-app': true });
    assert.equal(fs.files.has(filePath), true, 'the file is not moved aside');

    const saved = await newStore().save(kata, { 'check-the-logs': true }, 'ui');
    const rewritten = documentAt(saved.filePath);
    assert.deepEqual(rewritten.progress.checkboxStates, { 'install-the-cli': true, 'deploy-the-app': true, 'check-the-logs': true });
    assert.deepEqual(rewritten.progress.tasksCompleted, document.progress.tasksCompleted, 'the old field is kept');
    assert.equal(rewritten.progress.completedTasks, 3);
  });

  it('unknown coach fields survive a rewrite', async () => {
    const original = coachDocument('sample-kata', '2025-07-09T16:43:10.000Z', { 'setup-a': true });
    const filePath = put('kata-progress-sample-kata.json', original);

    await newStore().save(sampleKata(), { 'task-b': true }, 'ui', { timeSpentMinutes: 50.4 });

    const rewritten = documentAt(filePath);
    assert.deepEqual(rewritten.coaching, original.coaching);
    assert.deepEqual(rewritten.coachingData, original.coachingData);
    assert.deepEqual(rewritten.learningAnalytics, original.learningAnalytics);
    assert.deepEqual(rewritten.progress.validationCheckpoints, original.progress.validationCheckpoints);
    assert.equal(rewritten.metadata.sessionId, 'session-20250709-164310');
    assert.equal(rewritten.progress.timeSpent, 50);
    assert.deepEqual((rewritten.history as unknown[])[0], (original.history as unknown[])[0]);
    assert.deepEqual((rewritten.history as unknown[])[1], {
      timestamp: NOW.toISOString(),
      source: 'ui',
      action: 'updated',
      changes: { checked: ['task-b'], unchecked: [] },
    });
  });

  it('time spent is kept without a new value', async () => {
    put('kata-progress-sample-kata.json', coachDocument('sample-kata', '2025-07-09T16:43:10.000Z', {}));
    const saved = await newStore().save(sampleKata(), { 'task-b': true }, 'ui');
    assert.equal(saved.document?.progress.timeSpent, 42);
  });

  it('edited step text is re-matched', async () => {
    const before = textKata({ setup: ['Install the kata coach command line tool'], task: ['Deploy the sample app to the edge cluster'] });
    const store = newStore();
    await store.save(before, { 'install-the-kata-coach-command-line-tool': true, 'deploy-the-sample-app-to-the-edge-cluster': true }, 'ui');

    const after = textKata({ setup: ['Install the kata coach command line tool'], task: ['Deploy the sample app to the edge cluster now'] });
    const loaded = await store.load('text-kata', { kata: after });
    assert.equal(loaded.states['deploy-the-sample-app-to-the-edge-cluster-now'], true);
    assert.equal('deploy-the-sample-app-to-the-edge-cluster' in loaded.states, false);
    assert.deepEqual(loaded.orphans, []);

    const saved = await store.save(after, {}, 'ui');
    const states = documentAt(saved.filePath).progress.checkboxStates;
    assert.equal(states['deploy-the-sample-app-to-the-edge-cluster-now'], true);
    assert.equal('deploy-the-sample-app-to-the-edge-cluster' in states, false, 'the orphan entry is removed on write');
  });

  it('dissimilar or ambiguous text stays orphan', async () => {
    const before = textKata({ task: ['Deploy the sample app to the edge cluster', 'Read the release notes'] });
    const store = newStore();
    await store.save(before, { 'deploy-the-sample-app-to-the-edge-cluster': true, 'read-the-release-notes': true }, 'ui');

    // Below 0.6: "Read the release notes" shares 2 of 6 words with "Write the migration notes today".
    // Tie: both new deploy steps are equally similar to the old one.
    const after = textKata({
      task: ['Deploy the sample app to the edge cluster one', 'Deploy the sample app to the edge cluster two', 'Write the migration notes today'],
    });
    const loaded = await store.load('text-kata', { kata: after });

    assert.deepEqual(
      loaded.orphans.map((orphan) => orphan.id),
      ['deploy-the-sample-app-to-the-edge-cluster', 'read-the-release-notes'],
    );
    assert.equal(loaded.orphans[1].text, 'Read the release notes');
    assert.equal(loaded.states['deploy-the-sample-app-to-the-edge-cluster-one'], undefined);
    assert.equal(loaded.states['write-the-migration-notes-today'], undefined);
  });

  it('same section breaks a similarity tie', async () => {
    const before = textKata({ one: ['Open the dashboard page'], two: ['Other step'] });
    const store = newStore();
    await store.save(before, { 'open-the-dashboard-page': true }, 'ui');

    const after = textKata({ one: ['Open the dashboard page now'], two: ['Other step', 'Open the dashboard page now please'] });
    after.sections[1].steps[1].text = 'Open the dashboard page now';
    after.sections[1].steps[1].id = 'open-the-dashboard-page-now-2';
    const loaded = await store.load('text-kata', { kata: after });

    assert.equal(loaded.states['open-the-dashboard-page-now'], true);
    assert.equal(loaded.states['open-the-dashboard-page-now-2'], undefined);
  });

  it('burst of saves is one write', async () => {
    const store = newStore();
    await store.save(sampleKata(), {}, 'ui');
    const renamesBefore = fs.calls.get('rename');

    const results = await Promise.all([
      store.save(sampleKata(), { 'setup-a': true }, 'ui'),
      store.save(sampleKata(), { 'task-b': true }, 'coach'),
      store.save(sampleKata(), { 'setup-a': false }, 'ui'),
      store.save(sampleKata(), { 'task-c': true }, 'ui'),
    ]);

    assert.equal(fs.calls.get('rename'), renamesBefore! + 1);
    for (const result of results) {
      assert.deepEqual(result.states, { 'setup-a': false, 'task-b': true, 'task-c': true, 'done-d': false });
    }
    const history = documentAt(results[0].filePath).history as { source: string; changes: unknown }[];
    assert.equal(history.length, 5);
    assert.deepEqual(history.slice(1).map((entry) => entry.changes), [
      { checked: ['setup-a'], unchecked: [] },
      { checked: ['task-b'], unchecked: [] },
      { checked: [], unchecked: ['setup-a'] },
      { checked: ['task-c'], unchecked: [] },
    ]);
    assert.equal(history[2].source, 'coach');

    await store.flush();
    assert.deepEqual([...fs.files.keys()], [results[0].filePath]);
  });

  it('reset and restore round trip', async () => {
    const store = newStore();
    await store.save(sampleKata(), { 'setup-a': true, 'task-b': true, 'task-c': true, 'done-d': true }, 'ui');

    const reset = await store.reset(sampleKata(), ['task-b', 'task-c'], 'ui');
    assert.deepEqual(reset.previousStates, { 'task-b': true, 'task-c': true });
    assert.deepEqual(reset.states, { 'setup-a': true, 'task-b': false, 'task-c': false, 'done-d': true });

    const all = await store.reset(sampleKata(), undefined, 'coach');
    assert.deepEqual(all.previousStates, { 'setup-a': true, 'task-b': false, 'task-c': false, 'done-d': true });
    assert.equal(all.document?.progress.completedTasks, 0);

    const restored = await store.restore(sampleKata(), all.previousStates, 'ui');
    assert.deepEqual(restored.states, { 'setup-a': true, 'task-b': false, 'task-c': false, 'done-d': true });

    const history = restored.document?.history as { action: string; changes: { checked: string[]; unchecked: string[] } }[];
    assert.deepEqual(history.map((entry) => entry.action), ['created', 'reset', 'reset', 'updated']);

    // Entries list only the steps whose state really changed.
    assert.deepEqual(history[2].changes, { checked: [], unchecked: ['setup-a', 'done-d'] });
    assert.deepEqual(history[3].changes, { checked: ['setup-a', 'done-d'], unchecked: [] });
  });

  it('created, completed and updated actions', async () => {
    const store = newStore();
    await store.save(sampleKata(), { 'setup-a': true }, 'ui');
    await store.save(sampleKata(), { 'task-b': true, 'task-c': true }, 'ui');
    const done = await store.save(sampleKata(), { 'done-d': true }, 'ui');
    const again = await store.save(sampleKata(), { 'done-d': true }, 'ui');

    assert.equal(done.document?.progress.currentStep, undefined);
    const actions = (again.document?.history as { action: string }[]).map((entry) => entry.action);
    assert.deepEqual(actions, ['created', 'updated', 'completed'], 'checking a checked step adds no entry');
  });

  it('history skips a save that changes nothing', async () => {
    const filePath = put('kata-progress-sample-kata.json', coachDocument('sample-kata', '2025-07-09T16:43:10.000Z', {}));

    await newStore().save(sampleKata(), { 'setup-a': true }, 'ui');
    await newStore().save(sampleKata(), { 'setup-a': true }, 'ui');

    const history = documentAt(filePath).history as { changes: unknown }[];
    assert.equal(history.length, 2);
    assert.deepEqual(history[1].changes, { checked: ['setup-a'], unchecked: [] });
  });

  it('history keeps the newest entries', async () => {
    const document = coachDocument('sample-kata', '2025-07-09T16:43:10.000Z', {});
    document.history = Array.from({ length: HISTORY_LIMIT - 1 }, (_, index) => ({ timestamp: NOW.toISOString(), source: 'coach', action: 'updated', changes: { index } }));
    const filePath = put('kata-progress-sample-kata.json', document);

    await newStore().save(sampleKata(), { 'setup-a': true }, 'ui');
    await newStore().save(sampleKata(), { 'task-b': true }, 'ui');

    const history = documentAt(filePath).history as { changes: Record<string, unknown> }[];
    assert.equal(HISTORY_LIMIT, 200);
    assert.equal(history.length, HISTORY_LIMIT);
    assert.deepEqual(history[0].changes, { index: 1 }, 'the oldest entry is dropped');
    assert.deepEqual(history[HISTORY_LIMIT - 1].changes, { checked: ['task-b'], unchecked: [] });
  });

  it('half-written file is read again', async () => {
    const filePath = put('kata-progress-sample-kata.json', '');
    const pauses: number[] = [];
    const sleep = async (ms: number) => {
      pauses.push(ms);
      // The other writer finishes its write while the store waits.
      put('kata-progress-sample-kata.json', coachDocument('sample-kata', '2025-07-09T16:43:10.000Z', { 'task-b': true }));
    };

    const loaded = await newStore(NOW, { sleep }).load('sample-kata');

    assert.equal(loaded.recovered, undefined, 'a file still being written was moved aside');
    assert.equal(loaded.states['task-b'], true);
    assert.equal(pauses.length, 1);
    assert.ok(fs.files.has(filePath));
  });

  it('still-empty file is moved aside', async () => {
    put('kata-progress-sample-kata.json', '');
    const loaded = await newStore(NOW, { sleep: async () => undefined }).load('sample-kata');
    assert.ok(loaded.recovered, 'an empty file was not moved aside');
    assert.match(loaded.recovered.reason, /not valid JSON/);
  });

  it('stale lock is removed with a warning', async () => {
    const lockPath = path.join(FOLDER, 'kata-progress-sample-kata.json.lock');
    put('kata-progress-sample-kata.json.lock', { pid: 1, createdAt: new Date(NOW.getTime() - 11_000).toISOString(), token: 'old' });

    const saved = await newStore(NOW, { sleep: async () => undefined }).save(sampleKata(), { 'setup-a': true }, 'ui');

    assert.equal(saved.states['setup-a'], true);
    assert.equal(fs.files.has(lockPath), false);
    assert.equal(warnings().length, 1);
    assert.match(warnings()[0], /^Removed stale lock .*kata-progress-sample-kata\.json\.lock/);
  });

  it('held lock times out', async () => {
    put('kata-progress-sample-kata.json.lock', { pid: 1, createdAt: new Date(NOW.getTime() - 9_000).toISOString(), token: 'live' });
    const pauses: number[] = [];
    const store = newStore(NOW, { sleep: async (ms: number) => void pauses.push(ms), random: () => 0.5 });

    await assert.rejects(store.save(sampleKata(), { 'setup-a': true }, 'ui'), new RegExp(`Timed out after ${LOCK_TIMEOUT_MS} ms waiting for the lock`));

    const waited = pauses.reduce((sum, pause) => sum + pause, 0);
    assert.ok(waited >= LOCK_TIMEOUT_MS, `waited ${waited} ms in total`);
    assert.equal(fs.files.has(path.join(FOLDER, 'kata-progress-sample-kata.json')), false);
    assert.deepEqual(warnings(), []);
  });

  it('killed writer leaves a recoverable folder', async () => {
    const first = await newStore().save(sampleKata(), { 'setup-a': true }, 'ui');

    fs.killBeforeNextRename = true;
    await assert.rejects(newStore().save(sampleKata(), { 'task-b': true }, 'ui'), /writer killed before rename/);
    const leftovers = [...fs.files.keys()].filter((file) => file.includes('.tmp-'));
    assert.equal(leftovers.length, 1);

    const loaded = await newStore().load('sample-kata');
    assert.equal(loaded.recovered, undefined);
    assert.deepEqual(loaded.states, first.states);

    const sameMinute = await newStore(new Date(NOW.getTime() + 30_000)).save(sampleKata(), { 'task-c': true }, 'ui');
    assert.equal(sameMinute.states['task-c'], true);
    assert.equal(fs.files.has(leftovers[0]), true, 'a temporary file younger than a minute stays');

    await newStore(new Date(NOW.getTime() + 61_000)).save(sampleKata(), { 'done-d': true }, 'ui');
    assert.deepEqual([...fs.files.keys()], [first.filePath]);
  });

  it('written documents pass the reference schema', function () {
    const check = referenceSchemaCheck(this);
    assert.ok(written.length >= 20, `expected the tests above to write documents, got ${written.length}`);

    for (const text of written) {
      const document = JSON.parse(text) as { metadata: { kataId: string } };
      assert.deepEqual(check(document), [], `document of ${document.metadata.kataId}`);
    }
  });
});
