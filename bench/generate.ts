// Generates a synthetic kata repository for the benchmark: n katas in category
// folders, n other markdown files, and markdown files in excluded folders that
// a scan must skip. The output depends only on n, the seed and GENERATOR_VERSION.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXCLUDED_FOLDERS } from './files';
import { silentLogger, type Logger } from '../src/core/log';
import { KATAS_PER_CATEGORY } from './corpusShape';
import { writeKata } from './kataText';
import { writeDocPage, writeHubPage, writePackageDoc, type HubLink } from './otherText';
import { SeededRandom } from './random';
import { CATEGORY_WORDS, NOUNS, slug, title } from './vocabulary';

/** Increase it whenever the output for a given n and seed changes, so folders of older versions are regenerated. */
export const GENERATOR_VERSION = 1;

/** Smallest n: each of the 8 or more categories needs a kata, and the 9 or more hub pages count as other files. */
export const MIN_KATAS = 9;

const MIN_CATEGORIES = 8;
const MAX_CATEGORIES = 40;

// Written last, so a folder without it is an interrupted run and is regenerated.
const MARKER_FILE = '.kata-coach-bench.json';

export interface GenerateOptions {
  /** Number of kata files, at least MIN_KATAS. */
  n: number;
  seed: number;
  /** Folder that contains the generated repositories; defaults to `kata-coach-bench` in os.tmpdir(). */
  parent?: string;
  log?: Logger;
}

/** A generated repository. File paths are relative to `root`, with `/` separators. */
export interface GeneratedRepository {
  root: string;
  generatorVersion: number;
  n: number;
  seed: number;
  kataFiles: string[];
  /** Hub pages and docs: markdown files that a scan reads but that are not katas. */
  otherFiles: string[];
  /** Markdown files inside excluded folders such as node_modules; some have a `kata_id`. */
  excludedFiles: string[];
  /** Bytes of the kata files and other files together. */
  candidateBytes: number;
  /** `### Task N:` sections over all kata files. */
  kataTasks: number;
  /** `- [ ]` checkboxes over all kata files. */
  kataCheckboxes: number;
}

/** Returns the repository for `n` and `seed`, generating it unless a complete one of this generator version exists. */
export function generateRepository(options: GenerateOptions): GeneratedRepository {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < MIN_KATAS) {
    throw new RangeError(`Invalid n ${n}: expected an integer of at least ${MIN_KATAS}.`);
  }

  const log = options.log ?? silentLogger;
  const parent = options.parent ?? path.join(os.tmpdir(), 'kata-coach-bench');
  const root = path.join(parent, `n-${n}-${seed}`);

  const existing = readMarker(root, n, seed);
  if (existing) {
    log.info(`Reusing the generated repository ${root}`);
    return existing;
  }

  const started = Date.now();
  log.info(`Generating ${n} katas with seed ${seed} in ${root}`);
  fs.rmSync(root, { recursive: true, force: true });

  const writer = new FileWriter(root);
  const repository: GeneratedRepository = {
    root,
    generatorVersion: GENERATOR_VERSION,
    n,
    seed,
    kataFiles: [],
    otherFiles: [],
    excludedFiles: [],
    candidateBytes: 0,
    kataTasks: 0,
    kataCheckboxes: 0,
  };

  const categories = writeKatasAndHubs(writer, repository);
  writeDocs(writer, repository, n - categories - 1);
  writeExcludedFiles(writer, repository);

  // The root is left out, so the folder can be moved and still be reused.
  fs.writeFileSync(path.join(root, MARKER_FILE), JSON.stringify({ ...repository, root: undefined }));
  log.info(`Generated ${writer.fileCount} files in ${Date.now() - started} ms`);
  return repository;
}

/** Returns the number of category folders for `n` katas, scaled from the measured katas per category. */
export function categoryCount(n: number): number {
  return Math.min(MAX_CATEGORIES, Math.max(MIN_CATEGORIES, Math.round(n / KATAS_PER_CATEGORY)));
}

/** Writes the kata files and one hub page per category plus `katas/README.md`; returns the number of categories. */
function writeKatasAndHubs(writer: FileWriter, repository: GeneratedRepository): number {
  const { n, seed } = repository;
  const layout = streamRandom(seed, 'layout', 0);
  const names = Array.from({ length: categoryCount(n) }, (_, index) => categoryName(index));

  // Every category gets one kata, the rest go to random categories.
  const assigned = Array.from({ length: n }, (_, index) => (index < names.length ? index : layout.integer(0, names.length - 1)));
  const sizes = names.map((_, category) => assigned.filter((value) => value === category).length);
  const width = Math.max(2, String(Math.max(...sizes)).length);

  const links = names.map((): HubLink[] => []);
  const ids = names.map((): string[] => []);

  assigned.forEach((category, index) => {
    const random = streamRandom(seed, 'kata', index);
    const number = String(ids[category].length + 1).padStart(width, '0');
    const name = `${number}-${slug(random, 3)}`;
    const kataTitle = title(random, random.integer(3, 5));

    const kata = writeKata(random, {
      id: `${names[category]}-${name}`,
      category: names[category],
      difficulty: random.integer(1, 5),
      title: kataTitle,
      earlierIds: ids[category],
    });

    const file = `katas/${names[category]}/${name}.md`;
    repository.candidateBytes += writer.write(file, kata.text);
    repository.kataFiles.push(file);
    repository.kataTasks += kata.tasks;
    repository.kataCheckboxes += kata.checkboxes;
    ids[category].push(`${names[category]}-${name}`);
    links[category].push({ title: kataTitle, relativePath: `./${name}.md` });
  });

  const hubRandom = streamRandom(seed, 'hub', 0);
  const categoryLinks = names.map((name) => ({ title: `${name} katas`, relativePath: `./${name}/README.md` }));
  writeOther(writer, repository, 'katas/README.md', writeHubPage(hubRandom, 'Katas', categoryLinks));
  names.forEach((name, category) => {
    const random = streamRandom(seed, 'hub', category + 1);
    writeOther(writer, repository, `katas/${name}/README.md`, writeHubPage(random, `${name} katas`, links[category]));
  });
  return names.length;
}

