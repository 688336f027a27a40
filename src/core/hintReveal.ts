// Decides which hints the coach panel shows for a section, following the
// kata's `hint_strategy`. Pure: callers pass the times, nothing reads a clock.

import type { HintStrategy } from './frontMatterTypes';
import type { Kata, KataHint } from './model';

/**
 * Time a section must have been open before a kata with `hint_strategy: minimal`
 * shows its first hint: 5 minutes, so the learner tries on their own first.
 */
export const MINIMAL_HINT_DELAY_MS = 5 * 60 * 1000;

/**
 * Values of `hint_strategy` outside the schema's `progressive | direct | minimal`
 * that katas use, and the strategy each one gets. `conceptual` hints explain an
 * idea a little at a time, so they reveal like `progressive`.
 */
export const HINT_STRATEGY_ALIASES: Readonly<Record<string, HintStrategy>> = {
  conceptual: 'progressive',
};

const STRATEGIES: readonly HintStrategy[] = ['progressive', 'direct', 'minimal'];

/** Result of a request for the next hint of a section. */
export interface HintReveal {
  /** Every hint revealed so far, in reveal order, including the ones this request added. */
  hints: KataHint[];
  /** Number of hints in `hints`: store it and pass it as `revealedCount` next time. */
  revealed: number;
  /** Number of hints the section can reveal in all. */
  total: number;
  /** Whether a later request can reveal more, possibly only after `waitMs`. */
  canRevealMore: boolean;
  /** Set while a `minimal` kata holds back its first hint: milliseconds left until it may be shown. */
  waitMs?: number;
}

export interface RevealOptions {
  /** How long the section has been open, in milliseconds. */
  openedForMs: number;
}

/**
 * Returns the hints a learner can reveal while on `sectionId`, in reveal order:
 * that section's hints and the kata-wide hints (those without a `sectionId`),
 * sorted by level, then the section's hints before kata-wide ones, then by line.
 * A hint whose text repeats an earlier one (ignoring case and whitespace) is dropped.
 */
export function hintsForSection(kata: Kata, sectionId: string): KataHint[] {
  const candidates = (kata.hints ?? []).filter((hint) => hint.sectionId === undefined || hint.sectionId === sectionId);
  const kataWide = (hint: KataHint) => (hint.sectionId === undefined ? 1 : 0);

  const sorted = [...candidates].sort((a, b) => a.level - b.level || kataWide(a) - kataWide(b) || a.line - b.line);

  const seen = new Set<string>();
  const unique: KataHint[] = [];
  for (const hint of sorted) {
    const key = hint.text.replace(/\s+/g, ' ').trim().toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(hint);
    }
  }
  return unique;
}

/**
 * Returns the kata's hint strategy from front matter `hint_strategy`, compared
 * case-insensitively. Values in HINT_STRATEGY_ALIASES map to their strategy, and
 * a missing or unknown value is `progressive`, the value most katas use.
 */
export function hintStrategy(kata: Kata): HintStrategy {
  const value = kata.frontMatter.hint_strategy;
  if (typeof value !== 'string') {
    return 'progressive';
  }

  const key = value.trim().toLowerCase();
  if ((STRATEGIES as readonly string[]).includes(key)) {
    return key as HintStrategy;
  }
  return HINT_STRATEGY_ALIASES[key] ?? 'progressive';
}

/**
 * Reveals the next hints of a section when the learner requests a hint.
 * `revealedCount` is the number of hints shown before this request.
 *
 * - `progressive`: one more hint per request, in the order of hintsForSection.
 * - `direct`: every hint at once.
 * - `minimal`: no hint until the section has been open MINIMAL_HINT_DELAY_MS,
 *   then like `progressive`. Once a hint is shown the delay no longer applies.
 *
 * A negative or fractional `revealedCount` is read as 0 or rounded down, and
 * one above the number of hints is capped.
 */
export function nextReveal(kata: Kata, sectionId: string, revealedCount: number, options: RevealOptions): HintReveal {
  const hints = hintsForSection(kata, sectionId);
  const total = hints.length;
  const already = Math.min(total, wholeCount(revealedCount));
  const strategy = hintStrategy(kata);

  if (strategy === 'direct') {
    return { hints, revealed: total, total, canRevealMore: false };
  }

  const openedForMs = Number.isFinite(options.openedForMs) ? Math.max(0, options.openedForMs) : 0;
  if (strategy === 'minimal' && already === 0 && total > 0 && openedForMs < MINIMAL_HINT_DELAY_MS) {
    return { hints: [], revealed: 0, total, canRevealMore: true, waitMs: MINIMAL_HINT_DELAY_MS - openedForMs };
  }

  const revealed = Math.min(total, already + 1);
  return { hints: hints.slice(0, revealed), revealed, total, canRevealMore: revealed < total };
}

/**
 * Returns the hints already revealed for a section, without revealing more:
 * what the panel shows again after a reload.
 */
export function revealedHints(kata: Kata, sectionId: string, revealedCount: number): KataHint[] {
  return hintsForSection(kata, sectionId).slice(0, wholeCount(revealedCount));
}

/**
 * Returns the highest level among the first `revealedCount` hints of a section,
 * or 0 when none is revealed. This is the value `KataCoachData.revealedHintLevels` stores.
 */
export function revealedLevel(kata: Kata, sectionId: string, revealedCount: number): number {
  return revealedHints(kata, sectionId, revealedCount).reduce((highest, hint) => Math.max(highest, hint.level), 0);
}

/**
 * Returns how many hints of a section to treat as revealed when only the highest
 * revealed level is stored: every hint up to and including that level.
 *
 * NOTE: this can count more hints than the learner saw, because a stored level
 * does not say how many hints of that level were revealed.
 */
export function revealedCountForLevel(kata: Kata, sectionId: string, level: number): number {
  return hintsForSection(kata, sectionId).filter((hint) => hint.level <= level).length;
}

function wholeCount(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}
