// Hint sources, levels and reveal order of the kata model.

import * as assert from 'assert';
import type { Kata, KataHint } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';

/** Parses a kata with the given extra front matter lines after `kata_id: demo-100` (line 2). */
function parseKata(body: string, frontMatter: string[] = []): Kata {
  const text = ['---', 'kata_id: demo-100', ...frontMatter, '---', body].join('\n');
  const result = parseKataFile(text, '/katas/demo/100-demo.md');
  assert.ok(result.kata, `expected a kata: ${result.notKataReason}`);
  return result.kata;
}

function summary(hints: readonly KataHint[] | undefined): string[] {
  return (hints ?? []).map((hint) => `${hint.level}|${hint.source}|${hint.sectionId ?? '-'}|${hint.line}|${hint.text}`);
}

function troubleshootingHints(body: string): string[] {
  const kata = parseKata(`## Reference Appendix\n\n### Troubleshooting\n\n${body}`);
  return (kata.hints ?? [])
    .filter((hint) => hint.source === 'troubleshooting')
    .sort((a, b) => a.line - b.line || a.level - b.level)
    .map((hint) => `${hint.level}|${hint.line}|${hint.text}`);
}

describe('kata model hints', () => {
  describe('AI coach comments', () => {
    it('reads comments and attaches them to tasks', () => {
      const kata = parseKata(
        [
          '<!-- AI_COACH: kata-wide   comment -->', // 4
          '## Practice Tasks', // 5
          '', // 6
          '### Task 1: A', // 7
          '', // 8
          '<!-- AI_COACH: first -->', // 9
          '<!-- AI_COACH: second,', // 10
          '     wrapped -->', // 11
          '', // 12
          '1. Step', // 13
          '   - [ ] box', // 14
          '', // 15
          '   <!-- AI_COACH: inside a list item -->', // 16
          '', // 17
          'Text with <!-- AI_COACH: inline --> comment.', // 18
          '', // 19
          '<!-- not a coach comment -->', // 20
          '<!-- AI_COACH: -->', // 21
          '', // 22
          '```html', // 23
          '<!-- AI_COACH: in code -->', // 24
          '```', // 25
        ].join('\n'),
      );

      assert.deepStrictEqual(summary(kata.hints), [
        '1|ai-coach-comment|task-1|9|first',
        '1|ai-coach-comment|task-1|10|second, wrapped',
        '1|ai-coach-comment|task-1|16|inside a list item',
        '1|ai-coach-comment|task-1|18|inline',
        '1|ai-coach-comment|-|4|kata-wide comment',
      ]);
    });
  });

  describe('front matter pitfalls', () => {
    it('gives level-1 kata-wide hints', () => {
      const kata = parseKata('# Body\n', ['title: T', 'common_pitfalls:', '  - Forgetting the context', '  - 42', "  - '  '"]);

      assert.deepStrictEqual(summary(kata.hints), ['1|common-pitfall|-|4|Forgetting the context']);
    });

    it('gives nothing for an empty list', () => {
      assert.deepStrictEqual(parseKata('# Body\n', ['common_pitfalls: []']).hints, []);
    });
  });

  describe('task notes', () => {
    it('turns notes into hints', () => {
      const kata = parseKata(
        [
          '## Practice Tasks', // 4
          '', // 5
          '### Task 1: A', // 6
          '', // 7
          '- **Pro tip**: use the flag', // 8
          '- **Validation checkpoint**: it runs', // 9
          '- **Success check**: all green', // 10
          '- **Expected result**: not a hint', // 11
          '- [ ] **Pro tip**: a step, not a hint', // 12
        ].join('\n'),
      );

      assert.deepStrictEqual(summary(kata.hints), [
        '1|validation-checkpoint|task-1|9|it runs',
        '1|validation-checkpoint|task-1|10|all green',
        '2|pro-tip|task-1|8|use the flag',
      ]);
    });
  });

  describe('appendix lists', () => {
    it('reads tips and help resources', () => {
      const kata = parseKata(
        [
          '## Reference Appendix', // 4
          '', // 5
          '### Help Resources', // 6
          '', // 7
          '**Core Resources**:', // 8
          '', // 9
          '- [Docs](https://example.com) - reference', // 10
          '', // 11
          '### Professional Tips', // 12
          '', // 13
          '- **Ask mode**: for questions', // 14
          '- Keep prompts', // 15
          '  short', // 16
          '', // 17
          '### Other Tips', // 18
          '', // 19
          '- not collected', // 20
        ].join('\n'),
      );

      assert.deepStrictEqual(summary(kata.hints), [
        '2|help-resource|-|10|[Docs](https://example.com) - reference',
        '2|professional-tip|-|14|**Ask mode**: for questions',
        '2|professional-tip|-|15|Keep prompts short',
      ]);
    });

    it('stops a subsection at a thematic break', () => {
      const kata = parseKata('## Reference Appendix\n\n### Professional Tips\n\n- tip\n\n---\n\n- credits\n');

      assert.deepStrictEqual(
        kata.hints?.map((hint) => hint.text),
        ['tip'],
      );
    });
  });

  describe('troubleshooting', () => {
    it('pairs Issue with Quick Fix', () => {
      assert.deepStrictEqual(
        troubleshootingHints('**Issue**: install fails\n\n- **Quick Fix**: run as admin\n\n**Issue**: token rejected\n\n- **Quick Fix**: check scopes\n'),
        ['1|8|install fails', '3|10|run as admin', '1|12|token rejected', '3|14|check scopes'],
      );
    });

    it('pairs Issue with Solution lines', () => {
      assert.deepStrictEqual(
        troubleshootingHints('**Issue**: login fails\n**Solution**: run `az login`\n\n**Problem**: slow\n**Solution**: scope it\n'),
        ['1|8|login fails', '3|9|run `az login`', '1|11|slow', '3|12|scope it'],
      );
    });

    it('pairs Q with A', () => {
      assert.deepStrictEqual(
        troubleshootingHints("**Q: Which mode am I in?**\n**A**: Check the indicator.\n\n**Q**: Can I switch?\n**A**: Yes.\n"),
        ['1|8|Which mode am I in?', '3|9|Check the indicator.', '1|11|Can I switch?', '3|12|Yes.'],
      );
    });

    it('reads bold titles with bullets', () => {
      assert.deepStrictEqual(
        troubleshootingHints(
          [
            '**Pods show OOMKilled status**:', // 8
            '', // 9
            '- Memory limit too low', // 10
            '- Check: `kubectl describe pod`', // 11
            '- Solution: raise the limit', // 12
            '', // 13
            '**Stories are too technical**:', // 14
            '', // 15
            '- Focus on user goals', // 16
            '- Use the story format', // 17
          ].join('\n'),
        ),
        [
          '1|8|Pods show OOMKilled status',
          '2|10|Memory limit too low',
          '2|11|Check: `kubectl describe pod`',
          '3|12|raise the limit',
          '1|14|Stories are too technical',
          '3|16|Focus on user goals',
          '3|17|Use the story format',
        ],
      );
    });

    it('reads bold-titled bullets as pairs', () => {
      assert.deepStrictEqual(
        troubleshootingHints('- **Analysis too broad** → Focus on examples\n- **Too technical**: Balance it\n'),
        ['1|8|Analysis too broad', '3|8|Focus on examples', '1|9|Too technical', '3|9|Balance it'],
      );
    });

    it('gives plain bullets level 2', () => {
      assert.deepStrictEqual(
        troubleshootingHints('Common problems:\n\n- If responses lack context, use @workspace.\n\n*Credits line*\n'),
        ['2|10|If responses lack context, use @workspace.'],
      );
    });

    it('attaches a task troubleshooting to the task', () => {
      const kata = parseKata('## Practice Tasks\n\n### Task 1: A\n\n- [ ] a\n\n### Troubleshooting\n\n**Issue**: x\n**Solution**: y\n');

      assert.deepStrictEqual(summary(kata.hints), ['1|troubleshooting|task-1|12|x', '3|troubleshooting|task-1|13|y']);
    });
  });

  describe('order', () => {
    it('sorts by level, task, then line', () => {
      const kata = parseKata(
        [
          '## Practice Tasks', // 5
          '', // 6
          '### Task 1: A', // 7
          '', // 8
          '- **Pro tip**: tip A', // 9
          '<!-- AI_COACH: coach A -->', // 10
          '', // 11
          '### Task 2: B', // 12
          '', // 13
          '<!-- AI_COACH: coach B -->', // 14
          '- **Validation checkpoint**: check B', // 15
          '', // 16
          '## Reference Appendix', // 17
          '', // 18
          '### Troubleshooting', // 19
          '', // 20
          '**Issue**: issue', // 21
          '**Quick Fix**: fix', // 22
          '', // 23
          '### Professional Tips', // 24
          '', // 25
          '- professional', // 26
        ].join('\n'),
        ['common_pitfalls: [pitfall text]'],
      );

      assert.deepStrictEqual(summary(kata.hints), [
        '1|ai-coach-comment|task-1|10|coach A',
        '1|ai-coach-comment|task-2|14|coach B',
        '1|validation-checkpoint|task-2|15|check B',
        '1|common-pitfall|-|3|pitfall text',
        '1|troubleshooting|-|21|issue',
        '2|pro-tip|task-1|9|tip A',
        '2|professional-tip|-|26|professional',
        '3|troubleshooting|-|22|fix',
      ]);
    });
  });
});
