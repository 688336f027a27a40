// The "Ask the coach" prompt: its content for a real kata, the section it picks,
// the coaching level, and the length limit on long and real katas.

import * as assert from 'assert';

import { buildCoachPrompt, MAX_COACH_PROMPT_LENGTH } from '../../src/core/coachPrompt';
import { hintsForSection } from '../../src/core/hintReveal';
import { currentSection } from '../../src/core/kataProgress';
import type { Kata, KataHint } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { SAMPLE_KATA_TEXT } from '../../src/core/sampleKata';
import { makeKata } from './progressTestSupport';
import { loadCorpusKatas } from './sharedCorpus';

function sampleKata(): Kata {
  const kata = parseKataFile(SAMPLE_KATA_TEXT, '/katas/getting-started/100-kata-coach-tour.md').kata;
  assert.ok(kata, 'the sample kata should parse');
  return kata;
}

/** Lines of the block that starts with `title`, up to the next blank line. */
function block(prompt: string, title: string): string[] {
  const blocks = prompt.split('\n\n').map((text) => text.split('\n'));
  const found = blocks.find((lines) => lines[0].startsWith(title));
  assert.ok(found, `no block starting with "${title}" in:\n${prompt}`);
  return found;
}

/** Builds a kata with one task of `stepCount` steps, each `length` characters long. */
function longKata(stepCount: number, length: number): Kata {
  const ids = Array.from({ length: stepCount }, (_, index) => `step-${index}`);
  const kata = makeKata('long-100', 'demo', [{ kind: 'task', stepIds: ids }]);
  for (const step of kata.sections[0].steps) {
    step.text = `${step.id} ${'x'.repeat(length)}`;
  }
  return { ...kata, learningObjectives: ids.map((id) => `Objective ${id} ${'y'.repeat(length)}`) };
}

