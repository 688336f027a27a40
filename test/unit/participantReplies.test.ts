import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPrompt, hintReply, kataNamedIn, nextReply, questionBeforeHint, statusReply } from '../../src/core/chat/participantReplies';
import type { Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { emptyCoachData } from '../../src/core/progress/coachData';

const samples = path.resolve(__dirname, '..', '..', '..', 'samples', 'katas');

function sample(relative: string): Kata {
  const file = path.join(samples, relative);
  const kata = parseKataFile(fs.readFileSync(file, 'utf8'), file).kata;
  assert.ok(kata, relative);
  return kata;
}

describe('participant replies', () => {
  const first = sample(path.join('git-fundamentals', '100-first-commit-workflow.md'));
  const rebase = sample(path.join('git-fundamentals', '200-interactive-rebase-cleanup.md'));

  it('finds a kata by id, title or words', () => {
    assert.equal(kataNamedIn([first, rebase], first.id), first);
    assert.equal(kataNamedIn([first, rebase], '200 - interactive rebase cleanup'), rebase);
    assert.equal(kataNamedIn([first, rebase], 'rebase'), rebase);
    assert.equal(kataNamedIn([first, rebase], 'git'), undefined);
    assert.equal(kataNamedIn([first, rebase], '  '), undefined);
  });

  it('reports status with each task', () => {
    const step = first.sections[1].steps[0];
    const text = statusReply(first, { [step.id]: true }, { ...emptyCoachData(), revealedHintCounts: { 'task-1': 2 } }, 12);

    assert.ok(text.startsWith('**100 - First Commit Workflow** (1 - Foundation): 1 of 31 steps done, 12 of 35 min, 2 hints used.'), text);
    assert.ok(text.includes('- · Task 1: Create a Repository and Make the First Commit: 1/8'), text);
    assert.ok(text.includes('You are on **Task 1'), text);
  });

  it('names the next step and its expected result', () => {
    const text = nextReply(first, {});

    assert.ok(text.includes('- Run the commands from your scratch folder'), text);
    assert.ok(text.includes('You know it worked when: git status reports On branch main and nothing to commit'), text);
  });

  it('asks first when coaching is minimal', () => {
    const minimal = { ...first, frontMatter: { ...first.frontMatter, ai_coaching_level: 'minimal' } };

    assert.ok(questionBeforeHint(minimal, {}, false)?.includes('what have you tried for "Run the commands from your scratch folder"'));
    assert.equal(questionBeforeHint(minimal, {}, true), undefined);
    assert.equal(questionBeforeHint(first, {}, false), undefined);
  });

  it('quotes the latest revealed hint', () => {
    const section = first.sections[1];
    const text = hintReply(first, section, { ...emptyCoachData(), revealedHintCounts: { [section.id]: 2 } }, undefined);

    assert.ok(text.startsWith(`**Hint 2 for ${section.label}** (level 1 of 3): `), text);
    assert.equal(hintReply(first, section, emptyCoachData(), 'No more hints.'), 'No more hints.');
  });

  it('builds a check prompt from the expected results', () => {
    const prompt = checkPrompt(first, {}, first.sections[1], 'I committed README.md');

    assert.ok(prompt.includes('Their claim: I committed README.md'), prompt);
    assert.ok(prompt.includes('- Expected result: git status reports On branch main and nothing to commit'), prompt);
    assert.ok(prompt.includes('Do not give solutions'), prompt);
  });
});
