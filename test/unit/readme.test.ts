// Keeps README.md in step with docs/images/, with the UI tests that take its
// images, and with the settings that package.json contributes.

import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './sharedCorpus';

const README = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const IMAGE_DIR = path.join(PROJECT_ROOT, 'docs', 'images');

// The four subjects the README shows: the Katas view, the coach panel beside
// Copilot Chat, the CodeLenses of a kata file and the Problems panel.
const SUBJECT_IMAGES = ['katas-view.png', 'coach-panel-chat.png', 'kata-file-lenses.png', 'problems-panel.png'];

/** Returns the file names of the images that the README shows from docs/images/. */
function readmeImages(): string[] {
  return [...README.matchAll(/!\[[^\]]*\]\(docs\/images\/([^)]+)\)/g)].map((match) => match[1]);
}

/** Returns the names that UI tests pass as `readmeImage` to `screenshot`, with `.png` added. */
function imagesTakenByUiTests(): string[] {
  const folder = path.join(PROJECT_ROOT, 'test', 'ui');
  return fs.readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...fs.readFileSync(path.join(folder, name), 'utf8').matchAll(/(?:screenshot|readmeShot)\('[^']+', '([^']+)'\)/g)])
    .map((match) => `${match[1]}.png`);
}

/** Returns the cells after the first of every table row whose first cell is a `kataCoach.*` code span, keyed by setting. */
function settingsTable(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of README.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const setting = /^`(kataCoach\.[^`]+)`$/.exec(cells[1] ?? '');
    if (line.startsWith('|') && setting) {
      rows.set(setting[1], cells.slice(2, -1));
    }
  }
  return rows;
}

/** Returns how the README's table writes a default: each value or enabled pattern as a code span. */
function defaultSpans(value: unknown): string[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).filter(([, enabled]) => enabled === true).map(([pattern]) => `\`${pattern}\``);
  }
  return [`\`${String(value)}\``];
}

describe('README images', () => {
  it('exist in docs/images', () => {
    for (const name of readmeImages()) {
      assert.ok(fs.existsSync(path.join(IMAGE_DIR, name)), `README.md shows docs/images/${name}, which is missing`);
    }
  });

  it('include every PNG in docs/images', () => {
    const referenced = new Set(readmeImages());
    const stale = fs.readdirSync(IMAGE_DIR).filter((name) => name.endsWith('.png') && !referenced.has(name));
    assert.deepStrictEqual(stale, [], 'docs/images has PNGs that README.md does not show');
  });

  it('show each subject', () => {
    const referenced = readmeImages();
    for (const name of SUBJECT_IMAGES) {
      assert.ok(referenced.includes(name), `README.md does not show docs/images/${name}`);
    }
  });

  it('are the ones the UI tests take', () => {
    assert.deepStrictEqual(imagesTakenByUiTests().sort(), [...readmeImages()].sort());
  });
});

describe('README settings table', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
  const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

  it('lists every contributed setting', () => {
    assert.deepStrictEqual([...settingsTable().keys()].sort(), Object.keys(properties).sort());
  });

  it('gives each default', () => {
    const table = settingsTable();
    for (const [setting, property] of Object.entries(properties)) {
      const defaultCell = table.get(setting)?.[0] ?? '';
      for (const span of defaultSpans(property.default)) {
        assert.ok(defaultCell.includes(span), `the default of ${setting} in README.md lacks ${span}: ${defaultCell}`);
      }
    }
  });
});
