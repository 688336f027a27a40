// The text that a progress store last wrote per kata, so that a file watcher
// event caused by that write can be distinguished from another writer's change.
// An entry is valid only while the file still contains that text. Once a read
// of the kata's files finds another text or no file, or moves the file aside,
// the entry is dropped. A later restore of the same text (a copy put back, a git
// checkout) then counts as another writer's change.

import * as path from 'node:path';

interface OwnWrite {
  filePath: string;
  text: string;
}

export class OwnWrites {
  /** The last write by stored kata id. */
  private readonly byKata = new Map<string, OwnWrite>();

  /** Records a write that has reached `filePath`. */
  record(storedId: string, filePath: string, text: string): void {
    this.byKata.set(storedId, { filePath: path.normalize(filePath), text });
  }

  /** Returns true when `text` at `filePath` is the last recorded write and no read has found anything else there since. */
  matches(filePath: string, text: string): boolean {
    const normalized = path.normalize(filePath);
    for (const write of this.byKata.values()) {
      if (write.filePath === normalized) {
        return write.text === text;
      }
    }
    return false;
  }

  /**
   * Drops the kata's entry unless a read of the kata's files found its text at
   * its path. `texts` maps the path of every file the read found to its text.
   */
  checkRead(storedId: string, texts: ReadonlyMap<string, string>): void {
    const write = this.byKata.get(storedId);
    if (write !== undefined && texts.get(write.filePath) !== write.text) {
      this.byKata.delete(storedId);
    }
  }

  /** Drops the entry of `filePath`, for a file that was moved away from that path. */
  forgetPath(filePath: string): void {
    const normalized = path.normalize(filePath);
    for (const [storedId, write] of this.byKata) {
      if (write.filePath === normalized) {
        this.byKata.delete(storedId);
      }
    }
  }
}
