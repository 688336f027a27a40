import * as assert from 'node:assert/strict';
import { decodeKataBytes } from '../../src/core/encoding';
import { parseKataBytes, parseKataFile } from '../../src/core/parser';

const KATA = '---\nkata_id: demo-100-sample\n---\n\n## Essential Setup\n\n- [ ] Editor installed\n';

describe('decodeKataBytes', () => {
  it('accepts UTF-8', () => {
    const decoded = decodeKataBytes(Buffer.from('café ✅\n', 'utf8'));
    assert.equal(decoded.text, 'café ✅\n');
    assert.equal(decoded.problem, undefined);
  });

  it('reports the line of invalid UTF-8', () => {
    const decoded = decodeKataBytes(Buffer.from('one\ntwo\ncaf\xe9\n', 'latin1'));
    assert.equal(decoded.problem?.code, 'invalid-encoding');
    assert.equal(decoded.problem?.severity, 'error');
    assert.equal(decoded.problem?.line, 3);
    assert.match(decoded.problem?.message ?? '', /Save it as UTF-8/);
    assert.ok(decoded.text.startsWith('one\ntwo\ncaf'));
  });

  it('decodes and reports UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KATA, 'utf16le')]);
    const result = parseKataBytes(bytes, '/virtual/utf16.md');
    assert.equal(result.kata?.id, 'demo-100-sample');
    assert.equal(result.problems[0].code, 'invalid-encoding');
    assert.match(result.problems[0].message, /UTF-16/);
  });
});

describe('front matter not on line 1', () => {
  it('reports a lint comment first', () => {
    const result = parseKataFile(`<!-- markdownlint-disable MD041 -->\n${KATA}`, '/virtual/late.md');
    assert.equal(result.kata, undefined);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].code, 'front-matter-not-first');
    assert.equal(result.problems[0].line, 2);
    assert.match(result.problems[0].message, /must start on line 1/);
  });

  it('reports a blank first line', () => {
    const result = parseKataFile(`\n\n${KATA}`, '/virtual/blank.md');
    assert.equal(result.problems[0]?.code, 'front-matter-not-first');
    assert.equal(result.problems[0]?.line, 3);
  });

  it('ignores a rule in a plain document', () => {
    const result = parseKataFile('# Notes\n\n---\n\nkata_id: not front matter\n\n---\n', '/virtual/notes.md');
    assert.deepEqual(result.problems, []);
  });

  it('ignores a later block without kata_id', () => {
    const result = parseKataFile('\n---\ntitle: Hub\n---\n', '/virtual/hub.md');
    assert.deepEqual(result.problems, []);
  });
});
