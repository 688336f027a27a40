import * as assert from 'node:assert/strict';

import {
  corruptFileName,
  parseProgressFileName,
  PROGRESS_FOLDER,
  progressFileName,
  toStoredKataId,
} from '../../src/core/progress/paths';

describe('progress paths', () => {
  it('folder is the coach tracking folder', () => {
    assert.equal(PROGRESS_FOLDER, '.copilot-tracking/learning');
  });

  it('file name keeps a conforming id', () => {
    assert.equal(progressFileName('edge-deployment-100-deployment-basics'), 'kata-progress-edge-deployment-100-deployment-basics.json');
  });

  it('stored id maps other characters', () => {
    const cases: [string, string][] = [
      ['Edge_Deploy.1', 'edge-deploy-1'],
      ['UPPER', 'upper'],
      ['a b/c\\d', 'a-b-c-d'],
      ['../escape', '---escape'],
      ['tab\tand é', 'tab-and--'],
      ['already-ok-123', 'already-ok-123'],
    ];
    for (const [input, expected] of cases) {
      assert.equal(toStoredKataId(input), expected, `stored id of ${JSON.stringify(input)}`);
      assert.match(toStoredKataId(input), /^[a-z0-9-]+$/);
    }
  });

  it('file name uses the stored id', () => {
    assert.equal(progressFileName('My_Kata'), 'kata-progress-my-kata.json');
  });

  it('empty kata id is rejected', () => {
    assert.throws(() => progressFileName(''), /Invalid kata id: the id is empty/);
  });

  it('parse accepts only progress files', () => {
    assert.equal(parseProgressFileName('kata-progress-abc-1.json'), 'abc-1');
    assert.equal(parseProgressFileName('kata-progress-abc.corrupt-20261204T101500Z.json'), undefined);
    assert.equal(parseProgressFileName('kata-progress-abc.json.tmp-12-ab12'), undefined);
    assert.equal(parseProgressFileName('kata-progress-.json'), undefined);
    assert.equal(parseProgressFileName('kata-progress-ABC.json'), undefined);
    assert.equal(parseProgressFileName('lab-progress-abc.json'), undefined);
  });

  it('corrupt name has a compact UTC stamp', () => {
    const when = new Date('2026-12-04T10:15:00.123Z');
    assert.equal(corruptFileName('abc', when), 'kata-progress-abc.corrupt-20261204T101500Z.json');
    assert.equal(corruptFileName('abc', when, 2), 'kata-progress-abc.corrupt-20261204T101500Z-2.json');
  });
});
