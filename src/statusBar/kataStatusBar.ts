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
    this.item.name = 'Kata Coach: Active Kata';
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
    const clock = `${paused ? '$(debug-pause)' : '$(clock)'} ${minutes}m`;
    this.item.text = `$(mortar-board) ${title} ${completion.done}/${completion.total} ${clock}`;
    const timeText = `${minutes} minute${minutes === 1 ? '' : 's'} spent${paused ? ', timer paused' : ''}`;
    this.item.tooltip = `${kata.title}: ${completion.done} of ${completion.total} steps done, ${timeText}. Click to open the coach panel.`;
    this.item.accessibilityInformation = { label: `Kata ${kata.title}, ${completion.done} of ${completion.total} steps done, ${timeText}` };
    this.item.command = { command: 'kataCoach.openCoachPanel', title: 'Open Coach Panel', arguments: [kata.id] };
    this.item.show();
  }
}
