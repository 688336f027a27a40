// A slow second look at the progress folders. The file watcher can drop an
// event when files change in quick succession, and a change the coach wrote
// must still show, so the folders are also listed every few seconds and a
// file whose modification time changed is reported.

import * as path from 'node:path';
import { Logger } from '../core/log';
import { nodeFileSystem } from '../core/progress/nodeFileSystem';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';

// Seconds-scale polling costs one directory listing and a stat per progress
// file, which is small next to what the watcher already does.
export const PROGRESS_POLL_INTERVAL_MS = 2000;

const PROGRESS_FILE = /^kata-progress-.+\.json$/;
const NOT_PROGRESS = /\.(corrupt|tmp)-/;

export class ProgressPoller extends Disposable {
  private readonly seen = new Map<string, number>();
  private primed = false;
  private polling = false;

  constructor(
    private readonly folders: () => string[],
    private readonly onChange: (filePath: string) => void,
    private readonly log: Logger,
  ) {
    super();
    const timer = setInterval(() => void this.poll(), PROGRESS_POLL_INTERVAL_MS);
    this.register({ dispose: () => clearInterval(timer) });
  }

  /** Lists every progress folder once and reports files added, changed or deleted since the last poll. */
  async poll(): Promise<void> {
    if (this.polling || this.isDisposed) {
      return;
    }
    this.polling = true;

    try {
      const current = new Map<string, number>();
      for (const folder of this.folders()) {
        await this.listFolder(folder, current);
      }

      // The first listing only records what is there, so startup reports nothing.
      if (this.primed) {
        for (const [filePath, time] of current) {
          if (this.seen.get(filePath) !== time) {
            this.onChange(filePath);
          }
        }
        for (const filePath of this.seen.keys()) {
          if (!current.has(filePath)) {
            this.onChange(filePath);
          }
        }
      }
      this.seen.clear();
      current.forEach((time, filePath) => this.seen.set(filePath, time));
      this.primed = true;
    } finally {
      this.polling = false;
    }
  }

  private async listFolder(folder: string, into: Map<string, number>): Promise<void> {
    try {
      for (const name of await nodeFileSystem.readDirectory(folder)) {
        if (!PROGRESS_FILE.test(name) || NOT_PROGRESS.test(name)) {
          continue;
        }
        const filePath = path.join(folder, name);
        const time = await nodeFileSystem.modifiedTime?.(filePath);
        if (time !== undefined) {
          into.set(filePath, time);
        }
      }
    } catch (error) {
      this.log.debug(`Could not list progress folder ${folder}: ${describeError(error)}`);
    }
  }
}
