import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CoachToolHost, getProgress, listKatas, confirmSetStep, recordNote, revealHint, setStep, ToolInputError } from '../../src/core/chat/coachTools';
import { TOOL_DECLARATIONS } from '../../src/core/chat/toolSchemas';
import { nextReveal } from '../../src/core/hintReveal';
import type { StepStates } from '../../src/core/kataProgress';
import type { Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { emptyCoachData, type CoachData } from '../../src/core/progress/coachData';
import type { CoachingNoteInput } from '../../src/core/progress/coachingNotes';

const projectRoot = path.resolve(__dirname, '..', '..', '..');

function sampleKatas(): Kata[] {
  const folder = path.join(projectRoot, 'samples', 'katas');
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'README.md')
    .map((entry) => parseKataFile(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'), path.join(entry.parentPath, entry.name)).kata)
    .filter((kata): kata is Kata => kata !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A host over the samples that keeps state in memory, as the extension's services would. */
class FakeHost implements CoachToolHost {
  readonly states = new Map<string, StepStates>();
  readonly coach = new Map<string, CoachData>();
  readonly notes: CoachingNoteInput[] = [];
  failWrites = false;
  private readonly list = sampleKatas();

  katas(): readonly Kata[] {
    return this.list;
  }
  findKata(id: string): Kata | undefined {
    return this.list.find((kata) => kata.id === id);
  }
  statesOf(kataId: string): StepStates {
    return this.states.get(kataId) ?? {};
  }
  coachDataOf(kataId: string): CoachData {
    return this.coach.get(kataId) ?? emptyCoachData();
  }
  async setStep(kata: Kata, stepId: string, done: boolean): Promise<boolean> {
    if (this.failWrites) {
      return false;
    }
    this.states.set(kata.id, { ...this.statesOf(kata.id), [stepId]: done });
    return true;
  }
  async revealHint(kata: Kata, sectionId: string): Promise<string | undefined> {
    const data = this.coachDataOf(kata.id);
    const reveal = nextReveal(kata, sectionId, data.revealedHintCounts[sectionId] ?? 0, { openedForMs: 0 });
    this.coach.set(kata.id, { ...data, revealedHintCounts: { ...data.revealedHintCounts, [sectionId]: reveal.revealed } });
    return undefined;
  }
  async addNote(_kata: Kata, note: CoachingNoteInput): Promise<boolean> {
    this.notes.push(note);
    return true;
  }
}

const KATA = 'git-fundamentals-100-first-commit-workflow';

describe('coach tools', () => {
  let host: FakeHost;

  beforeEach(() => {
    host = new FakeHost();
  });

  it('lists katas with prerequisites', () => {
    const text = listKatas(host, {});

    assert.ok(text.startsWith('4 katas:'), text);
    assert.ok(text.includes(`- ${KATA}: "100 - First Commit Workflow"`), text);
    assert.ok(text.includes('prerequisites not done: git-fundamentals-100-first-commit-workflow, testing-practices-100-first-unit-test'), text);
  });

  it('filters katas by category', () => {
    assert.equal(listKatas(host, { category: 'nothing' }), 'No kata is in the category "nothing".');
  });

  it('describes the current task with step ids', () => {
    const kata = host.findKata(KATA)!;
    const text = getProgress(host, { kataId: KATA });

    assert.ok(text.includes('Current task: task-1'), text);
    assert.ok(text.includes(`(stepId: ${kata.sections[1].steps[0].id})`), text);
    assert.ok(text.includes('hint_strategy progressive'), text);
  });

  it('rejects an unknown kata', () => {
    assert.throws(() => getProgress(host, { kataId: 'nope' }), (error: unknown) => error instanceof ToolInputError && /kataCoach_listKatas/.test(error.message));
  });

  it('rejects malformed input', () => {
    for (const input of [null, 'text', [], { kataId: 3 }, { kataId: '' }]) {
      assert.throws(() => getProgress(host, input), ToolInputError, JSON.stringify(input));
    }
  });

  it('sets a step and reports the count', async () => {
    const step = host.findKata(KATA)!.sections[1].steps[0];
    const text = await setStep(host, { kataId: KATA, stepId: step.id, done: true });

    assert.equal(host.statesOf(KATA)[step.id], true);
    assert.ok(text.includes('1/31 steps done'), text);
  });

  it('rejects an unknown step', async () => {
    await assert.rejects(setStep(host, { kataId: KATA, stepId: 'no-step', done: true }), /kataCoach_getProgress/);
  });

  it('leaves a step the UI changed meanwhile', async () => {
    const step = host.findKata(KATA)!.sections[1].steps[0];
    host.states.set(KATA, { [step.id]: true });

    const text = await setStep(host, { kataId: KATA, stepId: step.id, done: true });
    assert.ok(text.includes('already done'), text);
  });

  it('reports a failed write', async () => {
    host.failWrites = true;
    const step = host.findKata(KATA)!.sections[1].steps[0];

    await assert.rejects(setStep(host, { kataId: KATA, stepId: step.id, done: true }), /failed/);
  });

  it('names the step in the confirmation', () => {
    const step = host.findKata(KATA)!.sections[1].steps[0];
    const confirmation = confirmSetStep(host, { kataId: KATA, stepId: step.id, done: true });

    assert.equal(confirmation.title, 'Mark the step done?');
    assert.ok(confirmation.message.includes('Run the commands from your scratch folder'), confirmation.message);
  });

  it('reveals hints one at a time', async () => {
    const first = await revealHint(host, { kataId: KATA, taskId: 'task-2' });
    const second = await revealHint(host, { kataId: KATA, taskId: 'task-2' });

    assert.ok(first.startsWith('Hint 1 for Task 2'), first);
    assert.ok(second.startsWith('Hint 2 for Task 2'), second);
    assert.equal(host.coachDataOf(KATA).revealedHintCounts['task-2'], 2);
  });

  it('rejects an unknown task', async () => {
    await assert.rejects(revealHint(host, { kataId: KATA, taskId: 'task-9' }), /Valid ids: setup, task-1/);
  });

  it('records a note and checks its type', async () => {
    assert.equal(await recordNote(host, { kataId: KATA, note: 'Understands staging.' }), `Recorded the note (observation) for ${KATA}.`);
    assert.deepEqual(host.notes, [{ note: 'Understands staging.', type: 'observation' }]);
    await assert.rejects(recordNote(host, { kataId: KATA, note: 'x', type: 'gossip' }), /must be one of/);
  });

  it('declares the same tools in package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    const messages = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.nls.json'), 'utf8'));
    // The display name and user description are `%key%` references into package.nls.json, as VS Code resolves them.
    const resolved = JSON.parse(JSON.stringify(manifest.contributes.languageModelTools), (_key, value: unknown) => {
      const reference = typeof value === 'string' ? /^%([\w.]+)%$/.exec(value) : null;
      return reference ? messages[reference[1]] : value;
    });

    assert.deepEqual(resolved, JSON.parse(JSON.stringify(TOOL_DECLARATIONS)));
  });
});
