// Task notes and Quick Context parts of the kata model.

import * as assert from 'assert';
import type { Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';

/** Parses a kata whose front matter is `kata_id: demo-100` (lines 1-3), so the body starts on line 4. */
function parseKata(body: string): Kata {
  const result = parseKataFile(`---\nkata_id: demo-100\n---\n${body}`, '/katas/demo/100-demo.md');
  assert.ok(result.kata, `expected a kata: ${result.notKataReason}`);
  return result.kata;
}

describe('kata model notes', () => {
  it('reads labelled lines of a task', () => {
    const kata = parseKata(
      [
        '## Practice Tasks', // 4
        '', // 5
        '### Task 1: Deploy (10 minutes)', // 6
        '', // 7
        '1. **Deploy** the app', // 8
        '   - [ ] Run it', // 9
        '   - **Pro tip**: use `--dry-run` first', // 10
        '   - **Validation checkpoint:** the app', // 11
        '     answers on port 80', // 12
        '   - [ ] **Pro tip**: a checkbox stays a step', // 13
        '', // 14
        '**Success check** — all green', // 15
        '', // 16
        '> **Expected result**: a quote counts too', // 17
        '', // 18
        '**Note**: not a note label', // 19
        '', // 20
        'Some text with **Pro tip**: inside', // 21
        '', // 22
        '```md', // 23
        '**Pro tip**: in code', // 24
        '```', // 25
      ].join('\n'),
    );

    assert.deepStrictEqual(kata.sections[0].notes, [
      { kind: 'pro-tip', text: 'use `--dry-run` first', line: 10 },
      { kind: 'validation-checkpoint', text: 'the app answers on port 80', line: 11 },
      { kind: 'success-check', text: 'all green', line: 15 },
      { kind: 'expected-result', text: 'a quote counts too', line: 17 },
    ]);
  });

  it('splits a paragraph at each label', () => {
    const kata = parseKata(
      [
        '## Practice Tasks',
        '',
        '### Task 1: T',
        '',
        '**Pro tip**: first',
        'continues **bold** here',
        '**Validation checkpoint**: second',
        '**Bold start** continues the second',
      ].join('\n'),
    );

    assert.deepStrictEqual(kata.sections[0].notes, [
      { kind: 'pro-tip', text: 'first continues **bold** here', line: 8 },
      { kind: 'validation-checkpoint', text: 'second **Bold start** continues the second', line: 10 },
    ]);
  });

  it('accepts label variants', () => {
    const kata = parseKata(
      [
        '## Practice Tasks',
        '',
        '### Task 1: T',
        '',
        '- **PRO TIP:** upper case',
        '- __Pro tip__: underscores',
        '- **💡 Pro Tip**: emoji',
        '- **Pro tips**: plural',
        '- **Expected Results** - dash',
      ].join('\n'),
    );

    assert.deepStrictEqual(
      kata.sections[0].notes?.map((note) => [note.kind, note.text]),
      [
        ['pro-tip', 'upper case'],
        ['pro-tip', 'underscores'],
        ['pro-tip', 'emoji'],
        ['pro-tip', 'plural'],
        ['expected-result', 'dash'],
      ],
    );
  });

  it('keeps notes in their own task', () => {
    const kata = parseKata(
      [
        '## Essential Setup',
        '',
        '- **Pro tip**: setup is not a task',
        '',
        '## Practice Tasks',
        '',
        '### Task 1: A',
        '',
        '- **Pro tip**: in A',
        '',
        '### Task 2: B',
        '',
        '- **Pro tip**: in B',
        '',
        '## Completion Check',
        '',
        '- **Pro tip**: after the tasks',
      ].join('\n'),
    );

    assert.deepStrictEqual(
      kata.sections.map((section) => [section.id, section.notes?.map((note) => note.text)]),
      [
        ['task-1', ['in A']],
        ['task-2', ['in B']],
      ],
    );
  });

  it('gives a task without notes an empty list', () => {
    const kata = parseKata('## Essential Setup\n\n- [ ] a\n\n## Practice Tasks\n\n### Task 1: A\n\n- [ ] b\n');

    assert.deepStrictEqual(kata.sections[1].notes, []);
    assert.strictEqual(kata.sections[0].notes, undefined);
  });
});

describe('kata model quick context', () => {
  it('reads the four labelled parts', () => {
    const kata = parseKata(
      [
        '## Quick Context',
        '',
        "**You'll Learn**: how to *deploy*",
        '',
        '**Prerequisites:** a subscription',
        '',
        '**Real Challenge**: the app is slow,',
        'and users notice.',
        '**Your Task**: make it fast',
        '',
        '## Essential Setup',
        '',
        '**Your Task**: outside Quick Context',
      ].join('\n'),
    );

    assert.deepStrictEqual(kata.quickContext, {
      youllLearn: 'how to *deploy*',
      prerequisites: 'a subscription',
      realChallenge: 'the app is slow, and users notice.',
      yourTask: 'make it fast',
    });
  });

  it('accepts the typographic apostrophe', () => {
    const kata = parseKata('## Quick Context\n\n**You\u2019ll Learn**: typography\n');

    assert.deepStrictEqual(kata.quickContext, { youllLearn: 'typography' });
  });

  it('accepts lowercase and longer labels', () => {
    const kata = parseKata(
      "## Quick Context\n\n**What you'll learn**: a\n\n**Real-world challenge**: b\n\n**Your mission**: c\n",
    );

    assert.deepStrictEqual(kata.quickContext, { youllLearn: 'a', realChallenge: 'b', yourTask: 'c' });
  });

  it('joins a list after an empty label', () => {
    const kata = parseKata(
      [
        '## Quick Context',
        '',
        '**Prerequisites**:',
        '',
        '- First kata',
        '- An editor',
        '  - nested detail',
        '',
        '**Your Task**: go',
      ].join('\n'),
    );

    assert.deepStrictEqual(kata.quickContext, { prerequisites: 'First kata; An editor', yourTask: 'go' });
  });

  it('keeps the first paragraph of a label', () => {
    const kata = parseKata('## Quick Context\n\n**Your Task**: first\n\n**Your Task**: second\n');

    assert.deepStrictEqual(kata.quickContext, { yourTask: 'first' });
  });

  it('ignores labels in lists and code', () => {
    const kata = parseKata("## Quick Context\n\n- **Your Task**: in a list\n\n```\n**You'll Learn**: code\n```\n");

    assert.strictEqual(kata.quickContext, undefined);
  });

  it('is undefined without Quick Context', () => {
    assert.strictEqual(parseKata("**You'll Learn**: no section\n").quickContext, undefined);
  });
});
