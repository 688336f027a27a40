import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCoachView } from '../../src/core/coachView';
import { MINIMAL_HINT_DELAY_MS } from '../../src/core/hintReveal';
import type { Kata, KataHint, KataSection } from '../../src/core/model';
import { emptyCoachData } from '../../src/core/progress/coachData';
import { parseKataFile } from '../../src/core/parser';
import { parsePageMessage } from '../../src/webview/protocol';

function section(id: string, kind: KataSection['kind'], stepIds: string[]): KataSection {
  return {
    id,
    kind,
    heading: id,
    label: id,
    line: 1,
    minutes: { min: 10, max: 15 },
    steps: stepIds.map((stepId, index) => ({ id: stepId, line: index + 2, checkedInFile: false, text: `Do ${stepId}` })),
  };
}

function hint(level: KataHint['level'], text: string, sectionId?: string): KataHint {
  return { level, source: 'common-pitfall', text, line: 1, sectionId };
}

function kata(strategy = 'progressive'): Kata {
  return {
    id: 'demo-200-view',
    title: 'View',
    category: 'demo',
    categories: ['demo'],
    difficulty: 2,
    estimatedMinutes: 30,
    learningObjectives: [],
    successCriteria: [],
    prerequisites: ['demo-100-known', 'demo-050-missing'],
    technologies: ['Git'],
    tags: [],
    searchKeywords: [],
    commonPitfalls: [],
    filePath: '/katas/view.md',
    frontMatter: { hint_strategy: strategy },
    sections: [
      { ...section('task-1', 'task', ['a', 'b']), notes: [{ kind: 'pro-tip', text: 'Use `git add -p`', line: 9 }] },
      section('completion', 'completion', ['z']),
    ],
    completion: { questions: [{ text: 'Why <b>stage</b> first?', line: 20 }, { text: 'What changed?', line: 21 }], outcomes: [] },
    hints: [hint(1, 'Check the status', 'task-1'), hint(2, 'Stage one file', 'task-1'), hint(3, 'Run `git add a.txt`')],
  };
}

describe('coach view parts', () => {
  describe('hints', () => {
    it('shows the revealed count', () => {
      const coach = { ...emptyCoachData(), revealedHintCounts: { 'task-1': 2 } };
      const hints = buildCoachView(kata(), {}, { coach }).sections[0].hints;

      assert.equal(hints.revealed.length, 2);
      assert.equal(hints.total, 3);
      assert.equal(hints.canRevealMore, true);
      assert.equal(hints.revealed[1].level, 2);
      assert.equal(hints.revealed[0].source, 'Common pitfall');
    });

    it('renders hint markdown', () => {
      const coach = { ...emptyCoachData(), revealedHintCounts: { 'task-1': 3 } };
      const hints = buildCoachView(kata(), {}, { coach }).sections[0].hints;

      assert.equal(hints.revealed[2].html, 'Run <code>git add a.txt</code>');
      assert.equal(hints.canRevealMore, false);
    });

    it('shows the wait of a minimal kata', () => {
      const view = buildCoachView(kata('minimal'), {}, { msOnSection: () => MINIMAL_HINT_DELAY_MS - 61000 });

      assert.equal(view.sections[0].hints.waitMinutes, 2);
      assert.equal(view.sections[0].hints.strategy, 'minimal');
    });

    it('drops the wait once time is up', () => {
      const view = buildCoachView(kata('minimal'), {}, { msOnSection: () => MINIMAL_HINT_DELAY_MS });

      assert.equal(view.sections[0].hints.waitMinutes, undefined);
    });
  });

  it('renders notes with labels', () => {
    const notes = buildCoachView(kata(), {}).sections[0].notes;

    assert.deepEqual(notes, [{ label: 'Pro tip', html: 'Use <code>git add -p</code>' }]);
  });

  it('puts questions under the Completion Check', () => {
    const coach = { ...emptyCoachData(), reflectionAnswers: { 'What changed?': 'The index.' } };
    const view = buildCoachView(kata(), {}, { coach });

    assert.deepEqual(view.sections[0].questions, []);
    assert.equal(view.sections[1].questions.length, 2);
    assert.equal(view.sections[1].questions[0].html, 'Why &lt;b&gt;stage&lt;/b&gt; first?');
    assert.equal(view.sections[1].questions[1].answer, 'The index.');
    assert.equal(view.sections[1].questions[1].index, 1);
  });

  it('lists known and unknown prerequisites', () => {
    const view = buildCoachView(kata(), {}, { statusOf: (id) => (id === 'demo-100-known' ? { title: 'Known', done: 3, total: 3 } : undefined) });

    assert.deepEqual(view.prerequisites, [
      { id: 'demo-100-known', title: 'Known', known: true, done: 3, total: 3, finished: true },
      { id: 'demo-050-missing', title: 'demo-050-missing', known: false, done: 0, total: 0, finished: false },
    ]);
  });

  it('formats time against estimates', () => {
    const view = buildCoachView(kata(), {}, { minutes: { total: 40, bySection: { 'task-1': 12 } }, timerPaused: true });

    assert.equal(view.time, '40 min, 10 over 30');
    assert.equal(view.sections[0].time, '12 of 10-15 min');
    assert.equal(view.sections[1].time, '0 of 10-15 min');
    assert.equal(view.timerPaused, true);
  });

  it('summarises a completed kata', () => {
    const coach = { ...emptyCoachData(), revealedHintCounts: { 'task-1': 2, completion: 1 }, reflectionAnswers: { 'What changed?': 'x' } };
    const view = buildCoachView(kata(), { a: true, b: true, z: true }, { coach, minutes: { total: 25, bySection: {} } });

    assert.deepEqual(view.completion, { time: '25 of 30 min', hintsUsed: 3, answered: 1, questions: 2 });
  });

  it('caps hints used at the hints a section has', () => {
    const coach = { ...emptyCoachData(), revealedHintCounts: { 'task-1': 1000000000000, gone: 5 } };
    const view = buildCoachView(kata(), { a: true, b: true, z: true }, { coach });

    assert.equal(view.completion?.hintsUsed, 3);
  });

  it('keeps an answer when its question was edited', () => {
    const coach = { ...emptyCoachData(), reflectionAnswers: { 'What has changed?': 'The index.', 'Why <b>stage</b> first?': 'Exact.', 'Unrelated old question': 'x' } };
    const questions = buildCoachView(kata(), {}, { coach }).sections[1].questions;

    assert.equal(questions[1].answer, 'The index.');
    assert.equal(questions[0].answer, 'Exact.');
  });

  it('has no summary while steps remain', () => {
    assert.equal(buildCoachView(kata(), { a: true }).completion, undefined);
  });
});

