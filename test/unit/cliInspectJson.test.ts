import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildInspectJson, inspectKata, taskTitle } from '../../src/cli/inspectJson';
import { formatInspectText } from '../../src/cli/inspectText';
import type { Kata, KataSection, Problem } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { PROJECT_ROOT } from './sharedCorpus';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'cli');

function section(overrides: Partial<KataSection> & Pick<KataSection, 'id' | 'kind' | 'label'>): KataSection {
  return { heading: overrides.label, line: 1, steps: [], ...overrides };
}

/** Builds a kata by hand with every optional field of the model set. */
function fullKata(): Kata {
  return {
    id: 'demo-100-full',
    title: '100 - Full',
    category: 'demo',
    categories: ['demo'],
    difficulty: 3,
    estimatedMinutes: 45,
    learningObjectives: [],
    successCriteria: [],
    prerequisites: ['demo-050-basics'],
    technologies: [],
    tags: [],
    searchKeywords: [],
    commonPitfalls: [],
    filePath: '/katas/demo/100-full.md',
    frontMatter: {},
    sections: [
      section({
        id: 'setup',
        kind: 'setup',
        label: 'Essential Setup',
        line: 10,
        steps: [{ id: 'tool-installed-aaaaaa', line: 12, checkedInFile: true, text: 'Tool installed', kind: 'setup' }],
      }),
      section({
        id: 'task-1',
        kind: 'task',
        label: 'Task 1: Deploy the app',
        heading: 'Task 1: Deploy the app (20-25 minutes)',
        taskNumber: 1,
        estimate: '20-25 minutes',
        minutes: { min: 20, max: 25 },
        line: 16,
        steps: [
          { id: 'deploy-bbbbbb', line: 19, checkedInFile: false, text: 'Deploy', kind: 'task-step', group: 'Deploy' },
          { id: 'app-answers-cccccc', line: 20, checkedInFile: false, text: 'App answers', kind: 'expected-result' },
        ],
      }),
      section({ id: 'task-2', kind: 'task', label: 'Task 2', taskNumber: 2, line: 24 }),
      section({
        id: 'completion',
        kind: 'completion',
        label: 'Completion Check',
        line: 30,
        steps: [{ id: 'all-done-dddddd', line: 33, checkedInFile: false, text: 'All done', kind: 'completion-criterion' }],
      }),
    ],
    completion: {
      questions: [{ text: 'What did the deploy change?', line: 31 }],
      outcomes: [{ text: 'All done', line: 33 }],
    },
    hints: [
      { level: 1, source: 'ai-coach-comment', text: 'Which port?', line: 17, sectionId: 'task-1' },
      { level: 3, source: 'common-pitfall', text: 'Open the port first', line: 8 },
    ],
  };
}

const OUT_OF_RANGE: Problem = { code: 'value-out-of-range', severity: 'error', line: 4, column: 18, message: 'Too high.' };

