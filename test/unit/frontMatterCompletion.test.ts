import * as assert from 'node:assert/strict';
import { frontMatterCompletions } from '../../src/core/frontMatterCompletion';

const KATAS = [
  { id: 'git-200-rebase', title: '200 - Rebase' },
  { id: 'git-100-commit', title: '100 - Commit' },
];

function labels(lines: string[], line: number, character = lines[line].length): string[] {
  return frontMatterCompletions(lines, line, character, KATAS).map((item) => item.label);
}

describe('frontMatterCompletions', () => {
  it('offers missing fields, required first', () => {
    const lines = ['---', 'title: x', 'hint', '---'];
    const items = frontMatterCompletions(lines, 2, 4, KATAS);

    assert.ok(!items.some((item) => item.label === 'title'));
    assert.equal(items[0].insertText, `${items[0].label}: `);
    assert.ok(items[0].detail?.startsWith('Required'), items[0].detail);
    assert.ok(items.some((item) => item.label === 'hint_strategy'));
  });

  it('offers enum values', () => {
    assert.deepEqual(labels(['---', 'hint_strategy: ', '---'], 1), ['progressive', 'direct', 'minimal']);
  });

  it('offers booleans', () => {
    assert.deepEqual(labels(['---', 'requires_azure_subscription: ', '---'], 1), ['true', 'false']);
  });

  it('offers kata ids in a block list', () => {
    assert.deepEqual(labels(['---', 'prerequisite_katas:', '  - ', '---'], 2), ['git-100-commit', 'git-200-rebase']);
  });

  it('offers kata ids in a flow list', () => {
    const items = frontMatterCompletions(['---', 'prerequisite_katas: [', '---'], 1, 21, KATAS);

    assert.deepEqual(items.map((item) => item.detail), ['100 - Commit', '200 - Rebase']);
  });

  it('offers nothing in the body', () => {
    assert.deepEqual(labels(['---', 'title: x', '---', 'hint'], 3), []);
  });

  it('offers nothing without front matter', () => {
    assert.deepEqual(labels(['# Title', 'hint'], 1), []);
  });

  it('offers nothing for free text values', () => {
    assert.deepEqual(labels(['---', 'description: A', '---'], 1), []);
  });
});