describe('parsePageMessage panel requests', () => {
  it('accepts hint, answer and section requests', () => {
    assert.deepEqual(parsePageMessage({ type: 'revealHint', sectionId: 'task-1', requestId: 3 }), { type: 'revealHint', sectionId: 'task-1', requestId: 3 });
    assert.deepEqual(parsePageMessage({ type: 'saveAnswer', index: 1, answer: 'text' }), { type: 'saveAnswer', index: 1, answer: 'text' });
    assert.deepEqual(parsePageMessage({ type: 'saveAnswer', index: 1, answer: 'text', commit: true }), { type: 'saveAnswer', index: 1, answer: 'text', commit: true });
    assert.deepEqual(parsePageMessage({ type: 'selectSection', sectionId: 'completion' }), { type: 'selectSection', sectionId: 'completion' });
    assert.deepEqual(parsePageMessage({ type: 'ready', sectionId: 'task-2' }), { type: 'ready', sectionId: 'task-2' });
    assert.deepEqual(parsePageMessage({ type: 'toggleTimer', extra: true }), { type: 'toggleTimer' });
    assert.deepEqual(parsePageMessage({ type: 'startKata', kataId: 'a.b-100' }), { type: 'startKata', kataId: 'a.b-100' });
  });

  it('rejects malformed panel requests', () => {
    const invalid: unknown[] = [
      { type: 'revealHint' },
      { type: 'revealHint', sectionId: '../x' },
      { type: 'revealHint', sectionId: 'a', requestId: -2 },
      { type: 'saveAnswer', index: -1, answer: '' },
      { type: 'saveAnswer', index: 1.5, answer: '' },
      { type: 'saveAnswer', index: 5000, answer: '' },
      { type: 'saveAnswer', index: 0, answer: 7 },
      { type: 'saveAnswer', index: 0, answer: 'x'.repeat(10001) },
      { type: 'selectSection', sectionId: '' },
      { type: 'ready', sectionId: 5 },
      { type: 'startKata', kataId: '' },
      { type: 'startKata', kataId: 'x'.repeat(201) },
      { type: 'saveAnswer', index: 0, answer: 'a', commit: 'yes' },
    ];
    for (const value of invalid) {
      assert.equal(parsePageMessage(value), undefined, JSON.stringify(value));
    }
  });
});

describe('coach view code blocks', () => {
  it('places a sample command block before its step', () => {
    const file = path.resolve(__dirname, '..', '..', '..', 'samples', 'katas', 'git-fundamentals', '100-first-commit-workflow.md');
    const sample = parseKataFile(fs.readFileSync(file, 'utf8'), file).kata;
    assert.ok(sample);

    const task = buildCoachView(sample, {}).sections.find((candidate) => candidate.id === 'task-1');
    assert.ok(task);
    const block = task.codeBlocks[0];
    assert.equal(block.language, 'bash');
    assert.ok(block.text.startsWith('mkdir kata-first-commit\n'), block.text);
    assert.ok(!block.text.includes('```'), block.text);
    assert.equal(block.beforeStepId, task.steps[0].id);
  });
});
