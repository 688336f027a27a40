// The coach panel: a webview beside the editor that shows one kata's current
// task, its steps as checkboxes and the overall progress. One panel is
// reused for every kata, so the editor area does not fill with panels.

import * as vscode from 'vscode';
import { buildCoachView } from '../core/coachView';
import { resolveLink } from '../core/linkPolicy';
import { Logger } from '../core/log';
import { allSteps, Kata } from '../core/model';
import { Disposable } from '../common/disposable';
import { describeError } from '../common/logger';
import { ProgressService } from '../progress/progressService';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { renderCoachHtml } from './html';
import { HostMessage, parsePageMessage } from './protocol';

export const COACH_VIEW_TYPE = 'kataCoach.coach';

/** State the page stores with `setState`, so a reloaded window can restore the panel. */
interface PanelState {
  kataId: string;
}

export class CoachPanel extends Disposable {
  private static current: CoachPanel | undefined;

  private static readonly currentChanged = new vscode.EventEmitter<void>();
  /** Fires when the panel opens, closes or shows another kata. */
  static readonly onDidChangeCurrent = CoachPanel.currentChanged.event;

  private pageReady = false;

  /** Shows the panel for a kata, reusing the open panel when there is one. */
  static show(extensionUri: vscode.Uri, workspace: KataWorkspace, progress: ProgressService, log: Logger, kata: Kata): CoachPanel {
    if (CoachPanel.current) {
      CoachPanel.current.kataId = kata.id;
      CoachPanel.currentChanged.fire();
      // Revealing in its own column: Beside would move the panel on every start.
      CoachPanel.current.panel.reveal(undefined, true);
      CoachPanel.current.update();
      return CoachPanel.current;
    }

    const panel = vscode.window.createWebviewPanel(
      COACH_VIEW_TYPE,
      kata.title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      CoachPanel.webviewOptions(extensionUri),
    );
    CoachPanel.current = new CoachPanel(panel, extensionUri, workspace, progress, log, kata.id);
    CoachPanel.currentChanged.fire();
    return CoachPanel.current;
  }

  /** Restores a panel after a window reload; closes it when its kata is gone. */
  static async restore(
    panel: vscode.WebviewPanel,
    state: unknown,
    extensionUri: vscode.Uri,
    workspace: KataWorkspace,
    progress: ProgressService,
    log: Logger,
  ): Promise<void> {
    await workspace.ready;
    const kataId = typeof state === 'object' && state !== null ? (state as Partial<PanelState>).kataId : undefined;
    const kata = typeof kataId === 'string' ? workspace.index.findById(kataId) : undefined;

    if (!kata || CoachPanel.current) {
      log.info(`Closed a restored coach panel: ${kata ? 'another panel is open' : `kata ${String(kataId)} not found`}`);
      panel.dispose();
      return;
    }

    panel.webview.options = CoachPanel.webviewOptions(extensionUri);
    CoachPanel.current = new CoachPanel(panel, extensionUri, workspace, progress, log, kata.id);
    CoachPanel.currentChanged.fire();
  }

  static get currentKataId(): string | undefined {
    return CoachPanel.current?.kataId;
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
    extensionUri: vscode.Uri,
    private readonly workspace: KataWorkspace,
    private readonly progress: ProgressService,
    private readonly log: Logger,
    private kataId: string,
  ) {
    super();
    this.register(panel);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'kata-coach.svg');
    panel.webview.html = renderCoachHtml(panel.webview, extensionUri);

    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(panel.webview.onDidReceiveMessage((message) => void this.onMessage(message)));
    this.register(workspace.onDidChange(() => this.update()));
    this.register(
      progress.onDidChange((changedKataId) => {
        if (changedKataId === this.kataId) {
          this.update();
        }
      }),
    );
  }

  override dispose(): void {
    if (CoachPanel.current === this) {
      CoachPanel.current = undefined;
      CoachPanel.currentChanged.fire();
    }
    super.dispose();
  }

  private get kata(): Kata | undefined {
    return this.workspace.index.findById(this.kataId);
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
    this.post({ type: 'render', view: buildCoachView(kata, this.progress.statesOf(kata.id)) });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message).then(undefined, (error: unknown) => {
      this.log.error(`Posting to the coach panel failed: ${describeError(error)}`);
    });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parsePageMessage(raw);
    if (!message) {
      this.log.warn(`Ignored an invalid message from the coach panel: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }

    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        this.update();
        return;
      case 'openFile': {
        const kata = this.kata;
        if (kata) {
          await vscode.commands.executeCommand('kataCoach.revealStep', kata.filePath, 1);
        }
        return;
      }
      case 'openLink':
        await this.openLink(message.href);
        return;
      case 'askCoach': {
        const kata = this.kata;
        if (kata) {
          await vscode.commands.executeCommand('kataCoach.askCoach', kata.id, message.sectionId);
        }
        return;
      }
      case 'openStep':
        await this.onStepMessage(message.stepId, undefined);
        return;
      case 'setStep': {
        const ok = await this.onStepMessage(message.stepId, message.checked);
        if (message.requestId !== undefined) {
          this.post({ type: 'result', requestId: message.requestId, ok, error: ok ? undefined : 'This step is no longer in the kata.' });
        }
        return;
      }
    }
  }

  /** Opens or checks a step; returns false when the kata no longer has it. */
  private async onStepMessage(stepId: string, checked: boolean | undefined): Promise<boolean> {
    const kata = this.kata;
    const step = kata && allSteps(kata).find((candidate) => candidate.id === stepId);
    if (!kata || !step) {
      this.log.warn(`The coach panel named step ${stepId}, which kata ${this.kataId} does not have`);
      return false;
    }

    if (checked === undefined) {
      await vscode.commands.executeCommand('kataCoach.revealStep', kata.filePath, step.line);
    } else {
      await this.progress.setSteps(kata, { [step.id]: checked });
    }
    return true;
  }

  // Links come from kata text, which is untrusted: resolveLink allows only web
  // links and files inside the kata's workspace folder.
  private async openLink(href: string): Promise<void> {
    const kata = this.kata;
    if (!kata) {
      return;
    }
    const target = resolveLink(href, kata.filePath, this.workspace.folderOf(kata));
    switch (target.kind) {
      case 'external':
        await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
        return;
      case 'file':
        await vscode.commands.executeCommand('kataCoach.revealStep', target.filePath, 1);
        return;
      case 'refused':
        this.log.info(`Did not open the link ${JSON.stringify(href.slice(0, 200))} from ${kata.filePath}: ${target.reason}`);
        return;
    }
  }
}
