// Builds the .vsix with `npm run package` in a temporary copy of the project,
// so the developer's dist/ stays as it is, and checks what the package holds.
// The copy links node_modules instead of copying it.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from './sharedCorpus';
import { readZipFiles } from './zipReader';

// Top-level folders of build output, caches and version control. npm run package rebuilds dist in the copy.
const NOT_COPIED = new Set(['node_modules', '.git', '.cache', 'dist', 'out', 'test-results', '.vscode-test']);

// Every file of the package except the walkthrough images and the translations.
const EXPECTED_FILES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/agents/kata-coach.agent.md',
  'extension/changelog.md',
  'extension/dist/extension.js',
  'extension/dist/libraries/gray-matter.js',
  'extension/dist/libraries/js-yaml.js',
  'extension/dist/libraries/markdown-it.js',
  'extension/dist/media/coach.js',
  'extension/media/coach.css',
  'extension/media/kata-coach.svg',
  'extension/media/step-done.svg',
  'extension/package.json',
  'extension/package.nls.json',
  'extension/prompts/coach-me.prompt.md',
  'extension/readme.md',
  'extension/schemas/kata-progress.schema.json',
];
const WALKTHROUGH_IMAGE = /^extension\/media\/walkthrough\/[a-z0-9-]+\.(svg|png)$/;

interface PackageRun {
  output: string;
  files: Map<string, Buffer>;
}

function copyProject(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kata-coach-package-'));
  fs.cpSync(PROJECT_ROOT, copy, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(PROJECT_ROOT, source)),
  });
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'junction');
  return copy;
}

function runPackageScript(copy: string): PackageRun {
  // NO_COLOR keeps vsce's notes free of color codes, which would split the words the tests look for.
  const result = spawnSync('npm', ['run', 'package'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    shell: process.platform === 'win32',
  });
  if (result.error) {
    throw result.error;
  }

  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, `npm run package failed:\n${output}`);
  return { output, files: readZipFiles(fs.readFileSync(path.join(copy, 'dist', 'kata-coach.vsix'))) };
}

function readJson(contents: Buffer | undefined, name: string): unknown {
  assert.ok(contents, `${name} is missing from the package`);
  return JSON.parse(contents.toString('utf8'));
}

/** Returns the `%key%` placeholders in the manifest's string values. */
function placeholderKeys(value: unknown): string[] {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    return match ? [match[1]] : [];
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value).flatMap(placeholderKeys);
  }
  return [];
}

/** Returns a package.nls.json value's text: the string itself, or `message` when it comes with translator comments. */
function localizedMessage(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  const message: unknown = value !== null && typeof value === 'object' ? (value as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}

/** Returns the media files that the manifest's walkthrough steps name, as package paths. */
function walkthroughMedia(manifest: { contributes: { walkthroughs: { steps: { media: Record<string, unknown> }[] }[] } }): string[] {
  const paths = manifest.contributes.walkthroughs.flatMap((walkthrough) =>
    walkthrough.steps.flatMap((step) => {
      const { svg, image, markdown } = step.media;
      const images = typeof image === 'object' && image !== null ? Object.values(image) : [image];
      return [svg, markdown, ...images].filter((file): file is string => typeof file === 'string');
    }),
  );
  return [...new Set(paths)].map((file) => `extension/${path.posix.normalize(file)}`).sort();
}

describe('vsix package', function () {
  let copy: string;
  let run: PackageRun;

  before(function () {
    this.timeout(180_000);
    copy = copyProject();
    run = runPackageScript(copy);
  });

  after(() => {
    if (copy !== undefined) {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('contains exactly the runtime files', () => {
    const l10nBundles = fs.existsSync(path.join(PROJECT_ROOT, 'l10n'))
      ? fs.readdirSync(path.join(PROJECT_ROOT, 'l10n')).filter((name) => name.endsWith('.json')).map((name) => `extension/l10n/${name}`)
      : [];
    const packaged = [...run.files.keys()].filter((name) => !WALKTHROUGH_IMAGE.test(name));

    const manifestTranslations = fs
      .readdirSync(PROJECT_ROOT)
      .filter((name) => /^package\.nls\.[\w-]+\.json$/.test(name))
      .map((name) => `extension/${name}`);
    assert.deepEqual(packaged.sort(), [...EXPECTED_FILES, ...l10nBundles, ...manifestTranslations].sort());
  });

  it('contains every walkthrough image', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    const images = [...run.files.keys()].filter((name) => WALKTHROUGH_IMAGE.test(name)).sort();

    assert.deepEqual(images, walkthroughMedia(manifest));
  });

  it('is built without warnings', () => {
    assert.doesNotMatch(run.output, /WARNING/);
    // @vscode/vsce 3.9 notes a file that is more than 85% of the package's size (FILE_SIZE_WARNING_THRESHOLD in out/util.js).
    assert.doesNotMatch(run.output, /is large/);
  });

  it('ships the project manifest', () => {
    const projectManifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));

    assert.deepEqual(readJson(run.files.get('extension/package.json'), 'package.json'), projectManifest);
  });

  it('resolves every manifest placeholder', () => {
    const manifest = readJson(run.files.get('extension/package.json'), 'package.json');
    const strings = readJson(run.files.get('extension/package.nls.json'), 'package.nls.json') as Record<string, unknown>;
    const keys = placeholderKeys(manifest);

    assert.ok(keys.length > 0, 'the manifest has no %key% placeholders');
    assert.deepEqual(keys.filter((key) => localizedMessage(strings[key]) === undefined), []);
  });
});