describe('cli inspectKata', () => {
  it('copies the kata fields', () => {
    const json = inspectKata('katas/demo/100-full.md', fullKata(), [OUT_OF_RANGE]);

    assert.strictEqual(json.file, 'katas/demo/100-full.md');
    assert.strictEqual(json.id, 'demo-100-full');
    assert.strictEqual(json.title, '100 - Full');
    assert.strictEqual(json.category, 'demo');
    assert.strictEqual(json.difficulty, 3);
    assert.strictEqual(json.estimatedMinutes, 45);
    assert.deepStrictEqual(json.prerequisites, ['demo-050-basics']);
    assert.deepStrictEqual(json.diagnostics, [
      { line: 4, column: 18, severity: 'error', code: 'value-out-of-range', message: 'Too high.' },
    ]);
  });

  it('lists numbered tasks with their step ids', () => {
    const json = inspectKata('f.md', fullKata(), []);

    assert.deepStrictEqual(json.tasks, [
      { number: 1, title: 'Deploy the app', minutes: { min: 20, max: 25 }, line: 16, steps: ['deploy-bbbbbb', 'app-answers-cccccc'] },
      { number: 2, title: '', minutes: null, line: 24, steps: [] },
    ]);
  });

  it('flattens every step in file order', () => {
    const json = inspectKata('f.md', fullKata(), []);

    assert.deepStrictEqual(json.steps, [
      { id: 'tool-installed-aaaaaa', line: 12, checked: true, text: 'Tool installed', kind: 'setup', section: 'setup' },
      { id: 'deploy-bbbbbb', line: 19, checked: false, text: 'Deploy', kind: 'task-step', section: 'task-1' },
      { id: 'app-answers-cccccc', line: 20, checked: false, text: 'App answers', kind: 'expected-result', section: 'task-1' },
      { id: 'all-done-dddddd', line: 33, checked: false, text: 'All done', kind: 'completion-criterion', section: 'completion' },
    ]);
  });

  it('copies questions and hints', () => {
    const json = inspectKata('f.md', fullKata(), []);

    assert.deepStrictEqual(json.questions, [{ text: 'What did the deploy change?', line: 31 }]);
    assert.deepStrictEqual(json.hints, [
      { level: 1, source: 'ai-coach-comment', text: 'Which port?', line: 17, section: 'task-1' },
      { level: 3, source: 'common-pitfall', text: 'Open the port first', line: 8, section: null },
    ]);
  });

  it('uses null and [] for unset fields', () => {
    const kata = fullKata();
    delete kata.difficulty;
    delete kata.estimatedMinutes;
    delete kata.completion;
    delete kata.hints;
    delete kata.sections[0].steps[0].kind;

    const json = inspectKata('f.md', kata, []);

    assert.strictEqual(json.difficulty, null);
    assert.strictEqual(json.estimatedMinutes, null);
    assert.deepStrictEqual(json.questions, []);
    assert.deepStrictEqual(json.hints, []);
    assert.strictEqual(json.steps[0].kind, null);
    assert.ok('kind' in json.steps[0], 'kind is present as null, not left out');
  });

  it('leaves untitled practice steps out of tasks', () => {
    const kata = fullKata();
    kata.sections.splice(1, 0, section({
      id: 'practice',
      kind: 'task',
      label: 'Practice Tasks',
      line: 14,
      steps: [{ id: 'warm-up-eeeeee', line: 15, checkedInFile: false, text: 'Warm up' }],
    }));

    const json = inspectKata('f.md', kata, []);

    assert.deepStrictEqual(json.tasks.map((task) => task.number), [1, 2]);
    assert.deepStrictEqual(json.steps[1], { id: 'warm-up-eeeeee', line: 15, checked: false, text: 'Warm up', kind: null, section: 'practice' });
  });

  it('keeps input order in buildInspectJson', () => {
    const second = { ...fullKata(), id: 'demo-200-second' };
    const json = buildInspectJson([
      { file: 'b.md', kata: second, diagnostics: [] },
      { file: 'a.md', kata: fullKata(), diagnostics: [] },
    ]);

    assert.deepStrictEqual(json.map((kata) => [kata.file, kata.id]), [['b.md', 'demo-200-second'], ['a.md', 'demo-100-full']]);
  });

  it('survives a JSON round trip unchanged', () => {
    const json = inspectKata('f.md', fullKata(), [OUT_OF_RANGE]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(json)), json);
  });
});

describe('cli taskTitle', () => {
  it('strips the Task N prefix', () => {
    const task = (label: string) => ({ ...section({ id: 'task-4', kind: 'task', label }), taskNumber: 4 });

    assert.strictEqual(taskTitle(task('Task 4: Clean up')), 'Clean up');
    assert.strictEqual(taskTitle(task('Task 4')), '');
    assert.strictEqual(taskTitle(task('Task 4: Task 4: Twice')), 'Task 4: Twice');
  });
});

describe('cli inspect of a parsed fixture', () => {
  const file = path.join(FIXTURES, 'clean', 'cli-basics', '100-first-steps.md');
  const kata = () => {
    const result = parseKataFile(fs.readFileSync(file, 'utf8'), file);
    assert.ok(result.kata, `fixture is not a kata: ${result.notKataReason}`);
    return result.kata;
  };

  it('reports tasks, steps and lines', () => {
    const json = inspectKata('100-first-steps.md', kata(), []);

    assert.strictEqual(json.id, 'cli-basics-100-first-steps');
    assert.strictEqual(json.title, '100 - First Steps with the Checker');
    assert.deepStrictEqual(
      json.tasks.map((task) => [task.number, task.title, task.line, task.steps.length]),
      [
        [1, 'Run the Checker', 51, 3],
        [2, 'Read a Diagnostic', 59, 2],
      ],
    );
    assert.deepStrictEqual(json.steps.map((step) => step.line), [46, 47, 54, 56, 57, 62, 63, 69, 70]);
    assert.deepStrictEqual(json.steps.map((step) => step.checked), [false, true, false, false, false, false, true, false, false]);
    assert.strictEqual(json.steps[4].text, 'The exit code is printed with `echo $?`');
    assert.deepStrictEqual(json.tasks[0].steps, json.steps.slice(2, 5).map((step) => step.id));
  });

  it('formats the readable summary', () => {
    const text = formatInspectText([{ file: 'clean/100-first-steps.md', kata: kata(), diagnostics: [OUT_OF_RANGE] }]);

    assert.ok(text.startsWith('100 - First Steps with the Checker (cli-basics-100-first-steps)\n'), text);
    assert.ok(text.includes('  file:        clean/100-first-steps.md\n'));
    assert.ok(text.includes('  difficulty:  1 - Foundation\n'));
    assert.ok(text.includes('  minutes:     30\n'));
    assert.ok(text.includes('  category:    cli-basics\n'));
    assert.ok(text.includes('    Task 1: Run the Checker (10-15 minutes): 3 steps, line 51\n'));
    assert.ok(text.includes('    Task 2: Read a Diagnostic (15 minutes): 2 steps, line 59\n'));
    assert.ok(text.includes('  Essential Setup: 2 steps, line 44\n'));
    assert.ok(text.includes('  diagnostics: 1 (1 error)\n'));
  });
});
