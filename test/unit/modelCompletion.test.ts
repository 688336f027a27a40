// Completion Check questions and outcomes of the kata model.

import * as assert from 'assert';
import type { Kata } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';

/** Parses a kata whose front matter is `kata_id: demo-100` (lines 1-3), so the body starts on line 4. */
function parseKata(body: string): Kata {
  const result = parseKataFile(`---\nkata_id: demo-100\n---\n${body}`, '/katas/demo/100-demo.md');
  assert.ok(result.kata, `expected a kata: ${result.notKataReason}`);
  return result.kata;
}

describe('kata model completion check', () => {
  it('splits questions from outcomes', () => {
    const kata = parseKata(
      [
        '## Completion Check', // 4
        '', // 5
        "**You've Succeeded When**:", // 6
        '', // 7
        '- [ ] Deployed the **app**', // 8
        '- [x] Can you explain why?', // 9
        '', // 10
        '**Test your understanding** (no notes):', // 11
        '', // 12
        '- [ ] **Scoping**: limit the edit', // 13
        '', // 14
        '**Confidence check**:', // 15
        '', // 16
        '- [ ] I can deploy', // 17
        '', // 18
        '**Reflection Questions**:', // 19
        '', // 20
        '1. **Describe** the flow.', // 21
        '2. [ ] A numbered checkbox', // 22
        '', // 23
        '## Reference Appendix', // 24
        '', // 25
        '- [ ] Not in the Completion Check', // 26
      ].join('\n'),
    );

    assert.deepStrictEqual(kata.completion, {
      questions: [
        { text: 'Can you explain why?', line: 9 },
        { text: '**Scoping**: limit the edit', line: 13 },
        { text: '**Describe** the flow.', line: 21 },
        { text: 'A numbered checkbox', line: 22 },
      ],
      outcomes: [
        { text: 'Deployed the **app**', line: 8 },
        { text: 'I can deploy', line: 17 },
      ],
    });
  });

  it('uses ### titles for question groups', () => {
    const kata = parseKata(
      [
        '## Completion Check',
        '',
        '### Self-Test Your Knowledge',
        '',
        '- [ ] Explain the planner',
        '',
        '### Check your understanding',
        '',
        '- [ ] List the files',
        '',
        '### Questions',
        '',
        '- [ ] Name the steps',
        '',
        "### You've Succeeded When",
        '',
        '- [ ] Launched the planner',
      ].join('\n'),
    );

    assert.deepStrictEqual(
      kata.completion?.questions.map((question) => question.text),
      ['Explain the planner', 'List the files', 'Name the steps'],
    );
    assert.deepStrictEqual(
      kata.completion?.outcomes.map((outcome) => outcome.text),
      ['Launched the planner'],
    );
  });

  it('reads bullets without checkboxes', () => {
    const kata = parseKata(
      [
        '## Completion Check',
        '',
        'You are done when you can demonstrate:',
        '',
        '- ✅ **Deployment**: the app runs',
        '- Can you explain the `config` file?',
        '  - nested detail',
        '',
        '*Before moving on, verify:*',
        '',
        '1. **What** did you change?',
      ].join('\n'),
    );

    assert.deepStrictEqual(kata.completion, {
      questions: [
        { text: 'Can you explain the `config` file?', line: 9 },
        { text: '**What** did you change?', line: 14 },
      ],
      outcomes: [{ text: '✅ **Deployment**: the app runs', line: 8 }],
    });
  });

  it('folds wrapped items onto one line', () => {
    const kata = parseKata('## Completion Check\n\n- [ ] First line\n  second line?\n');

    assert.deepStrictEqual(kata.completion?.questions, [{ text: 'First line second line?', line: 6 }]);
  });

  it('is empty without list items', () => {
    assert.deepStrictEqual(parseKata('## Completion Check\n\nJust text.\n').completion, { questions: [], outcomes: [] });
  });

  it('is undefined without the section', () => {
    assert.strictEqual(parseKata('## Practice Tasks\n\n- [ ] a\n').completion, undefined);
  });
});
