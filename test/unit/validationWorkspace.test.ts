// Workspace rules: duplicate kata ids, unknown prerequisites and prerequisite cycles.

import * as assert from 'assert';
import { KataIndex } from '../../src/core/kataIndex';
import { parseKataFile } from '../../src/core/parser';
import { kataText, keyLine, single, validate, validateTexts, withCode } from './validationTestSupport';

/** Returns a clean kata with the given id and prerequisites. */
function kataWith(id: string, prerequisites: string[] = []): string {
  return kataText({ fields: { kata_id: id, prerequisite_katas: `[${prerequisites.join(', ')}]` } });
}

/** Returns the line of prerequisite diagnostics: the key's line, or the kata_id line until the parser records key lines. */
function prerequisiteLine(text: string, filePath: string): number {
  const kata = parseKataFile(text, filePath).kata;
  assert.ok(kata);
  return kata.frontMatterLines ? keyLine(text, 'prerequisite_katas') : keyLine(text, 'kata_id');
}

describe('validateKataFiles across files', () => {
  describe('duplicate-kata-id', () => {
    it('reports both files, naming the other', () => {
      const text = kataWith('shared-100');
      const [first, second] = validateTexts({
        '/ws/katas/alpha/100-one.md': text,
        '/ws/katas/beta/100-two.md': text,
      });

      const onFirst = single(first, 'duplicate-kata-id');
      const onSecond = single(second, 'duplicate-kata-id');
      for (const duplicate of [onFirst, onSecond]) {
        assert.strictEqual(duplicate.severity, 'error');
        assert.strictEqual(duplicate.line, keyLine(text, 'kata_id'));
        assert.match(duplicate.message, /"shared-100"/);
        assert.match(duplicate.message, /Give each kata a unique kata_id/);
      }
      assert.match(onFirst.message, /used by \.\.\/beta\/100-two\.md\./);
      assert.match(onSecond.message, /used by \.\.\/alpha\/100-one\.md\./);
    });

    it('names every other file', () => {
      const text = kataWith('shared-100');
      const [first] = validateTexts({ '/ws/a.md': text, '/ws/b.md': text, '/ws/c.md': text });
      assert.match(single(first, 'duplicate-kata-id').message, /used by b\.md and c\.md\./);
    });

    it('counts files beyond three', () => {
      const text = kataWith('shared-100');
      const files = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((name) => [`/ws/${name}.md`, text]));
      const [first] = validateTexts(files);
      assert.match(single(first, 'duplicate-kata-id').message, /used by b\.md, c\.md, d\.md and 1 other file\./);
    });

    it('replaces the index problem', () => {
      const index = new KataIndex();
      index.set(parseKataFile(kataWith('shared-100'), '/ws/a.md'), '/ws');
      index.set(parseKataFile(kataWith('shared-100'), '/ws/b.md'), '/ws');

      const [, second] = validate(['/ws/a.md', '/ws/b.md'].map((filePath) => index.resultOf(filePath)!));
      const duplicate = single(second, 'duplicate-kata-id');

      assert.match(duplicate.message, /used by a\.md\./);
    });

    it('ignores the same file given twice', () => {
      const [first] = validateTexts({ '/ws/a.md': kataWith('one-100') });
      const twice = validate([parseKataFile(kataWith('one-100'), '/ws/a.md'), parseKataFile(kataWith('one-100'), '/ws/a.md')]);

      assert.deepStrictEqual(first, []);
      assert.deepStrictEqual(twice, [[], []]);
    });
  });

  describe('unknown-prerequisite', () => {
    it('suggests the closest kata id', () => {
      const text = kataWith('deploy-200-advanced', ['deploy-100-basic', 'monitor-100-intro']);
      const [, advanced] = validateTexts({
        '/ws/deploy-100.md': kataWith('deploy-100-basics'),
        '/ws/deploy-200.md': text,
      });

      const unknown = withCode(advanced, 'unknown-prerequisite');
      assert.strictEqual(unknown.length, 2);
      for (const diagnostic of unknown) {
        assert.strictEqual(diagnostic.severity, 'warning');
        assert.strictEqual(diagnostic.line, prerequisiteLine(text, '/ws/deploy-200.md'));
        assert.strictEqual(diagnostic.column, 1);
      }
      assert.match(unknown[0].message, /"deploy-100-basic" names no kata/);
      assert.match(unknown[0].message, /Did you mean "deploy-100-basics"\?/);
      assert.match(unknown[1].message, /"monitor-100-intro" names no kata/);
      assert.doesNotMatch(unknown[1].message, /Did you mean/);
      assert.match(unknown[1].message, /remove the entry/);
    });

    it('never suggests a malformed id', () => {
      const [, dependent] = validateTexts({
        '/ws/pipes.md': kataWith("'shell--basics_200 Pipes'"),
        '/ws/next.md': kataWith('shell-basics-300-next', ['shell-basics-200-pipes']),
      });
      const [unknown] = withCode(dependent, 'unknown-prerequisite');
      assert.ok(unknown, 'the prerequisite was not reported');
      assert.doesNotMatch(unknown.message, /Did you mean/);
    });

    it('points at files that failed to parse', () => {
      const [, dependent] = validateTexts({
        '/ws/katas/broken.md': '---\nkata_id: shell-basics-200-pipes\nauthor: Tester: the one\n---\n',
        '/ws/katas/next.md': kataWith('shell-basics-300-next', ['shell-basics-200-pipes']),
      });
      const [unknown] = withCode(dependent, 'unknown-prerequisite');
      assert.ok(unknown, 'the prerequisite was not reported');
      assert.match(unknown.message, /1 file could not be read as katas \(such as broken\.md\); if the prerequisite is there, fix that file first\./);
    });

    it('accepts prerequisites in other files', () => {
      const diagnostics = validateTexts({
        '/ws/a.md': kataWith('base-100'),
        '/ws/b.md': kataWith('next-200', ['base-100']),
      });
      assert.deepStrictEqual(diagnostics, [[], []]);
    });
  });

  describe('prerequisite-cycle', () => {
    it('lists a 3-cycle on all three katas', () => {
      const files = {
        '/ws/a.md': kataWith('cycle-a', ['cycle-b']),
        '/ws/b.md': kataWith('cycle-b', ['cycle-c']),
        '/ws/c.md': kataWith('cycle-c', ['cycle-a']),
      };
      const diagnostics = validateTexts(files);
      const expected = [
        'cycle-a → cycle-b → cycle-c → cycle-a',
        'cycle-b → cycle-c → cycle-a → cycle-b',
        'cycle-c → cycle-a → cycle-b → cycle-c',
      ];

      diagnostics.forEach((fileDiagnostics, index) => {
        const cycle = single(fileDiagnostics, 'prerequisite-cycle');
        const [filePath, text] = Object.entries(files)[index];

        assert.strictEqual(cycle.severity, 'error');
        assert.strictEqual(cycle.line, prerequisiteLine(text, filePath));
        assert.ok(cycle.message.includes(expected[index]), cycle.message);
        assert.match(cycle.message, /Remove "cycle-[abc]" from the prerequisite_katas of this kata/);
      });
      assert.match(single(diagnostics[0], 'prerequisite-cycle').message, /Remove "cycle-b"/);
    });

    it('reports a kata that lists itself', () => {
      const [self] = validateTexts({ '/ws/self.md': kataWith('self-100', ['self-100']) });
      assert.match(single(self, 'prerequisite-cycle').message, /self-100 → self-100/);
    });

    it('leaves katas that lead into a cycle alone', () => {
      const [a, b, c] = validateTexts({
        '/ws/a.md': kataWith('lead-a', ['loop-b']),
        '/ws/b.md': kataWith('loop-b', ['loop-c']),
        '/ws/c.md': kataWith('loop-c', ['loop-b']),
      });

      assert.deepStrictEqual(a, []);
      assert.match(single(b, 'prerequisite-cycle').message, /loop-b → loop-c → loop-b/);
      assert.match(single(c, 'prerequisite-cycle').message, /loop-c → loop-b → loop-c/);
    });

    it('accepts a diamond', () => {
      const diagnostics = validateTexts({
        '/ws/top.md': kataWith('top', ['left', 'right']),
        '/ws/left.md': kataWith('left', ['base']),
        '/ws/right.md': kataWith('right', ['base']),
        '/ws/base.md': kataWith('base'),
      });
      assert.deepStrictEqual(diagnostics, [[], [], [], []]);
    });
  });
});
