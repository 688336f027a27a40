import * as assert from 'assert';
import { parseKataFile } from '../../src/core/parser';
import { allSteps, type Kata, type ParseResult } from '../../src/core/model';

const FILE = '/katas/demo/100-demo.md';

function frontMatter(lines: string[]): string {
  return ['---', ...lines, '---', ''].join('\n');
}

function parse(text: string): ParseResult {
  return parseKataFile(text, FILE);
}

function parseKata(body: string, extraFrontMatter: string[] = []): Kata {
  const result = parse(frontMatter(['kata_id: demo-100', ...extraFrontMatter]) + body);
  assert.ok(result.kata, `expected a kata: ${result.notKataReason}`);
  return result.kata;
}

function sectionSummary(kata: Kata): string[] {
  return kata.sections.map((section) => `${section.id}|${section.kind}|${section.label}|${section.steps.length}`);
}

describe('parseKataFile', () => {
  describe('kata fields', () => {
    it('strips the Kata: prefix from the title', () => {
      assert.strictEqual(parseKata('', ["title: 'Kata: 100 - Demo'"]).title, '100 - Demo');
      assert.strictEqual(parseKata('', ['title: "kata:Demo two"']).title, 'Demo two');
      assert.strictEqual(parseKata('', ["title: 'KATA :  Spaced '"]).title, 'Spaced');
    });

    it('falls back to heading, then id', () => {
      assert.strictEqual(parseKata('# Kata: From the heading\n').title, 'From the heading');
      assert.strictEqual(parseKata('## Only a section\n').title, 'demo-100');
      assert.strictEqual(parseKata('', ['title: 42']).title, 'demo-100');
    });

    it('reads the category forms', () => {
      const fromList = parseKata('', ['kata_category:', '  - first', '  - second']);
      assert.strictEqual(fromList.category, 'first');
      assert.deepStrictEqual(fromList.categories, ['first', 'second']);

      const fromString = parseKata('', ['kata_category: single']);
      assert.strictEqual(fromString.category, 'single');
      assert.deepStrictEqual(fromString.categories, ['single']);

      const missing = parseKata('');
      assert.strictEqual(missing.category, 'uncategorized');
      assert.deepStrictEqual(missing.categories, []);

      assert.strictEqual(parseKata('', ['kata_category: []']).category, 'uncategorized');
      assert.strictEqual(parseKata('', ['kata_category: [7, later]']).category, 'later');
    });

    it('accepts difficulty 1 to 5 only', () => {
      assert.strictEqual(parseKata('', ['kata_difficulty: 1']).difficulty, 1);
      assert.strictEqual(parseKata('', ['kata_difficulty: 5']).difficulty, 5);
      assert.strictEqual(parseKata('', ['kata_difficulty: 0']).difficulty, undefined);
      assert.strictEqual(parseKata('', ['kata_difficulty: 6']).difficulty, undefined);
      assert.strictEqual(parseKata('', ['kata_difficulty: 2.5']).difficulty, undefined);
      assert.strictEqual(parseKata('', ['kata_difficulty: "3"']).difficulty, undefined);
    });

    it('accepts positive estimated minutes', () => {
      assert.strictEqual(parseKata('', ['estimated_time_minutes: 45']).estimatedMinutes, 45);
      assert.strictEqual(parseKata('', ['estimated_time_minutes: 0']).estimatedMinutes, undefined);
      assert.strictEqual(parseKata('', ['estimated_time_minutes: -5']).estimatedMinutes, undefined);
      assert.strictEqual(parseKata('', ['estimated_time_minutes: soon']).estimatedMinutes, undefined);
    });

    it('reads lists as strings', () => {
      const kata = parseKata('', [
        'learning_objectives:',
        '  - Learn one',
        '  - 2',
        '  - Learn three',
        'prerequisite_katas: other-100',
        'tags: [a, true, b]',
        'technologies: 5',
        'description: A short kata',
      ]);

      assert.deepStrictEqual(kata.learningObjectives, ['Learn one', 'Learn three']);
      assert.deepStrictEqual(kata.prerequisites, ['other-100']);
      assert.deepStrictEqual(kata.tags, ['a', 'b']);
      assert.deepStrictEqual(kata.technologies, []);
      assert.deepStrictEqual(kata.successCriteria, []);
      assert.strictEqual(kata.description, 'A short kata');
      assert.strictEqual(kata.filePath, FILE);
      assert.strictEqual(kata.idLine, 2);
    });
  });

  describe('sections', () => {
    it('builds setup, tasks and completion', () => {
      const kata = parseKata(
        [
          '## Quick Context',
          '',
          'Intro.',
          '',
          '## Essential Setup',
          '',
          '- [ ] Tool installed',
          '',
          '## Practice Tasks',
          '',
          '### Task 1: Deploy the app (20-25 minutes)',
          '',
          '- [ ] Deploy',
          '',
          '### Task 2: Observe  ',
          '',
          '## Completion Check',
          '',
          '- [x] Done',
        ].join('\n'),
      );

      assert.deepStrictEqual(sectionSummary(kata), [
        'setup|setup|Essential Setup|1',
        'task-1|task|Task 1: Deploy the app|1',
        'task-2|task|Task 2: Observe|0',
        'completion|completion|Completion Check|1',
      ]);

      const task = kata.sections[1];
      assert.strictEqual(task.taskNumber, 1);
      assert.strictEqual(task.estimate, '20-25 minutes');
      assert.strictEqual(task.heading, 'Task 1: Deploy the app (20-25 minutes)');
      assert.strictEqual(task.line, 14);
      assert.strictEqual(kata.sections[2].estimate, undefined);
      assert.strictEqual(kata.sections[3].steps[0].checkedInFile, true);
    });

    it('matches headings case-insensitively', () => {
      const kata = parseKata('## ESSENTIAL setup   \n\n- [ ] a\n\n## practice TASKS\n\n### task 3: Lower\n\n- [ ] b\n');

      assert.deepStrictEqual(sectionSummary(kata), ['setup|setup|Essential Setup|1', 'task-3|task|Task 3: Lower|1']);
    });

    it('suffixes duplicate task numbers', () => {
      const kata = parseKata('## Practice Tasks\n\n### Task 1: A\n\n- [ ] a\n\n### Task 1: B\n\n- [ ] b\n\n### Task 1: C\n');

      assert.deepStrictEqual(
        kata.sections.map((section) => section.id),
        ['task-1', 'task-1-2', 'task-1-3'],
      );
      assert.deepStrictEqual(
        kata.sections.map((section) => section.taskNumber),
        [1, 1, 1],
      );
    });

    it('keeps practice-level checkboxes', () => {
      const kata = parseKata('## Practice Tasks\n\n- [ ] Before any task\n\n### Task 1: First\n\n- [ ] In task\n');

      assert.deepStrictEqual(sectionSummary(kata), [
        'practice|task|Practice Tasks|1',
        'task-1|task|Task 1: First|1',
      ]);
      assert.strictEqual(kata.sections[0].heading, 'Practice Tasks');
    });

    it('makes other sections with checkboxes', () => {
      const kata = parseKata(
        [
          '- [ ] Before every section',
          '',
          '## Quick Context',
          '',
          'No boxes here.',
          '',
          '## Cleanup Resources',
          '',
          '### Cleanup Steps',
          '',
          '- [ ] Delete the group',
          '',
          '## Reference Appendix',
          '',
          '### Task 9: Not a task outside Practice Tasks',
          '',
          '- [ ] Appendix box',
        ].join('\n'),
      );

      assert.deepStrictEqual(sectionSummary(kata), [
        'steps|other|Steps|1',
        'cleanup-resources|other|Cleanup Resources|1',
        'reference-appendix|other|Reference Appendix|1',
      ]);
      assert.strictEqual(kata.sections[0].line, 4, 'a Steps section starts at its first checkbox');
      assert.strictEqual(kata.sections[1].line, 10);
    });

    it('keeps h3 sub-headings inside a task', () => {
      const kata = parseKata('## Practice Tasks\n\n### Task 1: A\n\n- [ ] a\n\n### Troubleshooting\n\n- [ ] b\n');

      assert.deepStrictEqual(sectionSummary(kata), ['task-1|task|Task 1: A|2']);
    });

    it('gives repeated other sections unique ids', () => {
      const kata = parseKata('## Notes\n\n- [ ] a\n\n## Notes\n\n- [ ] b\n');

      assert.deepStrictEqual(
        kata.sections.map((section) => section.id),
        ['notes', 'notes-2'],
      );
    });

    it('puts every checkbox in a section', () => {
      const result = parse(
        frontMatter(['kata_id: demo-100']) +
          '- [ ] a\n## Essential Setup\n- [ ] b\n## Practice Tasks\n- [ ] c\n### Task 1: T\n- [ ] d\n### Other\n- [ ] e\n## Completion Check\n- [ ] f\n## Extra\n- [ ] g\n',
      );

      assert.ok(result.kata);
      assert.strictEqual(allSteps(result.kata).length, 7);
      assert.deepStrictEqual(
        allSteps(result.kata).map((step) => step.line),
        result.checkboxes.map((checkbox) => checkbox.line),
      );
    });

    it('groups steps under numbered steps', () => {
      const kata = parseKata(
        [
          '## Practice Tasks',
          '',
          '### Task 1: Deploy',
          '',
          '1. **Prepare** the `config` file',
          '   - [ ] Copy the template',
          '   - [ ] Fill in *the* values',
          '',
          '2. Deploy',
          '   - [ ] Run the script',
          '',
          '- [ ] Not indented under a numbered step',
          '',
          '### Task 2: Verify',
          '',
          '- [ ] Check the portal',
        ].join('\n'),
      );

      const groups = allSteps(kata).map((step) => step.group);
      assert.deepStrictEqual(groups, [
        'Prepare the config file',
        'Prepare the config file',
        'Deploy',
        undefined,
        undefined,
      ]);
    });
  });

  describe('files that are not katas', () => {
    it('explains a missing front matter', () => {
      const result = parse('# Notes\n\n- [ ] item\n');

      assert.strictEqual(result.kata, undefined);
      assert.strictEqual(result.notKataReason, 'no YAML front matter');
      assert.deepStrictEqual(result.problems, []);
      assert.strictEqual(result.checkboxes.length, 1);
    });

    it('explains a missing kata_id', () => {
      const result = parse(frontMatter(['title: Category hub']) + '# Hub\n');

      assert.strictEqual(result.kata, undefined);
      assert.strictEqual(result.notKataReason, 'front matter has no kata_id (a hub or reference page)');
      assert.deepStrictEqual(result.frontMatter, { title: 'Category hub' });
    });

    it('warns about a kata_id that is not a string', () => {
      const result = parse(frontMatter(['title: x', 'kata_id: 123']));

      assert.strictEqual(result.kata, undefined);
      assert.strictEqual(result.problems[0].code, 'invalid-kata-id');
      assert.strictEqual(result.problems[0].line, 3);
    });

    it('reports invalid YAML on every parse', () => {
      const text = frontMatter(['kata_id: [category]-[100]-[short-name]', 'kata_difficulty: 1']) + '\n- [ ] Fill in\n';

      for (let attempt = 1; attempt <= 2; attempt++) {
        const result = parse(text);
        assert.strictEqual(result.kata, undefined, `attempt ${attempt}`);
        assert.strictEqual(result.frontMatter, null, `attempt ${attempt}`);
        assert.strictEqual(result.problems.length, 1, `attempt ${attempt}`);

        const problem = result.problems[0];
        assert.strictEqual(problem.code, 'invalid-yaml');
        assert.strictEqual(problem.severity, 'error');
        assert.strictEqual(problem.line, 2);
        assert.strictEqual(problem.column, 20);
        assert.match(problem.message, /in quotes/);
        assert.match(result.notKataReason ?? '', /^invalid YAML in front matter at line 2, column 20: /);
        assert.deepStrictEqual(
          result.checkboxes.map((checkbox) => checkbox.line),
          [6],
        );
      }
    });

    it('never throws on odd input', () => {
      for (const text of ['', '---', '---\n---', '\uFEFF', '- [ ]', '> - [x]\n>\n', '1. [ ]\n   - [x] a\n']) {
        const result = parse(text);
        assert.strictEqual(result.filePath, FILE);
        assert.ok(Array.isArray(result.problems));
      }
    });
  });

  describe('encodings and line endings', () => {
    it('counts lines after a BOM', () => {
      const result = parse('\uFEFF' + frontMatter(['kata_id: demo-100']) + '## Essential Setup\n\n- [ ] Editor installed\n');

      assert.ok(result.kata);
      assert.deepStrictEqual(result.kata.sections[0].steps.map((step) => [step.line, step.text]), [
        [6, 'Editor installed'],
      ]);
    });

    it('parses CRLF files', () => {
      const text = '---\r\nkata_id: demo-100\r\ntitle: "Kata: CRLF"\r\n---\r\n## Essential Setup\r\n\r\n- [ ] One  \r\n- [x] Two\r\n';
      const result = parse(text);

      assert.ok(result.kata);
      assert.strictEqual(result.kata.title, 'CRLF');
      assert.deepStrictEqual(
        result.checkboxes.map(({ line, checked, text: boxText }) => ({ line, checked, text: boxText })),
        [
          { line: 7, checked: false, text: 'One' },
          { line: 8, checked: true, text: 'Two' },
        ],
      );
    });
  });

  describe('checkbox details', () => {
    it('folds wrapped content and tracks depth', () => {
      const result = parse('- [ ] First line\n  continues here\n  - [x] Nested `code`\n');

      assert.deepStrictEqual(
        result.checkboxes.map(({ text, content, depth }) => ({ text, content, depth })),
        [
          { text: 'First line', content: 'First line continues here', depth: 0 },
          { text: 'Nested `code`', content: 'Nested `code`', depth: 1 },
        ],
      );
    });

    it('ignores boxes in comments and code', () => {
      const text = '<!--\n- [ ] hidden\n-->\n\n    - [ ] indented code\n\n`- [ ] inline`\n\n[ ] no marker\n\n- [ ]\n';
      const result = parse(text);

      assert.deepStrictEqual(
        result.checkboxes.map((checkbox) => [checkbox.line, checkbox.text]),
        [[11, '']],
      );
    });
  });
});
