import * as assert from 'node:assert/strict';
import { buildCoachView } from '../../src/core/coachView';
import { completionPercent, currentSection, isStepDone, kataCompletion, kataSearchText, sectionCompletion } from '../../src/core/kataProgress';
import { Kata, KataSection } from '../../src/core/model';
import { toPlainText } from '../../src/core/plainText';
import { parsePageMessage } from '../../src/webview/protocol';

function section(id: string, kind: KataSection['kind'], stepIds: string[], checkedInFile: string[] = []): KataSection {
  return {
    id,
    kind,
    heading: id,
    label: id,
    line: 1,
    steps: stepIds.map((stepId, index) => ({ id: stepId, line: index + 2, checkedInFile: checkedInFile.includes(stepId), text: `**Do** ${stepId}` })),
  };
}

function kata(sections: KataSection[]): Kata {
  return {
    id: 'demo-100-sample',
    title: 'Sample',
    category: 'demo',
    categories: ['demo'],
    difficulty: 2,
    estimatedMinutes: 30,
    learningObjectives: ['Learn it'],
    successCriteria: [],
    prerequisites: [],
    technologies: ['Git'],
    tags: ['vcs'],
    searchKeywords: ['commit'],
    commonPitfalls: [],
    filePath: '/tmp/sample.md',
    frontMatter: {},
    sections,
  };
}

describe('kataProgress', () => {
  const sample = kata([section('setup', 'setup', ['s1']), section('task-1', 'task', ['a', 'b']), section('task-2', 'task', ['c'], ['c']), section('completion', 'completion', ['z'])]);

  it('learner state wins over file marks', () => {
    const step = sample.sections[2].steps[0];
    assert.equal(isStepDone(step, {}), true);
    assert.equal(isStepDone(step, { c: false }), false);
  });

  it('counts section and kata completion', () => {
    assert.deepEqual(sectionCompletion(sample.sections[1], { a: true }), { done: 1, total: 2 });
    assert.deepEqual(kataCompletion(sample, { a: true, s1: true }), { done: 3, total: 5 });
  });

  it('rounds the percentage', () => {
    assert.equal(completionPercent({ done: 1, total: 3 }), 33);
    assert.equal(completionPercent({ done: 0, total: 0 }), 0);
  });

  it('current section skips unfinished setup', () => {
    assert.equal(currentSection(sample, {})?.id, 'task-1');
    assert.equal(currentSection(sample, { a: true, b: true })?.id, 'setup');
    assert.equal(currentSection(sample, { a: true, b: true, s1: true })?.id, 'completion');
    assert.equal(currentSection(sample, { a: true, b: true, s1: true, z: true })?.id, 'completion');
  });

  it('search text has id, tags and technologies', () => {
    const text = kataSearchText(sample);
    for (const word of ['demo-100-sample', 'Git', 'vcs', 'commit']) {
      assert.ok(text.includes(word), `${word} missing from "${text}"`);
    }
  });

  it('search text lists each term once', () => {
    const kata = { id: 'git-100-rebase', category: 'git', tags: ['git', 'Rebase', 'history'], technologies: ['Git', 'rebase'], searchKeywords: ['history', 'squash'] };
    assert.equal(kataSearchText(kata), 'git-100-rebase · Rebase, history, squash');
  });

  it('search text without terms is the id', () => {
    const kata = { id: 'git-100-rebase', category: 'git', tags: [], technologies: [], searchKeywords: [] };
    assert.equal(kataSearchText(kata), 'git-100-rebase');
  });
});

describe('buildCoachView', () => {
  it('renders step markdown without raw HTML', () => {
    const unsafe = kata([section('task-1', 'task', ['a'])]);
    unsafe.sections[0].steps[0].text = 'Run `ls` <img src=x onerror=alert(1)>';
    const view = buildCoachView(unsafe, {});
    const html = view.sections[0].steps[0].html;
    assert.ok(html.includes('<code>ls</code>'), html);
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('&lt;img'), html);
  });

  it('reports totals and the current section', () => {
    const view = buildCoachView(kata([section('task-1', 'task', ['a', 'b']), section('task-2', 'task', ['c'])]), { a: true, b: true });
    assert.equal(view.done, 2);
    assert.equal(view.total, 3);
    assert.equal(view.percent, 67);
    assert.equal(view.currentSectionId, 'task-2');
    assert.equal(view.difficulty, '2 - Skill');
  });
});

describe('toPlainText', () => {
  const cases: [string, string][] = [
    ['**Expected result**: it works', 'Expected result: it works'],
    ['Run `git status`', 'Run git status'],
    ['See [the docs](https://example.com)', 'See the docs'],
    ['  spaced   out  ', 'spaced out'],
  ];
  for (const [input, expected] of cases) {
    it(`strips "${input}"`, () => {
      assert.equal(toPlainText(input), expected);
    });
  }
});

describe('parsePageMessage', () => {
  it('accepts known messages', () => {
    assert.deepEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parsePageMessage({ type: 'setStep', stepId: 'abc-123', checked: true, extra: 1 }), { type: 'setStep', stepId: 'abc-123', checked: true });
  });

  it('accepts request ids and links', () => {
    assert.deepEqual(parsePageMessage({ type: 'setStep', stepId: 'a', checked: false, requestId: 7 }), { type: 'setStep', stepId: 'a', checked: false, requestId: 7 });
    assert.deepEqual(parsePageMessage({ type: 'openLink', href: 'https://example.com' }), { type: 'openLink', href: 'https://example.com' });
  });

  it('rejects malformed messages', () => {
    const invalid: unknown[] = [null, 'ready', 42, {}, { type: 'setStep', stepId: 'a b', checked: true }, { type: 'setStep', stepId: 'a', checked: 'yes' }, { type: 'openStep' }, { type: 'eval' },
      { type: 'setStep', stepId: 'a', checked: true, requestId: -1 }, { type: 'setStep', stepId: 'a', checked: true, requestId: 1.5 },
      { type: 'setStep', stepId: 'a', checked: true, requestId: '1' }, { type: 'openLink', href: 42 }, { type: 'openLink', href: 'x'.repeat(3000) }];
    for (const value of invalid) {
      assert.equal(parsePageMessage(value), undefined, JSON.stringify(value));
    }
  });
});
