// A lock file next to a progress file, so that writers in different processes
// (two VS Code windows, the CLI) do their read-merge-write one at a time.

import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';

import type { Logger } from '../log';
import type { ProgressFileSystem } from './fileSystem';

/**
 * Total time a writer sleeps waiting for a lock before it gives up, in
 * milliseconds. A lock is held for one read and one write, but dozens of
 * writers queue behind each other on a busy machine, so the wait is generous.
 */
export const LOCK_TIMEOUT_MS = 30_000;

/** Age after which a lock counts as left behind by a writer that died, in milliseconds. */
export const STALE_LOCK_MS = 10_000;

/** First wait after a failed attempt, in milliseconds. Each further wait doubles, up to LOCK_MAX_RETRY_DELAY_MS. */
export const LOCK_FIRST_RETRY_DELAY_MS = 5;

/** Maximum single wait between attempts, in milliseconds. */
export const LOCK_MAX_RETRY_DELAY_MS = 100;

export interface LockOptions {
  now: () => Date;
  /** Waits `ms` milliseconds. Tests replace it so that no test waits in real time. */
  sleep: (ms: number) => Promise<void>;
  /** Returns a number in [0, 1) that spreads the retries of competing writers. */
  random: () => number;
}

/** Content of a lock file: its owner and creation time, so that others can judge whether it is stale. */
interface LockContent {
  pid: number;
  /** ISO 8601 date and time when the lock was taken. */
  createdAt: string;
  /** Random value that distinguishes two locks of one process. */
  token: string;
}

/**
 * Takes the lock `lockPath`, runs `operation` and releases the lock, also when
 * `operation` throws. Rejects when the lock is still held after LOCK_TIMEOUT_MS of
 * waiting. A lock older than STALE_LOCK_MS is removed with a warning.
 */
export async function withLock<T>(
  fs: ProgressFileSystem,
  lockPath: string,
  log: Logger,
  options: LockOptions,
  operation: () => Promise<T>,
): Promise<T> {
  const content = await acquire(fs, lockPath, log, options);
  try {
    return await operation();
  } finally {
    await release(fs, lockPath, content, log);
  }
}

async function acquire(fs: ProgressFileSystem, lockPath: string, log: Logger, options: LockOptions): Promise<string> {
  const createExclusive = fs.createExclusive!.bind(fs);
  const content = JSON.stringify({ pid: process.pid, createdAt: options.now().toISOString(), token: randomBytes(6).toString('hex') } satisfies LockContent);

  let waited = 0;
  let delay = LOCK_FIRST_RETRY_DELAY_MS;
  for (;;) {
    if (await createExclusive(lockPath, content)) {
      return content;
    }
    if (await removeIfStale(fs, lockPath, log, options.now())) {
      continue;
    }
    if (waited >= LOCK_TIMEOUT_MS) {
      throw new Error(
        l10n.t({
          message: 'Timed out after {0} ms waiting for the lock {1}, which another writer has. Try again; delete the file if no other program is writing progress.',
          args: [LOCK_TIMEOUT_MS, lockPath],
          comment: ['{0} is a number of milliseconds, {1} the path of a lock file.'],
        }),
      );
    }

    // Jitter keeps competing writers from retrying in step.
    const pause = Math.min(delay, LOCK_TIMEOUT_MS - waited) * (0.5 + options.random() / 2);
    await options.sleep(pause);
    waited += pause;
    delay = Math.min(delay * 2, LOCK_MAX_RETRY_DELAY_MS);
  }
}

/**
 * Removes the lock when its `createdAt` is more than STALE_LOCK_MS before `now`.
 * A lock whose content cannot be read (a writer between creating and filling it)
 * is judged by its modification time when the file system reports one.
 *
 * NOTE: two writers that find the same stale lock at once can both remove it, and
 * the second removal can hit the lock the first one just took. The content check
 * right before deleting makes that window small, not empty.
 */
async function removeIfStale(fs: ProgressFileSystem, lockPath: string, log: Logger, now: Date): Promise<boolean> {
  const text = await fs.readFile(lockPath);
  if (text === undefined) {
    return true;
  }

  const createdAt = lockTime(text) ?? (await fs.modifiedTime?.(lockPath));
  if (createdAt === undefined || now.getTime() - createdAt <= STALE_LOCK_MS) {
    return false;
  }

  if ((await fs.readFile(lockPath)) !== text) {
    return true;
  }
  await fs.delete(lockPath);
  log.warn(
    `Removed stale lock ${lockPath} (${text.trim() || 'empty'}), older than ${STALE_LOCK_MS / 1000} s: ` +
      'its writer probably stopped before releasing it.',
  );
  return true;
}

function lockTime(text: string): number | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockContent>;
    const time = typeof parsed.createdAt === 'string' ? Date.parse(parsed.createdAt) : NaN;
    return Number.isNaN(time) ? undefined : time;
  } catch {
    return undefined;
  }
}

/** Deletes the lock if it is still ours. A failure is logged, because the write itself succeeded. */
async function release(fs: ProgressFileSystem, lockPath: string, content: string, log: Logger): Promise<void> {
  try {
    if ((await fs.readFile(lockPath)) === content) {
      await fs.delete(lockPath);
    } else {
      log.warn(`Lock ${lockPath} was taken over by another writer before release; left it in place.`);
    }
  } catch (error) {
    log.error(`Failed to release lock ${lockPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
