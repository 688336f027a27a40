// The texts of the coach panel's page. The extension host translates them
// with `vscode.l10n` (see pageStringTable.ts) and puts them into the page's
// HTML. The page validates them like a message and fills in the placeholders.
// This module imports neither `vscode` nor the DOM, because both sides use it.

/** Keys of every text the page shows. The page's calls are typed by this list, so `tsc -p media` rejects a key the host does not send. */
export const PAGE_STRING_KEYS = [
  'prerequisitesHeading',
  'prerequisiteTitle',
  'prerequisiteTitleDone',
  'prerequisiteMissing',
  'prerequisiteDone',
  'prerequisiteNotStarted',
  'prerequisiteStepDone',
  'prerequisiteStepsDone',
  'startPrerequisite',
  'startPrerequisiteTitle',
  'estimatedMinutes',
  'technologies',
  'kataProgressLabel',
  'kataStepDone',
  'kataStepsDone',
  'timeOnTask',
  'timeOnTaskPaused',
  'pauseTimer',
  'resumeTimer',
  'pauseTimerTitle',
  'kataComplete',
  'timeSpent',
  'hintsUsed',
  'noReflectionQuestions',
  'questionsAnswered',
  'learningObjectives',
  'sectionsLabel',
  'sectionTab',
  'sectionTabDone',
  'showSectionTitle',
  'previousSection',
  'previousSectionTitle',
  'nextSection',
  'nextSectionTitle',
  'noSections',
  'openKataFile',
  'openKataFileTitle',
  'hintAnnouncement',
  'saveFailed',
  'kataMissing',
  'goToStep',
  'goToStepTitle',
  'goToStepLabel',
  'codeBlockLabel',
  'notesLabel',
  'noteLabel',
  'noHints',
  'hintAvailable',
  'hintsAvailable',
  'hintsShown',
  'hintsHeading',
  'hintSource',
  'showFirstHint',
  'showNextHint',
  'showAllHints',
  'revealHintTitle',
  'hintWaitMinute',
  'hintWaitMinutes',
  'questionsHeading',
  'answersSaved',
  'sectionProgressLabel',
  'sectionStepDone',
  'sectionStepsDone',
  'sectionTime',
  'askCoach',
  'askCoachTitle',
  'noCheckboxSteps',
] as const;

export type PageStringKey = (typeof PAGE_STRING_KEYS)[number];

/** Translated text by key. Placeholders `{0}`, `{1}` and so on are filled by the page. */
export type PageStrings = Readonly<Record<PageStringKey, string>>;

/** Data the host sends: the texts, and VS Code's display language for formatting numbers and lists. */
export interface PageTextData {
  language: string;
  strings: PageStrings;
}

/** The texts as the page uses them. */
export interface PageText {
  /** Returns the text of `key` with `{n}` replaced by `args[n]`; numbers are formatted for the display language. */
  t(key: PageStringKey, ...args: (string | number)[]): string;
  /** Joins items as the display language writes a list, such as `Git, Bash` in English or `Git、Bash` in Chinese. */
  list(items: readonly string[]): string;
}

// Bounds that only reject nonsense: the longest English text has fewer than 100 characters.
const MAX_STRING_LENGTH = 2000;
const MAX_LANGUAGE_LENGTH = 64;

const KNOWN_KEYS: ReadonlySet<string> = new Set(PAGE_STRING_KEYS);

/** Returns the data when it has exactly the known keys, each a string, and a valid language tag; else undefined. */
export function parsePageTextData(value: unknown): PageTextData | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const data = value as Record<string, unknown>;
  if (typeof data.language !== 'string' || !isLanguageTag(data.language)) {
    return undefined;
  }
  if (typeof data.strings !== 'object' || data.strings === null) {
    return undefined;
  }

  const strings = data.strings as Record<string, unknown>;
  const keys = Object.keys(strings);
  if (keys.length !== PAGE_STRING_KEYS.length || keys.some((key) => !KNOWN_KEYS.has(key))) {
    return undefined;
  }
  if (keys.some((key) => typeof strings[key] !== 'string' || (strings[key] as string).length > MAX_STRING_LENGTH)) {
    return undefined;
  }
  return { language: data.language, strings: strings as PageStrings };
}

/** Returns true for a BCP 47 language tag that `Intl` accepts, such as `en` or `zh-cn`. */
export function isLanguageTag(language: string): boolean {
  if (language.length === 0 || language.length > MAX_LANGUAGE_LENGTH) {
    return false;
  }
  try {
    return Intl.getCanonicalLocales(language).length === 1;
  } catch {
    return false;
  }
}

/** Creates the formatting functions for validated data. */
export function createPageText(data: PageTextData): PageText {
  const numbers = new Intl.NumberFormat(data.language);
  const lists = new Intl.ListFormat(data.language, { style: 'narrow', type: 'conjunction' });
  return {
    t: (key, ...args) => fillPlaceholders(data.strings[key], args.map((arg) => (typeof arg === 'number' ? numbers.format(arg) : arg))),
    list: (items) => lists.format(items),
  };
}

/** Replaces `{n}` with `args[n]`, and leaves a placeholder without an argument as it is, as `vscode.l10n.t` does. */
export function fillPlaceholders(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => args[Number(index)] ?? placeholder);
}
