// CodeLenses in kata files. The front matter gets Start Kata or Continue. Each
// task heading gets Start task, the next hint and its progress, and the
// Completion Check gets a link to its questions. With the setting on, each
// step gets Mark done or Mark not done.

import * as vscode from 'vscode';
import { revealedHints, hintsForSection } from '../core/hintReveal';
import { currentSection, isStepDone, kataCompletion, sectionCompletion, StepStates } from '../core/kataProgress';
import { Kata, KataSection } from '../core/model';
import { toPlainText } from '../core/plainText';
import { Disposable } from '../common/disposable';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { KataDocuments } from './kataDocuments';

export const STEP_LENSES_SETTING = 'kataCoach.codeLens.steps';

// The lens of an active task quotes this many words of its last revealed hint.
const HINT_PREVIEW_WORDS = 8;

/** Returns the kata and section the learner works on, for the inline hint. */
export type ActiveSection = () => { kataId: string; sectionId: string } | undefined;

export class KataCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changeEmitter.event;

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
    private readonly documents: KataDocuments,
    private readonly activeSection: ActiveSection,
    onActiveSectionChange: vscode.Event<void>,
  ) {
    super();
    const refresh = () => this.changeEmitter.fire();
    this.register(documents.onDidChange(refresh));
    this.register(progress.onDidChange(refresh));
    this.register(workspace.onDidChange(refresh));
    this.register(onActiveSectionChange(refresh));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(STEP_LENSES_SETTING)) {
          refresh();
        }
      }),
    );
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const kata = this.documents.kataOf(document);
    if (!kata) {
      return [];
    }

    const states = this.progress.statesOf(kata.id);
    const lenses = this.kataLenses(kata, states);
    for (const section of kata.sections) {
      lenses.push(...this.sectionLenses(kata, section, states));
    }
    if (vscode.workspace.getConfiguration().get<boolean>(STEP_LENSES_SETTING, false)) {
      for (const step of kata.sections.flatMap((section) => section.steps)) {
        const done = isStepDone(step, states);
        const title = done ? `$(circle-large-outline) ${vscode.l10n.t('Mark not done')}` : `$(pass) ${vscode.l10n.t('Mark done')}`;
        lenses.push(lens(step.line, title, 'kataCoach.toggleStep', [kata.id, step.id]));
      }
    }
    return lenses;
  }

  private kataLenses(kata: Kata, states: StepStates): vscode.CodeLens[] {
    const completion = kataCompletion(kata, states);
    const tasks = kata.sections.filter((section) => section.kind === 'task');
    const current = currentSection(kata, states);
    let start: vscode.CodeLens;

    if (completion.done === 0) {
      start = lens(1, `$(play) ${vscode.l10n.t({ message: 'Start Kata', comment: ['CodeLens that opens the kata in the coach panel'] })}`, 'kataCoach.openCoachPanel', [kata.id]);
    } else if (completion.done === completion.total) {
      start = lens(1, `$(pass-filled) ${vscode.l10n.t('Kata complete: open the coach panel')}`, 'kataCoach.openCoachPanel', [kata.id]);
    } else {
      start = lens(1, `$(play) ${continueTitle(current, tasks)}`, 'kataCoach.openCoachPanel', [kata.id, current?.id]);
    }
    const steps =
      completion.total === 1
        ? vscode.l10n.t('{0}/{1} step done', completion.done, completion.total)
        : vscode.l10n.t('{0}/{1} steps done', completion.done, completion.total);
    return [start, lens(1, steps)];
  }

  private sectionLenses(kata: Kata, section: KataSection, states: StepStates): vscode.CodeLens[] {
    const completion = sectionCompletion(section, states);
    const progress = lens(section.line, vscode.l10n.t({ message: '{0}/{1} done', args: [completion.done, completion.total], comment: ['Progress of a section: {0} of {1} steps are done'] }));

    if (section.kind === 'completion') {
      const hasQuestions = (kata.completion?.questions.length ?? 0) > 0;
      const answer = `$(comment-discussion) ${vscode.l10n.t('Answer in the coach panel')}`;
      return hasQuestions ? [lens(section.line, answer, 'kataCoach.openCoachPanel', [kata.id, section.id]), progress] : [progress];
    }
    if (section.kind !== 'task') {
      return [progress];
    }

    const lenses = [lens(section.line, `$(play) ${vscode.l10n.t('Start task')}`, 'kataCoach.openCoachPanel', [kata.id, section.id])];
    const total = hintsForSection(kata, section.id).length;
    if (total > 0) {
      lenses.push(lens(section.line, this.hintTitle(kata, section, total), 'kataCoach.revealHint', [kata.id, section.id]));
    }
    const ask = vscode.l10n.t({ message: 'Ask the coach', comment: ['Button that opens Copilot Chat with a prompt about the task'] });
    lenses.push(lens(section.line, `$(comment-discussion) ${ask}`, 'kataCoach.askCoach', [kata.id, section.id]), progress);
    return lenses;
  }

  private hintTitle(kata: Kata, section: KataSection, total: number): string {
    const count = this.progress.coachDataOf(kata.id).revealedHintCounts[section.id] ?? 0;
    const shown = revealedHints(kata, section.id, count);
    if (shown.length === 0) {
      return `$(lightbulb) ${vscode.l10n.t({ message: 'Show a hint ({0} available)', args: [total], comment: ['{0} is the number of hints of the task'] })}`;
    }
    if (shown.length >= total) {
      return `$(lightbulb) ${total === 1 ? vscode.l10n.t('The hint is shown') : vscode.l10n.t('All {0} hints shown', total)}`;
    }

    const next = shown.length + 1;
    const active = this.activeSection();
    if (active?.kataId !== kata.id || active.sectionId !== section.id) {
      return `$(lightbulb) ${vscode.l10n.t({ message: 'Hint {0} of {1}', args: [next, total], comment: ['CodeLens that reveals hint {0} of the task\'s {1} hints'] })}`;
    }

    // The active task quotes its last hint, so the learner can read it without opening anything.
    const words = toPlainText(shown[shown.length - 1].text).split(' ');
    const preview = words.slice(0, HINT_PREVIEW_WORDS).join(' ') + (words.length > HINT_PREVIEW_WORDS ? '…' : '');
    return `$(lightbulb) ${vscode.l10n.t({
      message: 'Hint {0} of {1} · Last: {2}',
      args: [next, total, preview],
      comment: ['CodeLens that reveals hint {0} of the task\'s {1} hints; {2} is the start of the hint shown last'],
    })}`;
  }
}

/** Returns the lens title of a kata in progress, naming the task to continue with. */
function continueTitle(current: KataSection | undefined, tasks: KataSection[]): string {
  const taskIndex = current ? tasks.indexOf(current) : -1;
  if (taskIndex >= 0) {
    return vscode.l10n.t('Continue: Task {0} of {1}', taskIndex + 1, tasks.length);
  }
  return current ? vscode.l10n.t({ message: 'Continue: {0}', args: [current.label], comment: ['{0} is a section name'] }) : vscode.l10n.t('Continue: next step');
}

/** Returns a lens on a 1-based line; without a command it is plain text. */
function lens(line: number, title: string, command = '', args: unknown[] = []): vscode.CodeLens {
  const position = new vscode.Range(Math.max(0, line - 1), 0, Math.max(0, line - 1), 0);
  return new vscode.CodeLens(position, { title, command, arguments: args });
}
