// Answers typed in the coach panel, kept by the host until they are saved.
// The page sends every edit at once, and the host saves after a pause in
// typing, or at once when the text area loses focus or the panel closes, so
// closing the panel right after typing loses nothing.

import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { describeError } from '../common/logger';
import { ProgressService } from '../progress/progressService';

// Typing pauses this long before an answer is saved, so a sentence costs one write, not one per key.
const SAVE_DELAY_MS = 700;

interface Draft {
  kata: Kata;
  question: string;
  answer: string;
  timer: NodeJS.Timeout;
}

export class AnswerDrafts {
  private readonly drafts = new Map<string, Draft>();

  constructor(
    private readonly progress: ProgressService,
    private readonly log: Logger,
  ) {}

  /** Records the latest text of an answer; saves it now when `commit` is set, else after a pause. */
  update(kata: Kata, question: string, answer: string, commit: boolean): Promise<void> {
    const key = `${kata.id}\n${question}`;
    clearTimeout(this.drafts.get(key)?.timer);
    const timer = setTimeout(() => void this.save(key), SAVE_DELAY_MS);
    this.drafts.set(key, { kata, question, answer, timer });
    return commit ? this.save(key) : Promise.resolve();
  }

  /** Saves every draft now, for a panel that closes. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.drafts.keys()].map((key) => this.save(key)));
  }

  private async save(key: string): Promise<void> {
    const draft = this.drafts.get(key);
    if (!draft) {
      return;
    }
    clearTimeout(draft.timer);
    this.drafts.delete(key);
    try {
      await this.progress.saveCoachData(draft.kata, { reflectionAnswers: { [draft.question]: draft.answer } });
    } catch (error) {
      this.log.error(`Saving an answer of ${draft.kata.id} to ${draft.kata.filePath}'s progress failed: ${describeError(error)}`);
    }
  }
}
