// Replies of the @kata chat participant that need no language model: status,
// the next step, and the checks of a task, plus the prompts it sends to a
// model for the replies that need one. Pure, so every reply is unit tested.

import * as l10n from '@vscode/l10n';
import { revealedHints } from '../hintReveal';
import { currentSection, isStepDone, kataCompletion, sectionCompletion, type StepStates } from '../kataProgress';
import { describeDifficulty, type Kata, type KataSection } from '../model';
import { toPlainText } from '../plainText';
import type { CoachData } from '../progress/coachData';
import { formatAgainstEstimate } from '../timeOnTask';

/** Returns the kata a request names by id or title, for `/start git rebase`; undefined when none matches. */
export function kataNamedIn<T extends { id: string; title: string }>(katas: readonly T[], text: string): T | undefined {
  const query = text.trim().toLowerCase();
  if (query === '') {
    return undefined;
  }
  const exact = katas.find((kata) => kata.id.toLowerCase() === query || kata.title.toLowerCase() === query);
  if (exact) {
    return exact;
  }

  // Every word of the request must appear in the kata's id or title.
  const words = query.split(/\s+/);
  const matches = katas.filter((kata) => {
    const haystack = `${kata.id} ${kata.title}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** Markdown for /status: the kata, its progress, each task's count, the current task and time spent. */
export function statusReply(kata: Kata, states: StepStates, coach: CoachData, minutes: number): string {
  const { done, total } = kataCompletion(kata, states);
  const estimate = kata.estimatedMinutes === undefined ? undefined : { min: kata.estimatedMinutes, max: kata.estimatedMinutes };
  const hints = Object.values(coach.revealedHintCounts).reduce((sum, count) => sum + count, 0);
  const summaryArgs = [kata.title, describeDifficulty(kata.difficulty), done, total, formatAgainstEstimate(minutes, estimate), hints];
  const lines = [
    hints === 1
      ? l10n.t({
          message: '**{0}** ({1}): {2} of {3} steps done, {4}, {5} hint used.',
          args: summaryArgs,
          comment: ['{0} is the kata title, {1} its difficulty such as "3 - Advanced", {4} the time spent such as "12 of 20 min".'],
        })
      : l10n.t({
          message: '**{0}** ({1}): {2} of {3} steps done, {4}, {5} hints used.',
          args: summaryArgs,
          comment: ['{0} is the kata title, {1} its difficulty such as "3 - Advanced", {4} the time spent such as "12 of 20 min".'],
        }),
    '',
    ...kata.sections.map((section) => {
      const completion = sectionCompletion(section, states);
      const mark = completion.total > 0 && completion.done === completion.total ? '✓' : '·';
      return `- ${mark} ${section.label}: ${completion.done}/${completion.total}`;
    }),
  ];

  const section = currentSection(kata, states);
  lines.push('', section ? l10n.t('You are on **{0}**. Ask `/next` for the next step, or `/hint` when you are stuck.', section.label) : l10n.t('Every step is done. Well done!'));
  return lines.join('\n');
}

/** Markdown for /next: the first unfinished step of the current task, with its expected result. */
export function nextReply(kata: Kata, states: StepStates): string {
  const section = currentSection(kata, states);
  if (!section) {
    return l10n.t('Every step of **{0}** is done. Answer the reflection questions in the coach panel, or start another kata with `/start`.', kata.title);
  }
  const step = section.steps.find((candidate) => !isStepDone(candidate, states));
  if (!step) {
    return l10n.t('**{0}** has no open step. Open the coach panel to read it.', section.label);
  }

  const heading = step.group
    ? l10n.t({ message: 'Next, in **{0}**, under "{1}":', args: [section.label, step.group], comment: ['{0} is a kata task, {1} the numbered step of the task that the next checkbox belongs to.'] })
    : l10n.t('Next, in **{0}**:', section.label);
  const lines = [heading, '', `- ${toPlainText(step.text)}`];
  const expected = section.steps.find((candidate) => candidate.line > step.line && candidate.kind === 'expected-result' && candidate.group === step.group);
  if (expected && expected !== step) {
    lines.push('', l10n.t('You know it worked when: {0}', toPlainText(expected.text).replace(/^Expected results?:\s*/i, '')));
  }
  return lines.join('\n');
}

/**
 * Returns a guiding question to ask before a hint when the kata requests
 * minimal coaching, or undefined when the hint may be given at once.
 */
export function questionBeforeHint(kata: Kata, states: StepStates, alreadyAsked: boolean): string | undefined {
  const level = String(kata.frontMatter.ai_coaching_level ?? '').toLowerCase();
  const section = currentSection(kata, states);
  if (level !== 'minimal' || alreadyAsked || !section) {
    return undefined;
  }
  const step = section.steps.find((candidate) => !isStepDone(candidate, states));
  const target = step ? `"${toPlainText(step.text)}"` : section.label;
  return l10n.t({
    message: 'This kata asks for minimal coaching, so first a question: what have you tried for {0}, and what did you see? Send `/hint` again if you still want a hint.',
    args: [target],
    comment: ['{0} is the quoted text of the next step, or the name of a kata task.'],
  });
}

/** Markdown for a hint that was just revealed, or for the reason none was. */
export function hintReply(kata: Kata, section: KataSection, coach: CoachData, problem: string | undefined): string {
  if (problem !== undefined) {
    return problem;
  }
  const shown = revealedHints(kata, section.id, coach.revealedHintCounts[section.id] ?? 0);
  const latest = shown[shown.length - 1];
  if (!latest) {
    return l10n.t('There is no hint for {0}.', section.label);
  }
  return l10n.t({
    message: '**Hint {0} for {1}** (level {2} of 3): {3}',
    args: [shown.length, section.label, latest.level, toPlainText(latest.text)],
    comment: ['{0} counts the hints revealed for the task {1}; {2} is the hint level from 1 to 3; {3} is the hint text.'],
  });
}

/**
 * Returns the model prompt for /check: the learner's claim against the task's
 * expected results and success checks. It stays in English, as every prompt does.
 */
export function checkPrompt(kata: Kata, states: StepStates, section: KataSection, claim: string): string {
  const checks = [
    ...section.steps.filter((step) => step.kind === 'expected-result').map((step) => toPlainText(step.text)),
    ...(section.notes ?? []).filter((note) => note.kind === 'success-check' || note.kind === 'validation-checkpoint').map((note) => toPlainText(note.text)),
  ];
  const open = section.steps.filter((step) => !isStepDone(step, states)).map((step) => toPlainText(step.text));
  return [
    `You are a kata coach. The learner says they finished "${section.label}" of the kata "${kata.title}".`,
    `Their claim: ${claim.trim() === '' ? '(no details given)' : claim.trim()}`,
    'Expected results and success checks of the task:',
    ...(checks.length > 0 ? checks.map((check) => `- ${check}`) : ['- (the task lists none; judge from its steps)']),
    `Steps not checked yet: ${open.length === 0 ? 'none' : open.map((step) => `"${step}"`).join(', ')}.`,
    'Review the claim against each check. For each check that the claim does not show, ask one short question about it. Do not give solutions. Finish by saying whether the task looks done.',
  ].join('\n');
}