describe('coach prompt', () => {
  describe('content', () => {
    const kata = sampleKata();
    const task1 = kata.sections.find((section) => section.id === 'task-1');
    assert.ok(task1);
    const firstStepId = task1.steps[0].id;
    const hints: KataHint[] = hintsForSection(kata, 'task-1').slice(0, 2);
    const prompt = buildCoachPrompt(kata, { [firstStepId]: true }, { revealedHints: hints, elapsedMinutes: 7 });

    it('starts with the coaching instructions', () => {
      const lines = prompt.split('\n');

      assert.strictEqual(lines[0], 'Please coach me through the hands-on kata described below.');
      assert.match(lines[1], /^Ask guiding questions and give progressive hints/);
      assert.match(lines[2], /^Do not repeat the hints/);
      assert.match(lines[3], /^The kata asks for guided coaching: /);
    });

    it('names the kata', () => {
      assert.deepStrictEqual(block(prompt, 'Kata: '), [
        'Kata: 100 - Kata Coach Tour (id: getting-started-100-kata-coach-tour)',
        'Difficulty: Foundation (1 of 5)',
        'Category: getting-started',
        'Estimated time for the whole kata: 15 minutes',
      ]);
    });

    it('names the current task and time', () => {
      assert.deepStrictEqual(block(prompt, 'Current task: '), [
        'Current task: Task 1: Check a Step in the Katas Tree',
        'Estimated time for this task: 5 minutes',
        'Time spent on this task: 7 min, 2 over 5',
      ]);
    });

    it('lists done and open steps as plain text', () => {
      const done = block(prompt, 'Steps done');
      const open = block(prompt, 'Steps not done yet');

      assert.strictEqual(done[0], `Steps done (1 of ${task1.steps.length}):`);
      assert.strictEqual(done.length, 2);
      assert.strictEqual(open[0], `Steps not done yet (${task1.steps.length - 1}):`);
      assert.strictEqual(open.length, task1.steps.length);
      assert.ok(!prompt.includes('**'), 'markdown emphasis should be removed');
      assert.ok(!prompt.includes('- [ ]'), 'checkbox markers should be removed');
    });

    it('lists seen hints with their level', () => {
      const seen = block(prompt, 'Hints I have already seen:');

      assert.strictEqual(seen.length, 3);
      assert.match(seen[1], /^- \(question\) Keep this task quick\./);
      assert.match(seen[2], /^- \(question\) /);
    });

    it('lists the learning objectives', () => {
      assert.deepStrictEqual(block(prompt, 'Learning objectives:'), [
        'Learning objectives:',
        ...kata.learningObjectives.map((objective) => `- ${objective}`),
      ]);
    });

    it('gives the same prompt twice', () => {
      assert.strictEqual(buildCoachPrompt(kata, { [firstStepId]: true }, { revealedHints: hints, elapsedMinutes: 7 }), prompt);
    });
  });

  describe('section choice', () => {
    const kata = sampleKata();

    it('uses the current section without a section id', () => {
      const prompt = buildCoachPrompt(kata, {}, { revealedHints: [] });

      assert.strictEqual(block(prompt, 'Current ')[0], `Current task: ${currentSection(kata, {})?.label}`);
      assert.ok(!prompt.includes('Time spent'), 'no time line without elapsed minutes');
      assert.ok(!prompt.includes('Hints I have already seen'), 'no hint block without hints');
    });

    it('uses the given section', () => {
      const prompt = buildCoachPrompt(kata, {}, { sectionId: 'setup', revealedHints: [] });

      assert.deepStrictEqual(block(prompt, 'Current '), ['Current section: Essential Setup']);
    });

    it('falls back for an unknown section id', () => {
      const prompt = buildCoachPrompt(kata, {}, { sectionId: 'task-99', revealedHints: [] });

      assert.strictEqual(block(prompt, 'Current ')[0], 'Current task: Task 1: Check a Step in the Katas Tree');
    });
  });

  describe('coaching level', () => {
    const cases: { level: unknown; expected: string | undefined }[] = [
      { level: 'minimal', expected: 'The kata asks for minimal coaching: ' },
      { level: 'Adaptive', expected: 'The kata asks for adaptive coaching: ' },
      { level: 'socratic', expected: 'The kata asks for this coaching level: socratic.' },
      { level: undefined, expected: undefined },
      { level: 2, expected: undefined },
    ];

    for (const { level, expected } of cases) {
      it(`follows ai_coaching_level ${String(level)}`, () => {
        const base = makeKata('demo-100', 'demo', [{ kind: 'task', stepIds: ['a'] }]);
        const kata = { ...base, frontMatter: level === undefined ? {} : { ai_coaching_level: level } };
        const fourthLine = buildCoachPrompt(kata, {}, { revealedHints: [] }).split('\n')[3];

        if (expected === undefined) {
          assert.strictEqual(fourthLine, '');
        } else {
          assert.ok(fourthLine.startsWith(expected), fourthLine);
        }
      });
    }
  });

  describe('length limit', () => {
    it('shortens long step lists with a count', () => {
      const prompt = buildCoachPrompt(longKata(40, 40), {}, { revealedHints: [] });
      const open = block(prompt, 'Steps not done yet');

      assert.ok(prompt.length <= MAX_COACH_PROMPT_LENGTH, `length ${prompt.length}`);
      assert.strictEqual(open[0], 'Steps not done yet (40):');
      assert.strictEqual(open.length, 1 + 12 + 1);
      assert.strictEqual(open[open.length - 1], '- and 28 more');
    });

    it('lists fewer items when texts are long', () => {
      const prompt = buildCoachPrompt(longKata(40, 1000), {}, { revealedHints: [] });
      const open = block(prompt, 'Steps not done yet');

      assert.ok(prompt.length <= MAX_COACH_PROMPT_LENGTH, `length ${prompt.length}`);
      assert.ok(open.length < 1 + 12 + 1, `${open.length} lines`);
      assert.match(open[open.length - 1], /^- and \d+ more$/);
      assert.ok(open[1].endsWith('…'), 'a long step should be cut');
      assert.strictEqual(open[1].length, 2 + 300);
    });

    it('cuts a prompt that cannot fit', () => {
      const base = longKata(1, 10);
      const kata = { ...base, title: 'T'.repeat(20_000), category: 'c'.repeat(20_000), id: 'i'.repeat(20_000) };
      const prompt = buildCoachPrompt(kata, {}, { revealedHints: [] });

      assert.ok(prompt.length <= MAX_COACH_PROMPT_LENGTH, `length ${prompt.length}`);
      assert.ok(prompt.startsWith('Please coach me through'), 'the instructions come first');
    });
  });

  describe('on the corpus', function () {
    let katas: Kata[] = [];

    before(function () {
      katas = loadCorpusKatas(this);
    });

    it('stays under the maximum for every section', () => {
      assert.ok(katas.length >= 40, `expected at least 40 katas, found ${katas.length}`);

      for (const kata of katas) {
        for (const section of kata.sections) {
          const hints = hintsForSection(kata, section.id);
          const prompt = buildCoachPrompt(kata, {}, { sectionId: section.id, revealedHints: hints, elapsedMinutes: 12 });

          assert.ok(prompt.length <= MAX_COACH_PROMPT_LENGTH, `${kata.id} ${section.id}: ${prompt.length} characters`);
          assert.ok(prompt.includes(`(id: ${kata.id})`), `${kata.id} ${section.id}: kata id missing`);
        }
      }
    });
  });
});
