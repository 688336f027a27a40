// Messages between the coach panel's page and the extension host. The page
// is untrusted input: the host checks every message with `parsePageMessage`.

import type { CoachView } from '../core/coachView';
import { MAX_ANSWER_LENGTH } from '../core/progress/coachData';

export type { CodeBlockView, CoachView, HintsView, PrerequisiteView, QuestionView, SectionView, StepView } from '../core/coachView';

export type HostMessage =
  | { type: 'render'; view: CoachView }
  | { type: 'missing'; kataId: string }
  /** Shows a section, picked in the tree, a CodeLens or restored after a reload. */
  | { type: 'showSection'; sectionId: string }
  /** The outcome of a page request that carried a `requestId`. */
  | { type: 'result'; requestId: number; ok: boolean; error?: string };

export type PageMessage =
  /** The page can take messages; `sectionId` is the section it shows after a reload. */
  | { type: 'ready'; sectionId?: string }
  | { type: 'selectSection'; sectionId: string }
  | { type: 'revealHint'; sectionId: string; requestId?: number }
  /** The text of an answer after an edit; `commit` saves it at once instead of after a pause. */
  | { type: 'saveAnswer'; index: number; answer: string; commit?: boolean }
  | { type: 'startKata'; kataId: string }
  | { type: 'toggleTimer' }
  | { type: 'setStep'; stepId: string; checked: boolean; requestId?: number }
  | { type: 'openStep'; stepId: string }
  | { type: 'openFile' }
  | { type: 'openLink'; href: string }
  | { type: 'askCoach'; sectionId: string };

const MAX_HREF_LENGTH = 2048;

const ID_PATTERN = /^[a-zA-Z0-9_-]{1,200}$/;

// Kata ids come from front matter and may contain dots or other characters.
// The host looks each one up in the index, so only type and length are checked here.
const MAX_KATA_ID_LENGTH = 200;

// Completion Checks have a handful of questions; this bound only rejects nonsense.
const MAX_QUESTIONS = 1000;

/** Returns the message when it has a known shape, else undefined. */
export function parsePageMessage(value: unknown): PageMessage | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const message = value as Record<string, unknown>;

  switch (message.type) {
    case 'ready':
      if (message.sectionId === undefined) {
        return { type: 'ready' };
      }
      return isId(message.sectionId) ? { type: 'ready', sectionId: message.sectionId } : undefined;
    case 'openFile':
    case 'toggleTimer':
      return { type: message.type };
    case 'selectSection':
      return isId(message.sectionId) ? { type: 'selectSection', sectionId: message.sectionId } : undefined;
    case 'revealHint': {
      if (!isId(message.sectionId) || !isRequestId(message.requestId)) {
        return undefined;
      }
      const parsed: PageMessage = { type: 'revealHint', sectionId: message.sectionId };
      if (message.requestId !== undefined) {
        parsed.requestId = message.requestId as number;
      }
      return parsed;
    }
    case 'saveAnswer': {
      const index = message.index;
      const valid = Number.isSafeInteger(index) && (index as number) >= 0 && (index as number) < MAX_QUESTIONS;
      if (!valid || typeof message.answer !== 'string' || message.answer.length > MAX_ANSWER_LENGTH) {
        return undefined;
      }
      if (message.commit !== undefined && typeof message.commit !== 'boolean') {
        return undefined;
      }
      return { type: 'saveAnswer', index: index as number, answer: message.answer, ...(message.commit === true ? { commit: true } : {}) };
    }
    case 'startKata':
      if (typeof message.kataId === 'string' && message.kataId.length > 0 && message.kataId.length <= MAX_KATA_ID_LENGTH) {
        return { type: 'startKata', kataId: message.kataId };
      }
      return undefined;
    case 'setStep': {
      if (typeof message.stepId !== 'string' || !ID_PATTERN.test(message.stepId) || typeof message.checked !== 'boolean') {
        return undefined;
      }
      if (!isRequestId(message.requestId)) {
        return undefined;
      }
      const parsed: PageMessage = { type: 'setStep', stepId: message.stepId, checked: message.checked };
      if (message.requestId !== undefined) {
        parsed.requestId = message.requestId as number;
      }
      return parsed;
    }
    case 'askCoach':
      if (typeof message.sectionId === 'string' && ID_PATTERN.test(message.sectionId)) {
        return { type: 'askCoach', sectionId: message.sectionId };
      }
      return undefined;
    case 'openLink':
      if (typeof message.href === 'string' && message.href.length <= MAX_HREF_LENGTH) {
        return { type: 'openLink', href: message.href };
      }
      return undefined;
    case 'openStep':
      if (typeof message.stepId === 'string' && ID_PATTERN.test(message.stepId)) {
        return { type: 'openStep', stepId: message.stepId };
      }
      return undefined;
    default:
      return undefined;
  }
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Returns true for an absent request id or a non-negative safe integer. */
function isRequestId(value: unknown): boolean {
  return value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0);
}
