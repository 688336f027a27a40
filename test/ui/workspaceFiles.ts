// Reads the files that a UI test's workspace holds: progress files, and the
// shared kata corpus beside the project when a clone has it.

import * as fs from 'fs';
import * as path from 'path';
import { projectRoot } from './scripts';

/** Returns the shared kata corpus next to the project, or undefined when this clone has none. */
export function sharedKatasPath(): string | undefined {
  const folder = path.resolve(projectRoot, '..', 'shared', 'katas', 'edge-ai');
  return fs.existsSync(folder) ? folder : undefined;
}

/** Returns a kata's progress file in a workspace folder, parsed, or undefined while there is none. */
export function readProgress(folder: string, kataId: string): any | undefined {
  const file = path.join(folder, '.copilot-tracking', 'learning', `kata-progress-${kataId}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** Polls the progress file until `accept` holds, so the assertion after it can name what is wrong. */
export async function waitForProgress(folder: string, kataId: string, accept: (document: any) => boolean): Promise<any> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const document = readProgress(folder, kataId);
    if (document && accept(document)) {
      return document;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readProgress(folder, kataId);
}
