// The text that a progress store last wrote per kata, so that a file watcher
// event caused by that write can be distinguished from another writer's change.
// An entry is valid only while the file still contains that text. Once a read
// of the kata's files finds another text or no file, or moves the file aside,
// the entry is dropped. A later restore of the same text (a copy put back, a git
// checkout) then counts as another writer's change.

import * as path from 'node:path';

interface OwnWrite {
  storedId: string;
  text: string;
}

export class OwnWrites {
  /** The last write by normalized file path. */
  private readonly byPath = new Map<string, OwnWrite>();
  /** The path of each kata's last write, to drop its entry by kata id. */
  private readonly pathByKata = new Map<string, string>();

  /** Records a write that has reached `filePath`. */
  record(storedId: string, filePath: string, text: string): void {
    this.forgetKata(storedId);
    const normalized = path.normalize(filePath);
    this.byPath.set(normalized, { storedId, text });
    this.pathByKata.set(storedId, normalized);
  }

  /** Returns true when `text` at `filePath` is the last recorded write and no read has found anything else there since. */
  matches(filePath: string, text: string): boolean {
    return this.byPath.get(path.normalize(filePath))?.text === text;
  }

  /**
   * Drops the kata's entry unless a read of the kata's files found its text at
   * its path. `texts` maps the path of every file the read found to its text.
   */
  checkRead(storedId: string, texts: ReadonlyMap<string, string>): void {
    const filePath = this.pathByKata.get(storedId);
    if (filePath !== undefined && texts.get(filePath) !== this.byPath.get(filePath)?.text) {
      this.forgetKata(storedId);
    }
  }

  /** Drops the entry of `filePath`, for a file that was moved away from that path. */
  forgetPath(filePath: string): void {
    const write = this.byPath.get(path.normalize(filePath));
    if (write !== undefined) {
      this.forgetKata(write.storedId);
    }
  }

  private forgetKata(storedId: string): void {
    const filePath = this.pathByKata.get(storedId);
    if (filePath !== undefined) {
      this.byPath.delete(filePath);
      this.pathByKata.delete(storedId);
    }
  }
}
