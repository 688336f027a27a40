import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { CheckFailure, checkChangedKata, checkIndex, checkLimit, checkModels, checkNaive, expectedCounts, type ExpectedCounts } from '../../bench/checks';
import { generateRepository, type GeneratedRepository } from '../../bench/generate';
import { change, cold, limit, naive, refresh, saveCache, warm } from '../../bench/subjects';
import { allSteps } from '../../src/core/model';
import { parseKataBytes } from '../../src/core/parser';

describe('bench subjects', () => {
  let parent: string;
  let repository: GeneratedRepository;
  let expected: ExpectedCounts;

  before(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-bench-test-'));
    repository = generateRepository({ n: 20, seed: 3, parent });
    expected = expectedCounts(repository);
  });

  after(() => {
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it('limit reads every candidate byte', async () => {
    const result = await limit(repository.root);
    assert.deepEqual(result, { files: 40, bytes: repository.candidateBytes });
    checkLimit(result, expected);
  });

  it('naive finds every kata, task and step', async () => {
    const result = await naive(repository.root);
    assert.equal(result.files, 40);
    assert.equal(result.katas.length, 20);
    checkNaive(result, expected);
  });

  it('cold indexes every file', async () => {
    const index = await cold(repository.root);
    assert.equal(index.katas.length, 20);
    assert.equal(index.fileCount, 40);
    checkModels('cold', index, expected);
  });

  it('warm lists the cached katas', async () => {
    const cacheFile = path.join(parent, 'cache');
    await saveCache(await cold(repository.root), cacheFile);

    const index = await warm(repository.root, cacheFile);

    assert.equal(index.katas.length, 20);
    checkModels('warm', index, expected);
  });

  it('refresh reads nothing unchanged', async () => {
    const cacheFile = path.join(parent, 'cache');
    await saveCache(await cold(repository.root), cacheFile);

    const { index, read } = await refresh(repository.root, await warm(repository.root, cacheFile));

    assert.equal(read, 0);
    assert.equal(index.fileCount, 40);
  });

  it('change re-reads the edited kata', async () => {
    const cacheFile = path.join(parent, 'cache');
    await saveCache(await cold(repository.root), cacheFile);
    const edited = path.join(repository.root, repository.kataFiles[0]);
    const original = fs.readFileSync(edited);
    const apply = await change(repository.root, cacheFile);
    const steps = allSteps(parseKataBytes(original, edited).kata!).length;
    fs.appendFileSync(edited, '\n- [ ] Added step\n');

    try {
      const index = await apply(edited);
      checkChangedKata(index, edited, steps + 1);
      assert.throws(() => checkChangedKata(index, edited, steps), CheckFailure);
    } finally {
      fs.writeFileSync(edited, original);
    }
  });

  it('checks reject a wrong count', async () => {
    const index = await cold(repository.root);
    assert.throws(() => checkIndex('cold', index, { ...expected, katas: 21 }), CheckFailure);
    assert.throws(() => checkModels('cold', index, { ...expected, checkboxes: expected.checkboxes + 1 }), CheckFailure);
    assert.throws(() => checkLimit({ files: 40, bytes: 0 }, expected), /limit: found 0 bytes read, expected \d+/);
    assert.throws(() => checkNaive({ files: 40, katas: [] }, expected), CheckFailure);
  });
});
