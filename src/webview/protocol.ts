// Messages between the coach panel's page and the extension host. The page
// is untrusted input: the host checks every message with `parsePageMessage`.

import type { CoachView } from '../core/coachView';

export type { CoachView, SectionView, StepView } from '../core/coachView';

export type HostMessage = { type: 'render'; view: CoachView } | { type: 'missing'; kataId: string };

export type PageMessage =
  | { type: 'ready' }
  | { type: 'setStep'; stepId: string; checked: boolean }
  | { type: 'openStep'; stepId: string }
  | { type: 'openFile' };

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
    case 'setStep':
      if (typeof message.stepId === 'string' && ID_PATTERN.test(message.stepId) && typeof message.checked === 'boolean') {
        return { type: 'setStep', stepId: message.stepId, checked: message.checked };
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
