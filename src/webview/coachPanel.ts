// The coach panel: a webview beside the editor that shows one kata's current
// task, its steps, notes and hints, the Completion Check and the time spent.
// One panel is reused for every kata, so the editor area does not fill up.

import * as vscode from 'vscode';
import { buildCoachView } from '../core/coachView';
import { currentSection, kataCompletion } from '../core/kataProgress';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { ProgressService } from '../progress/progressService';
import { TimeTracker, WorkContext } from '../time/timeTracker';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { renderCoachHtml } from './html';
import { buildPageTextData } from './pageStringTable';
import { PanelActions } from './panelActions';
import { HostMessage, parsePageMessage, PageMessage } from './protocol';

export const COACH_VIEW_TYPE = 'kataCoach.coach';

/** Services of the extension that the panel uses. */
export interface CoachPanelDeps {
  extensionUri: vscode.Uri;
  workspace: KataWorkspace;
  progress: ProgressService;
  time: TimeTracker;
  log: Logger;
}

/** State the page stores with `setState`, so a reloaded window can restore the panel. */
interface PanelState {
  kataId: string;
  sectionId?: string;
}

export class CoachPanel extends Disposable {
  private static current: CoachPanel | undefined;

  private static readonly currentChanged = new vscode.EventEmitter<void>();
  /** Fires when the panel opens, closes, becomes active or shows another kata or section. */
  static readonly onDidChangeCurrent = CoachPanel.currentChanged.event;

  private pageReady = false;
  /** Section the page shows; undefined until the page reports it. */
  private sectionId: string | undefined;
  private readonly actions: PanelActions;

