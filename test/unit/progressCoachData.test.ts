import * as assert from 'node:assert/strict';
import * as path from 'node:path';

import { MemoryLogger } from '../../src/core/log';
import { combineCoachChanges, MAX_ANSWER_LENGTH, mergeCoachData, readCoachData } from '../../src/core/progress/coachData';
import type { KataCoachData, ProgressDocument } from '../../src/core/progress/document';
import { PROGRESS_FOLDER } from '../../src/core/progress/paths';
import { validateProgressDocument } from '../../src/core/progress/schema';
import { ProgressStore } from '../../src/core/progress/store';
import { MemoryFileSystem } from './memoryFileSystem';
import { sampleKata } from './progressTestSupport';

const NOW = new Date('2026-12-04T10:15:00.000Z');

function documentWith(kataCoach: unknown): ProgressDocument {
  return {
    metadata: { version: '1.0.0', kataId: 'k', source: 'ui', fileType: 'kata-progress' },
    timestamp: NOW.toISOString(),
    progress: { checkboxStates: {}, kataCoach: kataCoach as never },
  };
}

describe('coach data', () => {
  describe('readCoachData', () => {
    it('reads every map', () => {
      const data = readCoachData(
        documentWith({
          revealedHintCounts: { 'task-1': 2 },
          revealedHintLevels: { 'task-1': 2 },
          reflectionAnswers: { 'Why?': 'Because.' },
          minutesBySection: { setup: 7 },
        }),
      );

      assert.deepEqual(data, {
        revealedHintCounts: { 'task-1': 2 },
        revealedHintLevels: { 'task-1': 2 },
        reflectionAnswers: { 'Why?': 'Because.' },
        minutesBySection: { setup: 7 },
      });
    });

    it('drops negative, fractional and non-number counts', () => {
      const data = readCoachData(documentWith({ revealedHintCounts: { a: -1, b: 1.5, c: '2', d: 3 }, minutesBySection: [4] }));

      assert.deepEqual(data.revealedHintCounts, { d: 3 });
      assert.deepEqual(data.minutesBySection, {});
    });

    it('drops answers that are not text', () => {
      const data = readCoachData(documentWith({ reflectionAnswers: { a: 1, b: 'kept', c: null } }));

      assert.deepEqual(data.reflectionAnswers, { b: 'kept' });
    });

    it('reads a missing or broken kataCoach as empty', () => {
      for (const value of [undefined, null, 'text', 3, []]) {
        assert.deepEqual(readCoachData(documentWith(value)).revealedHintCounts, {}, String(value));
      }
      assert.deepEqual(readCoachData(undefined).reflectionAnswers, {});
    });
  });

  describe('mergeCoachData', () => {
    it('replaces only the keys it names and keeps other fields', () => {
      const merged = mergeCoachData(
        { revealedHintCounts: { a: 1, b: 2 }, stepTexts: { s: 'Step' }, futureField: true },
        { revealedHintCounts: { b: 3 } },
      );

      assert.deepEqual(merged, { revealedHintCounts: { a: 1, b: 3 }, stepTexts: { s: 'Step' }, futureField: true });
    });

    it('removes an answer that was cleared', () => {
      const merged = mergeCoachData({ reflectionAnswers: { q1: 'one', q2: 'two' } }, { reflectionAnswers: { q1: '   ' } });

      assert.deepEqual(merged.reflectionAnswers, { q2: 'two' });
    });

    it('keeps answers stored in another shape', () => {
      const previous = { reflectionAnswers: { q1: { text: 'rich' }, q2: 'two' } } as unknown as KataCoachData;
      const merged = mergeCoachData(previous, { reflectionAnswers: { q2: 'again' } });

      assert.deepEqual(merged.reflectionAnswers, { q1: { text: 'rich' }, q2: 'again' });
    });

    it('cuts a long answer', () => {
      const merged = mergeCoachData({}, { reflectionAnswers: { q: 'x'.repeat(MAX_ANSWER_LENGTH + 50) } });

      assert.equal(merged.reflectionAnswers?.q.length, MAX_ANSWER_LENGTH);
    });
  });

  it('combineCoachChanges lets the later change win', () => {
    const combined = combineCoachChanges([{ reflectionAnswers: { q: 'draft' }, minutesBySection: { a: 1 } }, { reflectionAnswers: { q: 'final' } }]);

    assert.deepEqual(combined, { reflectionAnswers: { q: 'final' }, minutesBySection: { a: 1 } });
    assert.equal(combineCoachChanges([]), undefined);
  });

  describe('ProgressStore.saveCoachData', () => {
    let fs: MemoryFileSystem;
    let store: ProgressStore;
    const folder = path.join(path.sep, 'workspace', PROGRESS_FOLDER);

    beforeEach(async () => {
      fs = new MemoryFileSystem();
      await fs.mkdir(path.join(path.sep, 'workspace'));
      store = new ProgressStore(fs, folder, new MemoryLogger(), () => NOW);
    });

    it('saves hints and answers without a history entry', async () => {
      await store.save(sampleKata(), { 'setup-a': true }, 'ui');
      const saved = await store.saveCoachData(sampleKata(), { revealedHintCounts: { 'task-1': 2 }, reflectionAnswers: { 'What did you learn?': 'Locks.' } }, 'ui');

      const history = saved.document?.history as { action: string }[];
      assert.deepEqual(
        history.map((entry) => entry.action),
        ['created'],
      );
      assert.deepEqual(readCoachData(saved.document).revealedHintCounts, { 'task-1': 2 });
      assert.deepEqual(readCoachData(saved.document).reflectionAnswers, { 'What did you learn?': 'Locks.' });
      assert.deepEqual(saved.states['setup-a'], true);
      assert.deepEqual(validateProgressDocument(saved.document).errors, []);
    });

    it('creates a file from coach data alone', async () => {
      const saved = await store.saveCoachData(sampleKata(), { minutesBySection: { setup: 4 } }, 'ui', { timeSpentMinutes: 4 });

      assert.equal(saved.document?.progress.timeSpent, 4);
      assert.deepEqual(readCoachData(saved.document).minutesBySection, { setup: 4 });
      assert.equal(saved.document?.history, undefined);
      assert.deepEqual(validateProgressDocument(saved.document).errors, []);
    });

    it('keeps coach data through a later step save', async () => {
      await store.saveCoachData(sampleKata(), { revealedHintCounts: { 'task-1': 1 } }, 'ui');
      const saved = await store.save(sampleKata(), { 'task-b': true }, 'ui');

      assert.deepEqual(readCoachData(saved.document).revealedHintCounts, { 'task-1': 1 });
      const history = saved.document?.history as { action: string }[];
      assert.deepEqual(
        history.map((entry) => entry.action),
        ['updated'],
      );
    });

    it('merges coach data that arrives during a write', async () => {
      const first = store.saveCoachData(sampleKata(), { reflectionAnswers: { q: 'a' } }, 'ui');
      const second = store.saveCoachData(sampleKata(), { reflectionAnswers: { q: 'ab' }, revealedHintCounts: { setup: 1 } }, 'ui');
      await Promise.all([first, second]);

      const loaded = await store.load('sample-kata');
      assert.deepEqual(readCoachData(loaded.document).reflectionAnswers, { q: 'ab' });
      assert.deepEqual(readCoachData(loaded.document).revealedHintCounts, { setup: 1 });
    });
  });
});