/** Writes `count` doc pages under `docs/` and `src/`; every second one has front matter without `kata_id`. */
function writeDocs(writer: FileWriter, repository: GeneratedRepository, count: number): void {
  for (let index = 0; index < count; index++) {
    const random = streamRandom(repository.seed, 'doc', index);
    const text = writeDocPage(random, index % 2 === 0);
    const file =
      index % 3 === 2
        ? `src/${random.pick(NOUNS)}-${index}/README.md`
        : `docs/${NOUNS[index % 10]}/${slug(random, 2)}-${index}.md`;
    writeOther(writer, repository, file, text);
  }
}

/**
 * Writes n/2 package docs in nested `node_modules` folders, a markdown file in
 * each other excluded folder, and a few plain files in `.git`. Every fourth
 * package doc and every stray file has a `kata_id`, so a scan that enters
 * these folders counts too many katas.
 */
function writeExcludedFiles(writer: FileWriter, repository: GeneratedRepository): void {
  const { n, seed } = repository;
  const slots = ['README.md', 'CHANGELOG.md', 'docs/guide.md', 'node_modules/{dep}/README.md', 'node_modules/{dep}/docs/usage.md'];

  for (let index = 0; index < Math.floor(n / 2); index++) {
    const packageNumber = Math.floor(index / slots.length);
    const packageName = packageNumber % 2 === 0 ? `pkg-${packageNumber}` : `@bench/pkg-${packageNumber}`;
    const file = `node_modules/${packageName}/${slots[index % slots.length].replace('{dep}', `dep-${packageNumber}`)}`;
    const random = streamRandom(seed, 'package', index);
    writeExcluded(writer, repository, file, writePackageDoc(random, index % 4 === 0 ? `vendored-${index}` : undefined));
  }

  // A nested excluded folder, which the scan must skip at any depth.
  const folders = [...EXCLUDED_FOLDERS.filter((folder) => folder !== 'node_modules'), 'docs/examples/node_modules'];
  folders.forEach((folder, index) => {
    const random = streamRandom(seed, 'stray', index);
    writeExcluded(writer, repository, `${folder}/stray/README.md`, writePackageDoc(random, `stray-${index}`));
  });

  writer.write('.git/HEAD', 'ref: refs/heads/main\n');
  writer.write('.git/config', '[core]\n\trepositoryformatversion = 0\n\tbare = false\n');
  writer.write('.git/description', 'Synthetic kata repository for the Kata Coach benchmark.\n');
  writer.write('.git/refs/heads/main', `${'0'.repeat(40)}\n`);
}

function writeOther(writer: FileWriter, repository: GeneratedRepository, file: string, text: string): void {
  repository.candidateBytes += writer.write(file, text);
  repository.otherFiles.push(file);
}

function writeExcluded(writer: FileWriter, repository: GeneratedRepository, file: string, text: string): void {
  writer.write(file, text);
  repository.excludedFiles.push(file);
}

/** Returns category names: the vocabulary's category words, then the same words with a number. */
function categoryName(index: number): string {
  const word = CATEGORY_WORDS[index % CATEGORY_WORDS.length];
  const round = Math.floor(index / CATEGORY_WORDS.length);
  return round === 0 ? word : `${word}-${round + 1}`;
}

/**
 * Returns a generator for one file or part of the layout. Each file has its
 * own stream, so its bytes do not depend on how many files come before it.
 */
function streamRandom(seed: number, stream: string, index: number): SeededRandom {
  // FNV-1a over the stream's key.
  let hash = 0x811c9dc5;
  for (const character of `${seed}:${stream}:${index}`) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
  }
  return new SeededRandom(hash);
}

/** Returns the repository described by the marker file, or undefined when it is missing, stale or unreadable. */
function readMarker(root: string, n: number, seed: number): GeneratedRepository | undefined {
  let marker: Omit<GeneratedRepository, 'root'>;
  try {
    marker = JSON.parse(fs.readFileSync(path.join(root, MARKER_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const current = marker.generatorVersion === GENERATOR_VERSION && marker.n === n && marker.seed === seed;
  return current ? { ...marker, root } : undefined;
}

/** Writes files under a root folder, creating each folder once. */
class FileWriter {
  private readonly folders = new Set<string>();
  fileCount = 0;

  constructor(private readonly root: string) {}

  /** Writes `text` to `relativePath` and returns its size in bytes. */
  write(relativePath: string, text: string): number {
    const file = path.join(this.root, relativePath);
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }

    const bytes = Buffer.from(text, 'utf8');
    fs.writeFileSync(file, bytes);
    this.fileCount++;
    return bytes.length;
  }
}
