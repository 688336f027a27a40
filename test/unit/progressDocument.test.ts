import * as assert from 'node:assert/strict';

import { buildProgressDocument, type ProgressDocument } from '../../src/core/progress/document';
import { PROGRESS_CATEGORIES, validateProgressDocument } from '../../src/core/progress/schema';
import { makeKata, referenceSchemaCheck, sampleKata } from './progressTestSupport';

const NOW = new Date('2026-12-04T10:15:00.000Z');

describe('progress document', () => {
  // Every document built here, for the reference schema test at the end.
  const built: ProgressDocument[] = [];

  function build(...args: Parameters<typeof buildProgressDocument>): ProgressDocument {
    const document = buildProgressDocument(...args);
    built.push(document);
    return document;
  }

  it('new document has metadata and counts', () => {
    const document = build(sampleKata(), { 'setup-a': true, 'task-c': true }, { source: 'ui', now: NOW });

    assert.deepEqual(document, {
      metadata: {
        version: '1.0.0',
        kataId: 'sample-kata',
        kataTitle: 'Kata sample-kata',
        category: 'edge-deployment',
        source: 'ui',
        fileType: 'kata-progress',
        lastUpdated: '2026-12-04T10:15:00.000Z',
      },
      timestamp: '2026-12-04T10:15:00.000Z',
      progress: {
        checkboxStates: { 'setup-a': true, 'task-b': false, 'task-c': true, 'done-d': false },
        completedTasks: 2,
        totalTasks: 4,
        completionPercentage: 50,
        currentStep: 'task-b',
        currentPhase: 'Section 1',
        timeSpent: 0,
        kataCoach: {
          stepTexts: { 'setup-a': 'Step setup-a', 'task-b': 'Step task-b', 'task-c': 'Step task-c', 'done-d': 'Step done-d' },
          stepSections: { 'setup-a': 'setup-0', 'task-b': 'task-1', 'task-c': 'task-1', 'done-d': 'completion-2' },
        },
      },
    });
    assert.deepEqual(Object.keys(document), ['metadata', 'timestamp', 'progress']);
  });

  it('percentage rounds to two decimals', () => {
    const kata = makeKata('thirds', 'troubleshooting', [{ kind: 'task', stepIds: ['one', 'two', 'three'] }]);

    const oneThird = build(kata, { one: true }, { source: 'ui', now: NOW });
    assert.equal(oneThird.progress.completionPercentage, 33.33);

    const twoThirds = build(kata, { one: true, two: true }, { source: 'ui', now: NOW });
    assert.equal(twoThirds.progress.completionPercentage, 66.67);
    assert.equal(twoThirds.progress.currentStep, 'three');
  });

  it('all steps done omits currentStep', () => {
    const kata = makeKata('done', 'troubleshooting', [{ kind: 'task', stepIds: ['one', 'two'] }]);
    const previous = build(kata, {}, { source: 'coach', now: NOW });
    assert.equal(previous.progress.currentStep, 'one');

    const document = build(kata, { one: true, two: true }, { source: 'ui', now: NOW, previous });
    assert.equal(document.progress.completedTasks, 2);
    assert.equal(document.progress.completionPercentage, 100);
    assert.equal('currentStep' in document.progress, false);
  });

  it('kata without steps is at zero', () => {
    const kata = makeKata('empty', 'troubleshooting', []);
    const document = build(kata, {}, { source: 'ui', now: NOW });

    assert.deepEqual(document.progress.checkboxStates, {});
    assert.equal(document.progress.totalTasks, 0);
    assert.equal(document.progress.completionPercentage, 0);
    assert.equal('currentStep' in document.progress, false);
  });

  it('category outside the enum is left out', () => {
    const document = build(sampleKata('ado-kata', 'ado-automation'), {}, { source: 'ui', now: NOW });
    assert.equal('category' in document.metadata, false);
    assert.equal(PROGRESS_CATEGORIES.includes('ado-automation'), false);
  });

  it('category outside the enum replaces a stale one', () => {
    const previous = build(sampleKata('moved', 'troubleshooting'), {}, { source: 'coach', now: NOW });
    assert.equal(previous.metadata.category, 'troubleshooting');

    const document = build(sampleKata('moved', 'product-requirements'), {}, { source: 'ui', now: NOW, previous });
    assert.equal('category' in document.metadata, false);
  });

  it('unknown fields of previous are kept', () => {
    const previous: ProgressDocument = {
      metadata: {
        version: '1.0.0',
        kataId: 'sample-kata',
        source: 'coach',
        fileType: 'kata-progress',
        sessionId: 'session-7',
        pathAlignment: ['foundation-ai-first-engineering'],
      },
      timestamp: '2026-12-01T08:00:00.000Z',
      progress: {
        checkboxStates: { 'setup-a': true },
        currentPhase: 'Task 1',
        timeSpent: 35,
        sections: { setup: { completed: 1, total: 1, percentage: 100 } },
      },
      coaching: { aiCoachingEnabled: true, nextSteps: ['Try task 2'] },
      history: [{ timestamp: '2026-12-01T08:00:00.000Z', source: 'coach', action: 'created' }],
    };
    const snapshot = structuredClone(previous);

    const document = build(sampleKata(), { 'task-b': true }, { source: 'ui', now: NOW, previous });

    assert.equal(document.metadata.sessionId, 'session-7');
    assert.deepEqual(document.metadata.pathAlignment, ['foundation-ai-first-engineering']);
    assert.equal(document.metadata.source, 'ui');
    assert.equal(document.progress.currentPhase, 'Section 1', 'the label of the section of the current step');
    assert.equal(document.progress.timeSpent, 35);
    assert.deepEqual(document.progress.sections, { setup: { completed: 1, total: 1, percentage: 100 } });
    assert.deepEqual(document.coaching, { aiCoachingEnabled: true, nextSteps: ['Try task 2'] });
    assert.deepEqual(document.history, previous.history);
    assert.equal(document.timestamp, '2026-12-04T10:15:00.000Z');
    assert.deepEqual(previous, snapshot, 'previous must not be modified');
  });

  it('orphan keys are kept after the steps', () => {
    const previous = build(sampleKata(), { 'setup-a': true }, { source: 'coach', now: NOW });
    previous.progress.checkboxStates['removed-step'] = true;
    previous.progress.checkboxStates['other-removed'] = false;

    const document = build(sampleKata(), { 'setup-a': true, 'late-orphan': true, 'other-removed': true }, { source: 'ui', now: NOW, previous });

    assert.deepEqual(Object.entries(document.progress.checkboxStates), [
      ['setup-a', true],
      ['task-b', false],
      ['task-c', false],
      ['done-d', false],
      ['removed-step', true],
      ['other-removed', true],
      ['late-orphan', true],
    ]);
    assert.equal(document.progress.completedTasks, 1, 'orphans are not counted');
    assert.equal(document.progress.totalTasks, 4);
  });

  it('missing states fall back to previous', () => {
    const previous = build(sampleKata(), { 'task-b': true }, { source: 'coach', now: NOW });
    const document = build(sampleKata(), { 'setup-a': true }, { source: 'ui', now: NOW, previous });

    assert.equal(document.progress.checkboxStates['task-b'], true);
    assert.equal(document.progress.checkboxStates['setup-a'], true);
    assert.equal(document.progress.completedTasks, 2);
  });

  it('file checks are kept without states', () => {
    const kata = sampleKata();
    kata.sections[1].steps[0].checkedInFile = true;
    const document = build(kata, { 'setup-a': true }, { source: 'ui', now: NOW });

    assert.equal(document.progress.checkboxStates['task-b'], true, 'the [x] written in the kata was cleared');
    assert.equal(document.progress.checkboxStates['task-c'], false);
    assert.equal(document.progress.completedTasks, 2);
  });

  it('kata id is stored in its mapped form', () => {
    const document = build(sampleKata('Edge_Deploy.1'), {}, { source: 'ui', now: NOW });
    assert.equal(document.metadata.kataId, 'edge-deploy-1');
  });

  it('built documents pass validation', () => {
    for (const document of built) {
      assert.deepEqual(validateProgressDocument(document), { valid: true, errors: [] });
    }
  });

  it('validation errors are readable', () => {
    const document = structuredClone(build(sampleKata(), {}, { source: 'ui', now: NOW })) as Record<string, any>;
    document.progress.checkboxStates.x = 'yes';
    document.progress.checkboxStates['bad key'] = true;
    document.metadata.source = 'robot';
    document.metadata.fileType = 'lab-progress';
    document.metadata.kataId = 'Upper';
    document.progress.completionPercentage = 120;
    document.timestamp = 'yesterday';

    const result = validateProgressDocument(document);

    assert.equal(result.valid, false);
    assert.deepEqual([...result.errors].sort(), [
      '/metadata/fileType: must be equal to constant ("kata-progress")',
      '/metadata/kataId: must match pattern "^[a-z0-9-]+$"',
      '/metadata/source: must be equal to one of the allowed values (ui, coach, file-watcher, server, import, manual)',
      '/progress/checkboxStates/x: must be boolean',
      '/progress/checkboxStates: must NOT have additional properties (bad key)',
      '/progress/completionPercentage: must be <= 100',
      '/timestamp: must match format "date-time"',
    ]);
  });

  it('validation reports missing parts', () => {
    assert.deepEqual(validateProgressDocument({}).errors, [
      "/: must have required property 'metadata'",
      "/: must have required property 'timestamp'",
      "/: must have required property 'progress'",
    ]);
    assert.deepEqual(validateProgressDocument([]).errors, ['/: must be object']);
    assert.deepEqual(validateProgressDocument(null).errors, ['/: must be object']);
  });

  it('built documents pass the reference schema', function () {
    const check = referenceSchemaCheck(this);
    assert.ok(built.length >= 10, `expected the tests above to build documents, got ${built.length}`);

    for (const document of built) {
      assert.deepEqual(check(document), [], `document of ${document.metadata.kataId}`);
    }
  });
});
