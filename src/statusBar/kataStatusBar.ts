// A status bar item for the kata in progress: the one in the coach panel,
// else the one whose file is in the active editor. Clicking it shows the panel.

import * as vscode from 'vscode';
import { kataCompletion } from '../core/kataProgress';
import { Kata } from '../core/model';
import { Disposable } from '../common/disposable';
import { ProgressService } from '../progress/progressService';
import { TimeTracker } from '../time/timeTracker';
import { CoachPanel } from '../webview/coachPanel';
import { KataWorkspace } from '../workspace/kataWorkspace';

// Long titles crowd the status bar, so they are cut to this many characters.
const MAX_TITLE_LENGTH = 28;

export class KataStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('kataCoach.activeKata', vscode.StatusBarAlignment.Left, 50));

  constructor(
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
    private readonly time: TimeTracker,
  ) {
    super();
    this.item.name = vscode.l10n.t({ message: 'Kata Coach: Active Kata', comment: ['Name of the status bar item, shown in the status bar context menu'] });
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(CoachPanel.onDidChangeCurrent(() => this.update()));
    this.register(workspace.onDidChange(() => this.update()));
    this.register(progress.onDidChange(() => this.update()));
    this.register(time.onDidChange(() => this.update()));
    this.update();
  }

  /** The kata the item shows, if any. */
  get activeKata(): Kata | undefined {
    const panelKataId = CoachPanel.currentKataId;
    if (panelKataId !== undefined) {
      return this.workspace.index.findById(panelKataId);
    }
    const document = vscode.window.activeTextEditor?.document;
    return document?.uri.scheme === 'file' ? this.workspace.index.findByFile(document.uri.fsPath) : undefined;
  }

  private update(): void {
    const kata = this.activeKata;
    if (!kata) {
      this.item.hide();
      return;
    }

    const completion = kataCompletion(kata, this.progress.statesOf(kata.id));
    const title = kata.title.length > MAX_TITLE_LENGTH ? `${kata.title.slice(0, MAX_TITLE_LENGTH - 1)}…` : kata.title;
    const minutes = this.time.minutesOf(kata.id).total;
    const paused = this.time.isPaused(kata.id);
    const clock = `${paused ? '$(debug-pause)' : '$(clock)'} ${vscode.l10n.t({ message: '{0}m', args: [minutes], comment: ['Minutes spent on the kata, in the status bar'] })}`;
    this.item.text = `$(mortar-board) ${title} ${completion.done}/${completion.total} ${clock}`;
    const steps = completion.total === 1 ? vscode.l10n.t('{0} of {1} step done', completion.done, completion.total) : vscode.l10n.t('{0} of {1} steps done', completion.done, completion.total);
    const time = describeTime(minutes, paused);
    this.item.tooltip = vscode.l10n.t({
      message: '{0}: {1}, {2}. Click to open the coach panel.',
      args: [kata.title, steps, time],
      comment: ['{0} is a kata title, {1} its progress such as "2 of 5 steps done", {2} the time spent such as "3 minutes spent"'],
    });
    this.item.accessibilityInformation = {
      label: vscode.l10n.t({
        message: 'Kata {0}, {1}, {2}',
        args: [kata.title, steps, time],
        comment: ['Read by screen readers: {0} is a kata title, {1} its progress such as "2 of 5 steps done", {2} the time spent such as "3 minutes spent"'],
      }),
    };
    this.item.command = { command: 'kataCoach.openCoachPanel', title: vscode.l10n.t('Open Coach Panel'), arguments: [kata.id] };
    this.item.show();
  }
}

/** Returns the time spent, such as `3 minutes spent, timer paused`, for the item's tooltip and screen reader label. */
function describeTime(minutes: number, paused: boolean): string {
  if (paused) {
    return minutes === 1 ? vscode.l10n.t('{0} minute spent, timer paused', minutes) : vscode.l10n.t('{0} minutes spent, timer paused', minutes);
  }
  return minutes === 1 ? vscode.l10n.t('{0} minute spent', minutes) : vscode.l10n.t('{0} minutes spent', minutes);
}