  /**
   * Shows the panel for a kata, reusing the open panel. `sectionId` picks the
   * section it shows, and `focus` moves keyboard focus into it.
   */
  static show(deps: CoachPanelDeps, kata: Kata, sectionId?: string, focus = false): CoachPanel {
    const open = CoachPanel.current;
    if (open) {
      const changed = open.kataId !== kata.id;
      open.kataId = kata.id;
      open.sectionId = sectionId ?? (changed ? undefined : open.sectionId);
      // Revealing in its own column: Beside would move the panel on every start.
      open.panel.reveal(undefined, !focus);
      open.update();
      if (sectionId) {
        open.post({ type: 'showSection', sectionId });
      }
      CoachPanel.currentChanged.fire();
      return open;
    }

    const panel = vscode.window.createWebviewPanel(
      COACH_VIEW_TYPE,
      kata.title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: !focus },
      CoachPanel.webviewOptions(deps.extensionUri),
    );
    CoachPanel.current = new CoachPanel(panel, deps, kata.id, sectionId);
    CoachPanel.currentChanged.fire();
    return CoachPanel.current;
  }

  /** Restores a panel after a window reload; closes it with a message when its kata is gone. */
  static async restore(panel: vscode.WebviewPanel, state: unknown, deps: CoachPanelDeps): Promise<void> {
    await deps.workspace.listed;
    const saved = typeof state === 'object' && state !== null ? (state as Partial<PanelState>) : {};
    const kata = typeof saved.kataId === 'string' ? deps.workspace.index.findById(saved.kataId) : undefined;

    if (!kata || CoachPanel.current) {
      deps.log.info(`Closed a restored coach panel: ${kata ? 'another panel is open' : `kata ${String(saved.kataId)} not found`}`);
      panel.dispose();
      if (!kata && typeof saved.kataId === 'string') {
        void vscode.window.showInformationMessage(
          vscode.l10n.t({
            message: 'Kata Coach closed the coach panel of "{0}": no kata with that id is in this workspace any more.',
            args: [saved.kataId],
            comment: ['{0} is a kata id'],
          }),
        );
      }
      return;
    }

    panel.webview.options = CoachPanel.webviewOptions(deps.extensionUri);
    const sectionId = typeof saved.sectionId === 'string' ? saved.sectionId : undefined;
    CoachPanel.current = new CoachPanel(panel, deps, kata.id, sectionId);
    CoachPanel.currentChanged.fire();
  }

  static get currentKataId(): string | undefined {
    return CoachPanel.current?.kataId;
  }

  /** Returns the section the open panel shows, once its page has reported it. */
  static get currentSectionId(): string | undefined {
    return CoachPanel.current?.sectionId;
  }

  /** Returns the kata and section of the panel while it is the active editor, for time on task. */
  static get activeContext(): WorkContext | undefined {
    const open = CoachPanel.current;
    if (!open || !open.panel.active) {
      return undefined;
    }
    const sectionId = open.sectionId ?? open.defaultSectionId();
    return sectionId ? { kataId: open.kataId, sectionId } : undefined;
  }

  /** The editor column of the open panel, so files can open in another one. */
  static get currentViewColumn(): vscode.ViewColumn | undefined {
    return CoachPanel.current?.panel.viewColumn;
  }

  /** Closes the open panel, for deactivation. */
  static disposeCurrent(): void {
    CoachPanel.current?.dispose();
  }

  private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'media'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: CoachPanelDeps,
    private kataId: string,
    initialSectionId: string | undefined,
  ) {
    super();
    this.sectionId = initialSectionId;
    this.actions = new PanelActions(deps);
    this.register(panel);
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'kata-coach.svg');
    panel.webview.html = renderCoachHtml(panel.webview, deps.extensionUri, buildPageTextData());

    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(panel.onDidChangeViewState(() => CoachPanel.currentChanged.fire()));
    this.register(panel.webview.onDidReceiveMessage((message) => void this.onMessage(message)));
    this.register(deps.workspace.onDidChange(() => this.update()));
    const ifShown = (kataId: string) => kataId === this.kataId && this.update();
    this.register(deps.progress.onDidChange(ifShown));
    this.register(deps.time.onDidChange(ifShown));
  }

  override dispose(): void {
    void this.actions.flushAnswers();
    if (CoachPanel.current === this) {
      CoachPanel.current = undefined;
      CoachPanel.currentChanged.fire();
    }
    super.dispose();
  }

  private get kata(): Kata | undefined {
    return this.deps.workspace.index.findById(this.kataId);
  }

  private defaultSectionId(): string | undefined {
    const kata = this.kata;
    // The time tracker reads this on every cursor move, so it avoids building the whole view.
    return kata ? (currentSection(kata, this.deps.progress.statesOf(kata.id)) ?? kata.sections[0])?.id : undefined;
  }

  private update(): void {
    if (!this.pageReady || this.isDisposed) {
      return;
    }

    const kata = this.kata;
    if (!kata) {
      this.post({ type: 'missing', kataId: this.kataId });
      return;
    }
    this.panel.title = kata.title;

    const { progress, time, workspace } = this.deps;
    const view = buildCoachView(kata, progress.statesOf(kata.id), {
      coach: progress.coachDataOf(kata.id),
      minutes: time.minutesOf(kata.id),
      timerPaused: time.isPaused(kata.id),
      msOnSection: (sectionId) => time.msOnSection(kata.id, sectionId),
      statusOf: (kataId) => {
        const other = workspace.index.findById(kataId);
        return other && { title: other.title, ...kataCompletion(other, progress.statesOf(other.id)) };
      },
    });
    this.post({ type: 'render', view });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message).then(undefined, (error: unknown) => {
      this.deps.log.error(`Posting to the coach panel failed: ${describeError(error)}`);
    });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parsePageMessage(raw);
    if (!message) {
      this.deps.log.warn(`Ignored an invalid message from the coach panel: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }

    const kata = this.kata;
    if (message.type === 'ready') {
      this.pageReady = true;
      this.sectionId = this.sectionId ?? message.sectionId;
      this.update();
      if (this.sectionId) {
        this.post({ type: 'showSection', sectionId: this.sectionId });
      }
      CoachPanel.currentChanged.fire();
      return;
    }
    if (!kata) {
      return;
    }
    await this.handle(kata, message);
  }

  private async handle(kata: Kata, message: Exclude<PageMessage, { type: 'ready' }>): Promise<void> {
    switch (message.type) {
      case 'selectSection':
        if (kata.sections.some((section) => section.id === message.sectionId)) {
          this.sectionId = message.sectionId;
          CoachPanel.currentChanged.fire();
        }
        return;
      case 'setStep': {
        const ok = await this.actions.setStep(kata, message.stepId, message.checked);
        this.reply(message.requestId, ok, vscode.l10n.t('This step is no longer in the kata.'));
        return;
      }
      case 'revealHint': {
        const error = await this.actions.revealHint(kata, message.sectionId);
        this.reply(message.requestId, error === undefined, error);
        return;
      }
      case 'saveAnswer':
        await this.actions.saveAnswer(kata, message.index, message.answer, message.commit === true);
        return;
      case 'toggleTimer':
        this.deps.time.togglePause(kata.id);
        return;
      case 'startKata':
        await this.actions.startKata(message.kataId);
        return;
      case 'openFile':
        await vscode.commands.executeCommand('kataCoach.revealStep', kata.filePath, 1);
        return;
      case 'openStep':
        await this.actions.openStep(kata, message.stepId);
        return;
      case 'openLink':
        await this.actions.openLink(kata, message.href);
        return;
      case 'askCoach':
        await vscode.commands.executeCommand('kataCoach.askCoach', kata.id, message.sectionId);
        return;
    }
  }

  private reply(requestId: number | undefined, ok: boolean, error: string | undefined): void {
    if (requestId !== undefined) {
      this.post({ type: 'result', requestId, ok, error: ok ? undefined : error });
    }
  }
}
