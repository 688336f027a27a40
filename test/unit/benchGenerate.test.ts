import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { listCandidateFiles } from '../../bench/files';
import { categoryCount, generateRepository, MIN_KATAS, type GeneratedRepository } from '../../bench/generate';
import { EXCLUDED_FOLDERS } from '../../bench/files';

/** Returns whether a relative path lies inside one of EXCLUDED_FOLDERS at any depth. */
function isExcludedPath(relativePath: string): boolean {
  return relativePath.split(/[\\/]+/).slice(0, -1).some((segment) => EXCLUDED_FOLDERS.includes(segment));
}
import { MemoryLogger } from '../../src/core/log';
import type { ParseResult } from '../../src/core/model';
import { parseKataBytes } from '../../src/core/parser';

const N = 12;
const SEED = 7;

/** Returns every file under `folder`, dot folders included, relative with `/` separators and sorted. */
function listAllFiles(folder: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      files.push(...listAllFiles(folder, relative));
    } else {
      files.push(relative);
    }
  }
  return files.sort();
}

function parseFile(repository: GeneratedRepository, file: string): ParseResult {
  const absolute = path.join(repository.root, file);
  return parseKataBytes(fs.readFileSync(absolute), absolute);
}

describe('bench generator', () => {
  let parent: string;
  let repository: GeneratedRepository;

  before(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-bench-test-'));
    repository = generateRepository({ n: N, seed: SEED, parent });
  });

  after(() => {
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it('writes n katas and n other files', () => {
    assert.equal(repository.kataFiles.length, N);
    assert.equal(repository.otherFiles.length, N);
    assert.equal(new Set([...repository.kataFiles, ...repository.otherFiles]).size, 2 * N);

    const categories = new Set(repository.kataFiles.map((file) => file.split('/')[1]));
    assert.equal(categories.size, categoryCount(N));
    for (const file of repository.kataFiles) {
      assert.match(file, /^katas\/[a-z0-9-]+\/\d{2,}-[a-z-]+\.md$/);
    }
  });

  it('lists exactly the katas and other files as candidates', async () => {
    const expected = [...repository.kataFiles, ...repository.otherFiles].map((file) => path.join(repository.root, file)).sort();
    assert.deepEqual(await listCandidateFiles(repository.root), expected);
  });

  it('writes n/2 files into node_modules', () => {
    const inNodeModules = repository.excludedFiles.filter((file) => file.startsWith('node_modules/'));
    assert.equal(inNodeModules.length, N / 2);
    assert.ok(inNodeModules.some((file) => file.split('/').filter((segment) => segment === 'node_modules').length > 1));
  });

  it('writes excluded files that are katas', () => {
    for (const file of repository.excludedFiles) {
      assert.ok(fs.existsSync(path.join(repository.root, file)), file);
      assert.ok(isExcludedPath(file), file);
    }

    // Each other excluded folder gets a stray file, and a scan that entered them would count these katas.
    for (const folder of EXCLUDED_FOLDERS) {
      assert.ok(repository.excludedFiles.some((file) => file.startsWith(`${folder}/`)), folder);
    }
    const katas = repository.excludedFiles.filter((file) => parseFile(repository, file).kata !== undefined);
    assert.ok(katas.length >= EXCLUDED_FOLDERS.length, `${katas.length} excluded files are katas`);
    assert.ok(fs.existsSync(path.join(repository.root, '.git', 'HEAD')));
  });

  it('writes katas that parse with tasks and steps', () => {
    let tasks = 0;
    let steps = 0;
    const ids = new Set<string>();

    for (const file of repository.kataFiles) {
      const result = parseFile(repository, file);
      const kata = result.kata;
      assert.ok(kata, `${file} is not a kata: ${result.notKataReason}`);
      assert.deepEqual(result.problems, [], file);
      ids.add(kata.id);

      const taskSections = kata.sections.filter((section) => section.kind === 'task');
      assert.ok(taskSections.length >= 1, `${file} has no task`);
      for (const section of taskSections) {
        assert.ok(section.steps.length >= 2, `${file} ${section.id} has ${section.steps.length} steps`);
        assert.ok(section.steps.some((step) => step.kind === 'expected-result'), `${file} ${section.id} has no expected result`);
      }
      tasks += taskSections.length;
      steps += kata.sections.reduce((sum, section) => sum + section.steps.length, 0);
    }

    assert.equal(ids.size, N);
    assert.equal(tasks, repository.kataTasks);
    assert.equal(steps, repository.kataCheckboxes);
  });

  it('writes other files that are not katas', () => {
    const results = repository.otherFiles.map((file) => parseFile(repository, file));
    for (const result of results) {
      assert.equal(result.kata, undefined, result.filePath);
    }
    assert.ok(results.some((result) => result.frontMatter !== null));
    assert.ok(results.some((result) => result.frontMatter === null));
  });

  it('counts the candidate bytes', () => {
    const files = [...repository.kataFiles, ...repository.otherFiles];
    const bytes = files.reduce((sum, file) => sum + fs.statSync(path.join(repository.root, file)).size, 0);
    assert.equal(repository.candidateBytes, bytes);
  });

  it('writes identical bytes for the same seed', () => {
    const otherParent = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-bench-test-'));
    try {
      const copy = generateRepository({ n: N, seed: SEED, parent: otherParent });
      const files = listAllFiles(repository.root);
      assert.deepEqual(listAllFiles(copy.root), files);
      for (const file of files) {
        assert.ok(fs.readFileSync(path.join(copy.root, file)).equals(fs.readFileSync(path.join(repository.root, file))), file);
      }

      const other = generateRepository({ n: N, seed: SEED + 1, parent: otherParent });
      const first = repository.kataFiles[0];
      assert.notEqual(fs.readFileSync(path.join(other.root, other.kataFiles[0]), 'utf8'), fs.readFileSync(path.join(repository.root, first), 'utf8'));
    } finally {
      fs.rmSync(otherParent, { recursive: true, force: true });
    }
  });

  it('reuses a complete repository', () => {
    const log = new MemoryLogger();
    const reused = generateRepository({ n: N, seed: SEED, parent, log });
    assert.deepEqual(reused, repository);
    assert.match(log.entries[0].message, /^Reusing /);
  });

  it('regenerates a repository without its marker', () => {
    const otherParent = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-bench-test-'));
    try {
      const first = generateRepository({ n: N, seed: SEED, parent: otherParent });
      fs.rmSync(path.join(first.root, '.kata-coach-bench.json'));
      fs.writeFileSync(path.join(first.root, 'katas', 'left-over.md'), '---\nkata_id: left-over\n---\n');

      const log = new MemoryLogger();
      const second = generateRepository({ n: N, seed: SEED, parent: otherParent, log });
      assert.match(log.entries[0].message, /^Generating /);
      assert.equal(fs.existsSync(path.join(second.root, 'katas', 'left-over.md')), false);
      assert.deepEqual(second, first);
    } finally {
      fs.rmSync(otherParent, { recursive: true, force: true });
    }
  });

  it('rejects n below the minimum', () => {
    assert.throws(() => generateRepository({ n: MIN_KATAS - 1, seed: SEED, parent }), RangeError);
    assert.throws(() => generateRepository({ n: 10.5, seed: SEED, parent }), RangeError);
  });
});
