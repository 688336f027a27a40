// Messages between the coach panel's page and the extension host. The page
// is untrusted input: the host checks every message with `parsePageMessage`.

import type { CoachView } from '../core/coachView';

export type { CoachView, SectionView, StepView } from '../core/coachView';

export type HostMessage =
  | { type: 'render'; view: CoachView }
  | { type: 'missing'; kataId: string }
  /** The outcome of a page request that carried a `requestId`. */
  | { type: 'result'; requestId: number; ok: boolean; error?: string };

export type PageMessage =
  | { type: 'ready' }
  | { type: 'setStep'; stepId: string; checked: boolean; requestId?: number }
  | { type: 'openStep'; stepId: string }
  | { type: 'openFile' }
  | { type: 'openLink'; href: string }
  | { type: 'askCoach'; sectionId: string };

const MAX_HREF_LENGTH = 2048;

const ID_PATTERN = /^[a-zA-Z0-9_-]{1,200}$/;

/** Returns the message when it has a known shape, else undefined. */
export function parsePageMessage(value: unknown): PageMessage | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const message = value as Record<string, unknown>;

  switch (message.type) {
    case 'ready':
    case 'openFile':
      return { type: message.type };
    case 'setStep': {
      if (typeof message.stepId !== 'string' || !ID_PATTERN.test(message.stepId) || typeof message.checked !== 'boolean') {
        return undefined;
      }
      const parsed: PageMessage = { type: 'setStep', stepId: message.stepId, checked: message.checked };
      if (message.requestId !== undefined) {
        if (!Number.isSafeInteger(message.requestId) || (message.requestId as number) < 0) {
          return undefined;
        }
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
