// The coach panel page's texts in VS Code's display language. The page gets
// them in its HTML (see html.ts) and fills the placeholders itself, so each
// message here keeps its `{0}` for the page. Numbers known here are
// formatted here, for the same display language.

import { env, l10n } from 'vscode';
import { MAX_ANSWER_LENGTH } from '../core/progress/coachData';
import { isLanguageTag, type PageStrings, type PageTextData } from './pageStrings';

/** Returns every page text, translated, with the display language the page formats numbers for. */
export function buildPageTextData(): PageTextData {
  // The page rejects a tag that Intl cannot read, so such a display language gets English number formats.
  const language = isLanguageTag(env.language) ? env.language : 'en';
  return { language, strings: pageStrings(language) };
}

function pageStrings(language: string): PageStrings {
  return {
    prerequisitesHeading: l10n.t({ message: 'Prerequisites', comment: ['Heading of the list of katas to do before this one'] }),
    prerequisiteTitle: l10n.t({ message: '{0}:', comment: ['{0} is the title of a prerequisite kata; its status follows the colon'] }),
    prerequisiteTitleDone: l10n.t({ message: '✓ {0}:', comment: ['{0} is the title of a finished prerequisite kata; its status follows the colon'] }),
    prerequisiteMissing: l10n.t({ message: 'not in this workspace', comment: ['Status of a prerequisite kata that no file of the workspace defines'] }),
    prerequisiteDone: l10n.t({ message: 'done', comment: ['Status of a finished prerequisite kata'] }),
    prerequisiteNotStarted: l10n.t({ message: 'not started', comment: ['Status of a prerequisite kata with no step done'] }),
    prerequisiteStepDone: l10n.t({ message: '{0} of {1} step done', comment: ['Status of a prerequisite kata with one step'] }),
    prerequisiteStepsDone: l10n.t({ message: '{0} of {1} steps done', comment: ['Status of a prerequisite kata; {1} is more than one'] }),
    startPrerequisite: l10n.t({ message: 'Start', comment: ['Button that opens a prerequisite kata in the coach panel'] }),
    startPrerequisiteTitle: l10n.t({ message: 'Open {0} in the coach panel', comment: ['{0} is the title of a prerequisite kata'] }),
    estimatedMinutes: l10n.t({ message: '{0} min', comment: ['Estimated time of a kata in minutes'] }),
    technologies: l10n.t({ message: 'Technologies: {0}', comment: ['{0} is a list of technologies, such as Git, Bash'] }),
    kataProgressLabel: l10n.t({ message: 'Kata progress', comment: ['Screen reader label of the kata progress bar'] }),
    kataStepDone: l10n.t({ message: '{0} of {1} step done ({2}%)', comment: ['Kata progress with one step; {2} is the percent done'] }),
    kataStepsDone: l10n.t({ message: '{0} of {1} steps done ({2}%)', comment: ['Kata progress; {1} is not one; {2} is the percent done'] }),
    timeOnTask: l10n.t({ message: 'Time on task: {0}', comment: ['{0} is the time spent on the kata, such as 12 of 20 min'] }),
    timeOnTaskPaused: l10n.t({ message: 'Time on task: {0} (paused)', comment: ['{0} is the time spent on the kata while its timer is paused'] }),
    pauseTimer: l10n.t('Pause timer'),
    resumeTimer: l10n.t('Resume timer'),
    pauseTimerTitle: l10n.t('Pause or resume counting time on this kata'),
    kataComplete: l10n.t({ message: 'Kata complete', comment: ['Heading of the summary shown once every step is done'] }),
    timeSpent: l10n.t('Time spent: {0}'),
    hintsUsed: l10n.t({ message: 'Hints used: {0}', comment: ['{0} is a number'] }),
    noReflectionQuestions: l10n.t('No reflection questions'),
    questionsAnswered: l10n.t('Reflection questions answered: {0} of {1}'),
    learningObjectives: l10n.t('Learning objectives'),
    sectionsLabel: l10n.t({ message: 'Kata sections', comment: ['Screen reader label of the row of section tabs'] }),
    sectionTab: l10n.t({ message: '{0} ({1}/{2})', comment: ['Section tab: {0} is the section name, {1} of {2} steps are done'] }),
    sectionTabDone: l10n.t({ message: '✓ {0} ({1}/{2})', comment: ['Tab of a finished section: {0} is the section name, {1} of {2} steps are done'] }),
    showSectionTitle: l10n.t({ message: 'Show {0}', comment: ['{0} is a section name, such as Task 1'] }),
    previousSection: l10n.t({ message: '← {0}', comment: ['Button to the previous section; {0} is its name'] }),
    previousSectionTitle: l10n.t('Show the previous section'),
    nextSection: l10n.t({ message: '{0} →', comment: ['Button to the next section; {0} is its name'] }),
    nextSectionTitle: l10n.t('Show the next section'),
    noSections: l10n.t('This kata has no sections with steps yet.'),
    openKataFile: l10n.t('Open kata file'),
    openKataFileTitle: l10n.t('Open the kata markdown in the editor'),
    hintAnnouncement: l10n.t({ message: 'Hint {0} of {1}: {2}', comment: ['Read by screen readers when a hint appears; {2} is the hint text'] }),
    saveFailed: l10n.t('The change could not be saved.'),
    kataMissing: l10n.t({ message: 'The kata "{0}" is no longer in the workspace. Pick another with "Kata Coach: Start Kata".', comment: ['{0} is a kata id; "Kata Coach: Start Kata" is a command of the Command Palette'] }),
    goToStep: l10n.t({ message: 'Go to', comment: ['Button beside a step that shows it in the kata file'] }),
    goToStepTitle: l10n.t({ message: 'Show this step at line {0} of the kata file', comment: ['{0} is a line number'] }),
    goToStepLabel: l10n.t({ message: 'Go to line {0} of the kata file', comment: ['Screen reader label of the Go to button; {0} is a line number'] }),
    codeBlockLabel: l10n.t({ message: '{0} code', comment: ['Screen reader label of a code block; {0} is its language, such as bash'] }),
    notesLabel: l10n.t({ message: 'Notes for this task', comment: ['Screen reader label of the list of notes'] }),
    noteLabel: l10n.t({ message: '{0}:', comment: ['{0} is the kind of a note, such as Pro tip; the note follows the colon'] }),
    noHints: l10n.t('The kata has no hints for this task. Ask the coach instead.'),
    hintAvailable: l10n.t('{0} hint available, none shown yet.'),
    hintsAvailable: l10n.t({ message: '{0} hints available, none shown yet.', comment: ['{0} is more than one'] }),
    hintsShown: l10n.t('Hint {0} of {1} shown.'),
    hintsHeading: l10n.t('Hints'),
    hintSource: l10n.t({ message: '{0}, level {1}:', comment: ['{0} is where the hint comes from, such as Common pitfall; {1} is its level, a number'] }),
    showFirstHint: l10n.t('Show a hint'),
    showNextHint: l10n.t('Show the next hint'),
    showAllHints: l10n.t('Show all hints'),
    revealHintTitle: l10n.t('Reveal the next hint for this task'),
    hintWaitMinute: l10n.t('This kata asks you to try on your own first. Hints unlock after {0} more minute on this task.'),
    hintWaitMinutes: l10n.t('This kata asks you to try on your own first. Hints unlock after {0} more minutes on this task.'),
    questionsHeading: l10n.t('Reflection questions'),
    answersSaved: l10n.t('Your answers are saved with your progress as you type, up to {0} characters each.', new Intl.NumberFormat(language).format(MAX_ANSWER_LENGTH)),
    sectionProgressLabel: l10n.t({ message: '{0} progress', comment: ['Screen reader label of a section progress bar; {0} is the section name'] }),
    sectionStepDone: l10n.t({ message: '{0} of {1} step done', comment: ['Section progress with one step'] }),
    sectionStepsDone: l10n.t({ message: '{0} of {1} steps done', comment: ['Section progress; {1} is not one'] }),
    sectionTime: l10n.t({ message: 'Time on this task: {0}', comment: ['{0} is the time spent on the section, such as 12 of 20-25 min'] }),
    askCoach: l10n.t({ message: 'Ask the coach', comment: ['Button that opens Copilot Chat with a prompt about the task'] }),
    askCoachTitle: l10n.t('Open Copilot Chat with a prompt about this task'),
    noCheckboxSteps: l10n.t('This section has no checkbox steps. Read it in the kata file.'),
  };
}
