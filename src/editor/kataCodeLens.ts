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
        lenses.push(lens(step.line, done ? '$(circle-large-outline) Mark not done' : '$(pass) Mark done', 'kataCoach.toggleStep', [kata.id, step.id]));
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
      start = lens(1, '$(play) Start Kata', 'kataCoach.openCoachPanel', [kata.id]);
    } else if (completion.done === completion.total) {
      start = lens(1, '$(pass-filled) Kata complete: open the coach panel', 'kataCoach.openCoachPanel', [kata.id]);
    } else {
      const taskIndex = current ? tasks.indexOf(current) : -1;
      const where = taskIndex >= 0 ? `Task ${taskIndex + 1} of ${tasks.length}` : (current?.label ?? 'next step');
      start = lens(1, `$(play) Continue: ${where}`, 'kataCoach.openCoachPanel', [kata.id, current?.id]);
    }
    return [start, lens(1, `${completion.done}/${completion.total} steps done`)];
  }

  private sectionLenses(kata: Kata, section: KataSection, states: StepStates): vscode.CodeLens[] {
    const completion = sectionCompletion(section, states);
    const progress = lens(section.line, `${completion.done}/${completion.total} done`);

    if (section.kind === 'completion') {
      const hasQuestions = (kata.completion?.questions.length ?? 0) > 0;
      return hasQuestions ? [lens(section.line, '$(comment-discussion) Answer in the coach panel', 'kataCoach.openCoachPanel', [kata.id, section.id]), progress] : [progress];
    }
    if (section.kind !== 'task') {
      return [progress];
    }

    const lenses = [lens(section.line, '$(play) Start task', 'kataCoach.openCoachPanel', [kata.id, section.id])];
    const total = hintsForSection(kata, section.id).length;
    if (total > 0) {
      lenses.push(lens(section.line, this.hintTitle(kata, section, total), 'kataCoach.revealHint', [kata.id, section.id]));
    }
    lenses.push(lens(section.line, '$(comment-discussion) Ask the coach', 'kataCoach.askCoach', [kata.id, section.id]), progress);
    return lenses;
  }

  private hintTitle(kata: Kata, section: KataSection, total: number): string {
    const count = this.progress.coachDataOf(kata.id).revealedHintCounts[section.id] ?? 0;
    const shown = revealedHints(kata, section.id, count);
    if (shown.length === 0) {
      return `$(lightbulb) Show a hint (${total} available)`;
    }
    if (shown.length >= total) {
      return `$(lightbulb) All ${total} hints shown`;
    }

    const title = `$(lightbulb) Hint ${shown.length + 1} of ${total}`;
    const active = this.activeSection();
    if (active?.kataId !== kata.id || active.sectionId !== section.id) {
      return title;
    }

    // The active task quotes its last hint, so the learner can read it without opening anything.
    const words = toPlainText(shown[shown.length - 1].text).split(' ');
    const preview = words.slice(0, HINT_PREVIEW_WORDS).join(' ') + (words.length > HINT_PREVIEW_WORDS ? '…' : '');
    return `${title} · Last: ${preview}`;
  }
}

/** Returns a lens on a 1-based line; without a command it is plain text. */
function lens(line: number, title: string, command = '', args: unknown[] = []): vscode.CodeLens {
  const position = new vscode.Range(Math.max(0, line - 1), 0, Math.max(0, line - 1), 0);
  return new vscode.CodeLens(position, { title, command, arguments: args });
}
