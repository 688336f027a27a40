import * as assert from 'node:assert/strict';
import { newKataFile } from '../../src/core/newKata';
import { parseKataFile } from '../../src/core/parser';
import { validateText } from './validationTestSupport';

describe('newKataFile', () => {
  const created = newKataFile({ category: 'Git Fundamentals', title: "Rebase a Branch's History", difficulty: 2, date: '2026-12-04', author: "O'Neil" });

  it('names the file and id from category, difficulty and title', () => {
    assert.equal(created.kataId, 'git-fundamentals-200-rebase-a-branch-s-history');
    assert.equal(created.relativePath, 'katas/git-fundamentals/200-rebase-a-branch-s-history.md');
  });

  it('validates without diagnostics', () => {
    assert.deepEqual(validateText(created.text, `/workspace/${created.relativePath}`), []);
  });

  it('parses into setup, two tasks and a completion check', () => {
    const kata = parseKataFile(created.text, '/workspace/new.md').kata;

    assert.ok(kata);
    assert.equal(kata.title, "200 - Rebase a Branch's History");
    assert.deepEqual(kata.sections.map((section) => section.id), ['setup', 'task-1', 'task-2', 'completion']);
    assert.equal(kata.completion?.questions.length, 1);
    assert.equal(kata.frontMatter.author, "O'Neil");
  });

  it('keeps accented letters in the id', () => {
    const created = newKataFile({ category: 'Überblick', title: 'Ünïcödé Café Basics', difficulty: 3, date: '2026-12-04' });

    assert.equal(created.kataId, 'uberblick-300-unicode-cafe-basics');
    assert.ok(created.text.includes("description: 'An advanced kata:"), created.text.slice(0, 300));
  });

  it('clamps the difficulty', () => {
    assert.equal(newKataFile({ category: 'x', title: 'y z', difficulty: 9, date: '2026-12-04' }).kataId, 'x-500-y-z');
  });
});
