// Body sections, section end lines, task minutes and step kinds of the kata model.

import * as assert from 'assert';
import { parseMinutes } from '../../src/core/minutes';
import { allSteps, type Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';

/** Parses a kata whose front matter is `kata_id: demo-100` (lines 1-3), so the body starts on line 4. */
function parseKata(body: string): Kata {
  const result = parseKataFile(`---\nkata_id: demo-100\n---\n${body}`, '/katas/demo/100-demo.md');
  assert.ok(result.kata, `expected a kata: ${result.notKataReason}`);
  return result.kata;
}

const STANDARD_BODY = [
  '# Kata: Demo', // 4
  '', // 5
  '## Quick Context', // 6
  '', // 7
  '**You\'ll Learn**: things', // 8
  '', // 9
  '## Essential Setup', // 10
  '', // 11
  '- [ ] Tool installed', // 12
  '', // 13
  '## Practice Tasks', // 14
  '', // 15
  '### Task 1: Deploy (20-25 minutes)', // 16
  '', // 17
  '1. **Deploy** the app', // 18
  '   - [ ] Run the script', // 19
  '   - [ ] **Expected result**: the app answers', // 20
  '', // 21
  '### Troubleshooting', // 22
  '', // 23
  '- [ ] A box under a sub-heading', // 24
  '', // 25
  '### Task 2: Observe (optional)', // 26
  '', // 27
  '- [ ] **expected RESULT:** logs', // 28
  '', // 29
  '## Completion Check', // 30
  '', // 31
  '- [ ] Deployed', // 32
  '', // 33
  '## Cleanup Resources', // 34
  '', // 35
  '- [ ] Delete the group', // 36
  '', // 37
  '## Reference Appendix', // 38
  '', // 39
  'The end.', // 40
  '',
].join('\n');

describe('kata model sections', () => {
  describe('body sections', () => {
    it('lists every ## section with kind and range', () => {
      const kata = parseKata(STANDARD_BODY);

      assert.deepStrictEqual(kata.bodySections, [
        { kind: 'quick-context', title: 'Quick Context', line: 6, endLine: 9 },
        { kind: 'essential-setup', title: 'Essential Setup', line: 10, endLine: 13 },
        { kind: 'practice-tasks', title: 'Practice Tasks', line: 14, endLine: 29 },
        { kind: 'completion-check', title: 'Completion Check', line: 30, endLine: 33 },
        { kind: 'other', title: 'Cleanup Resources', line: 34, endLine: 37 },
        { kind: 'reference-appendix', title: 'Reference Appendix', line: 38, endLine: 40 },
      ]);
    });

    it('matches titles case-insensitively', () => {
      const kata = parseKata('## quick   CONTEXT\n\n## Completion check\n');

      assert.deepStrictEqual(
        kata.bodySections?.map((section) => [section.kind, section.title]),
        [
          ['quick-context', 'quick   CONTEXT'],
          ['completion-check', 'Completion check'],
        ],
      );
    });

    it('ignores ## in code, lists and quotes', () => {
      const kata = parseKata('## Real\n\n```md\n## In a fence\n```\n\n- ## In a list\n\n> ## In a quote\n');

      assert.deepStrictEqual(
        kata.bodySections?.map((section) => [section.title, section.line, section.endLine]),
        [['Real', 4, 12]],
      );
    });

    it('ends the last section on the last line', () => {
      assert.strictEqual(parseKata('## Only\ntext').bodySections?.[0].endLine, 5);
      assert.strictEqual(parseKata('## Only\ntext\n').bodySections?.[0].endLine, 5);
      assert.strictEqual(parseKata('## Only\ntext\n\n').bodySections?.[0].endLine, 6);
      assert.strictEqual(parseKata('## Only').bodySections?.[0].endLine, 4);
    });

    it('keeps # headings inside a section', () => {
      const kata = parseKata('## First\n\n# Big\n\n## Second\n');

      assert.deepStrictEqual(
        kata.bodySections?.map((section) => [section.title, section.line, section.endLine]),
        [
          ['First', 4, 7],
          ['Second', 8, 8],
        ],
      );
    });

    it('gives an empty list without ## headings', () => {
      assert.deepStrictEqual(parseKata('Just text.\n').bodySections, []);
    });
  });

  describe('section end lines', () => {
    it('ends tasks before the next task or ##', () => {
      const kata = parseKata(STANDARD_BODY);

      assert.deepStrictEqual(
        kata.sections.map((section) => [section.id, section.line, section.endLine]),
        [
          ['setup', 10, 13],
          ['task-1', 16, 25],
          ['task-2', 26, 29],
          ['completion', 30, 33],
          ['cleanup-resources', 34, 37],
        ],
      );
    });

    it('keeps steps inside their section range', () => {
      const kata = parseKata(STANDARD_BODY);

      for (const section of kata.sections) {
        for (const step of section.steps) {
          assert.ok(step.line > section.line, `${section.id}: step ${step.line} after heading`);
          assert.ok(step.line <= (section.endLine ?? 0), `${section.id}: step ${step.line} before end`);
        }
      }
    });

    it('ends leading steps before the first ##', () => {
      const kata = parseKata('- [ ] Early\n\n## Essential Setup\n\n- [ ] Late\n');

      assert.deepStrictEqual(
        kata.sections.map((section) => [section.id, section.line, section.endLine]),
        [
          ['steps', 4, 5],
          ['setup', 6, 8],
        ],
      );
    });

    it('ends practice-level steps at the first task', () => {
      const kata = parseKata('## Practice Tasks\n\n- [ ] Before\n\n### Task 1: T\n\n- [ ] In\n');

      assert.deepStrictEqual(
        kata.sections.map((section) => [section.id, section.line, section.endLine]),
        [
          ['practice', 4, 7],
          ['task-1', 8, 10],
        ],
      );
    });

    it('gives an empty last task its heading line', () => {
      const kata = parseKata('## Practice Tasks\n\n### Task 1: Last');

      assert.strictEqual(kata.sections[0].line, 6);
      assert.strictEqual(kata.sections[0].endLine, 6);
    });
  });

  describe('task minutes', () => {
    it('reads estimates into minute ranges', () => {
      const cases: [string, { min: number; max: number } | undefined][] = [
        ['20-25 minutes', { min: 20, max: 25 }],
        ['10 minutes', { min: 10, max: 10 }],
        ['10 min', { min: 10, max: 10 }],
        ['1 minute', { min: 1, max: 1 }],
        ['90 mins', { min: 90, max: 90 }],
        ['1 hour', { min: 60, max: 60 }],
        ['1-2 hours', { min: 60, max: 120 }],
        ['1.5 hours', { min: 90, max: 90 }],
        ['2 hrs', { min: 120, max: 120 }],
        ['20–25 minutes', { min: 20, max: 25 }],
        ['20 — 25 Minutes', { min: 20, max: 25 }],
        ['20 to 25 minutes', { min: 20, max: 25 }],
        ['~15 minutes', { min: 15, max: 15 }],
        ['  45 MIN ', { min: 45, max: 45 }],
        ['optional', undefined],
        ['', undefined],
        ['10', undefined],
        ['minutes', undefined],
        ['1 hour 30 minutes', undefined],
        ['25-20 minutes', undefined],
        ['Optional, 10 minutes', undefined],
      ];

      for (const [estimate, expected] of cases) {
        assert.deepStrictEqual(parseMinutes(estimate), expected, estimate);
      }
      assert.strictEqual(parseMinutes(undefined), undefined);
    });

    it('sets minutes on task sections', () => {
      const kata = parseKata(STANDARD_BODY);

      assert.deepStrictEqual(kata.sections[1].minutes, { min: 20, max: 25 });
      assert.strictEqual(kata.sections[2].estimate, 'optional');
      assert.strictEqual(kata.sections[2].minutes, undefined);
      assert.strictEqual(kata.sections[0].minutes, undefined);
    });

    it('reads a Time paragraph without heading estimate', () => {
      const kata = parseKata(
        [
          '## Practice Tasks',
          '',
          '### Task 1: No estimate in the heading',
          '',
          '**Time**: 12 minutes',
          '',
          '- [ ] Step',
          '',
          '### Task 2: Heading wins (5 minutes)',
          '',
          '**Time**: 30 minutes',
          '',
          '### Task 3: Time inside a list only',
          '',
          '- **Time**: 7 minutes',
          '',
          '### Task 0: Duration label',
          '',
          '**Duration:** 1 hour',
        ].join('\n'),
      );

      assert.deepStrictEqual(
        kata.sections.map((section) => [section.id, section.estimate, section.minutes]),
        [
          ['task-1', '12 minutes', { min: 12, max: 12 }],
          ['task-2', '5 minutes', { min: 5, max: 5 }],
          ['task-3', undefined, undefined],
          ['task-0', '1 hour', { min: 60, max: 60 }],
        ],
      );
    });
  });

  describe('step kinds', () => {
    it('derives kinds from sections and labels', () => {
      const kata = parseKata(STANDARD_BODY);

      assert.deepStrictEqual(
        allSteps(kata).map((step) => [step.line, step.kind]),
        [
          [12, 'setup'],
          [19, 'task-step'],
          [20, 'expected-result'],
          [24, 'task-step'],
          [28, 'expected-result'],
          [32, 'completion-criterion'],
          [36, 'other'],
        ],
      );
    });

    it('needs the label at the start', () => {
      const kata = parseKata(
        [
          '## Practice Tasks',
          '',
          '- [ ] **Expected result** — an em dash',
          '- [ ] __Expected Results__: plural',
          '- [ ] See the **Expected result** below',
          '- [ ] Expected result: not bold',
          '- [ ] **Expected**: another label',
        ].join('\n'),
      );

      assert.deepStrictEqual(
        allSteps(kata).map((step) => step.kind),
        ['expected-result', 'expected-result', 'task-step', 'task-step', 'task-step'],
      );
    });

    it('gives leading steps kind other', () => {
      const kata = parseKata('- [ ] Before any section\n');

      assert.strictEqual(allSteps(kata)[0].kind, 'other');
    });
  });
});
