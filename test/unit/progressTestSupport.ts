// Shared pieces of the progress tests: hand-built katas, a file system wrapper that
// records every document the store writes, and the reference kata progress schema.

import * as fs from 'node:fs';
import * as path from 'node:path';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';

import type { Kata, KataSection, SectionKind } from '../../src/core/model';
import type { ProgressFileSystem } from '../../src/core/progress/fileSystem';
import { requireSharedKatas } from './sharedCorpus';

export interface SectionSpec {
  kind: SectionKind;
  stepIds: string[];
}

/** Builds a kata with the given sections, each step named after its id. */
export function makeKata(id: string, category: string, sections: SectionSpec[]): Kata {
  const built: KataSection[] = sections.map((spec, index) => ({
    id: spec.kind === 'task' ? `task-${index}` : `${spec.kind}-${index}`,
    kind: spec.kind,
    heading: `Section ${index}`,
    label: `Section ${index}`,
    line: 10 * (index + 1),
    steps: spec.stepIds.map((stepId, stepIndex) => ({
      id: stepId,
      line: 10 * (index + 1) + stepIndex + 1,
      checkedInFile: false,
      text: `Step ${stepId}`,
    })),
  }));

  return {
    id,
    title: `Kata ${id}`,
    category,
    categories: [category],
    learningObjectives: [],
    successCriteria: [],
    prerequisites: [],
    technologies: [],
    tags: [],
    searchKeywords: [],
    commonPitfalls: [],
    filePath: path.join(path.sep, 'katas', category, `${id}.md`),
    frontMatter: { kata_id: id },
    sections: built,
  };
}

/** Builds a kata with setup step `setup-a`, task steps `task-b` and `task-c`, and completion step `done-d`. */
export function sampleKata(id = 'sample-kata', category = 'edge-deployment'): Kata {
  return makeKata(id, category, [
    { kind: 'setup', stepIds: ['setup-a'] },
    { kind: 'task', stepIds: ['task-b', 'task-c'] },
    { kind: 'completion', stepIds: ['done-d'] },
  ]);
}

/** Wraps a file system and keeps the text of every temporary file written, which is every document the store saves. */
export class RecordingFileSystem implements ProgressFileSystem {
  constructor(
    private readonly inner: ProgressFileSystem,
    readonly written: string[],
  ) {}

  readFile(target: string): Promise<string | undefined> {
    return this.inner.readFile(target);
  }

  async writeFile(target: string, text: string): Promise<void> {
    if (path.basename(target).includes('.tmp-')) {
      this.written.push(text);
    }
    await this.inner.writeFile(target, text);
  }

  rename(from: string, to: string): Promise<void> {
    return this.inner.rename(from, to);
  }

  mkdir(target: string): Promise<void> {
    return this.inner.mkdir(target);
  }

  readDirectory(target: string): Promise<string[]> {
    return this.inner.readDirectory(target);
  }

  delete(target: string): Promise<void> {
    return this.inner.delete(target);
  }

  createExclusive(target: string, text: string): Promise<boolean> {
    return this.inner.createExclusive!(target, text);
  }

  async modifiedTime(target: string): Promise<number | undefined> {
    return this.inner.modifiedTime?.(target);
  }
}

/**
 * Returns a function that lists the errors of a value against the reference kata
 * progress schema of the shared corpus, or skips the current test when the corpus
 * is absent.
 */
export function referenceSchemaCheck(context: Mocha.Context): (value: unknown) => string[] {
  const corpus = requireSharedKatas(context);
  const schemaPath = path.join(corpus, 'edge-ai', 'progress-schemas', 'kata-progress-schema.json');
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object;

  // The reference schema uses the non-standard `example` keyword, which strict mode rejects.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  return (value) => (validate(value) ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n'));
}
