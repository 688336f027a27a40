// Entry point: builds the workspace index, the progress service, the tree,
// the coach panel and the commands, and ties their lifetimes to the
// extension context.

import * as vscode from 'vscode';
import { config as configureCoreL10n } from '@vscode/l10n';
import { createLogger, describeError, disposeLogChannel, getLogChannel } from './common/logger';
import { createToolHost, registerCoachTools } from './chat/lmTools';
import { loadedLibraries } from './core/libraries';
import { registerParticipant } from './chat/participant';
import { registerCommands } from './commands';
import { CarryOverResult, offerCarryOver, registerCarryOverOffer } from './progress/carryOver';
import { ProgressService } from './progress/progressService';
import { createWriteConsent } from './progress/restrictedMode';
import { StorageMode } from './progress/storageMode';
import { EditorFeatures, registerEditorFeatures } from './editor';
import { createOnboarding, Onboarding } from './onboarding';
import { KataStatusBar } from './statusBar/kataStatusBar';
import { TimeTracker } from './time/timeTracker';
import { KataTreeProvider } from './tree/kataTreeProvider';
import { COACH_VIEW_TYPE, CoachPanel } from './webview/coachPanel';
import { KataWorkspace } from './workspace/kataWorkspace';

/** The API that `activate` returns, for the in-host tests and scripts. */
export interface KataCoachApi {
  workspace: KataWorkspace;
  progress: ProgressService;
  tree: KataTreeProvider;
  statusBar: KataStatusBar;
  time: TimeTracker;
  editor: EditorFeatures;
  participant: vscode.ChatParticipant;
  /** The walkthrough events and the first-run notification. */
  onboarding: Onboarding;
  /**
   * How long `activate` took, the parsing libraries it loaded (which should be
   * none), and how long after activation the first index was ready, once it is.
   */
  activation: { ms: number; librariesLoaded: string[]; firstIndexMs?: number };
  /** Copies checks into the storage of `mode`, as the prompt after a mode switch does; `presetAnswer` is the button label. */
  carryProgressOver(mode: StorageMode, presetAnswer: string): Promise<CarryOverResult | undefined>;
}

// Kept for `deactivate`, which VS Code calls without arguments.
let activeProgress: ProgressService | undefined;
let activeTime: TimeTracker | undefined;

export function activate(context: vscode.ExtensionContext): KataCoachApi {
  // The core translates through @vscode/l10n, which shows English until it gets the bundle of the display language.
  if (vscode.l10n.bundle !== undefined) {
    configureCoreL10n({ contents: vscode.l10n.bundle });
  }

  const activationStarted = performance.now();
  context.subscriptions.push(getLogChannel());
  const log = createLogger('Extension');
  log.info(`Kata Coach ${String(context.extension.packageJSON.version)} activating`);

  const workspace = new KataWorkspace(createLogger('Index'), {
    storageFolder: context.storageUri?.fsPath,
    release: String(context.extension.packageJSON.version),
  });
  const progressLog = createLogger('Progress');
  const progress = new ProgressService(workspace, progressLog, createWriteConsent(progressLog));
  const tree = new KataTreeProvider(workspace, progress, createLogger('Tree'), context.workspaceState);
  context.subscriptions.push(workspace, progress, tree, registerCarryOverOffer(workspace, progress, progressLog));
  activeProgress = progress;

  const panelLog = createLogger('Coach');
  const time = new TimeTracker(workspace, progress, createLogger('Time'), {
    panelContext: () => CoachPanel.activeContext,
    onPanelChange: CoachPanel.onDidChangeCurrent,
    storage: context.workspaceState,
  });
  activeTime = time;
  const panelDeps = { extensionUri: context.extensionUri, workspace, progress, time, log: panelLog };
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(COACH_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => CoachPanel.restore(panel, state, panelDeps),
    }),
    ...registerCommands({ extensionUri: context.extensionUri, workspace, progress, tree, log: panelLog, time }),
    { dispose: () => CoachPanel.disposeCurrent() },
    time,
  );
  const statusBar = new KataStatusBar(workspace, progress, time);
  const editor = registerEditorFeatures({
    extensionUri: context.extensionUri,
    workspace,
    progress,
    time,
    diagnosticsLog: createLogger('Diagnostics'),
    log: createLogger('Editor'),
    panelSection: () => ({ kataId: CoachPanel.currentKataId, sectionId: CoachPanel.currentSectionId }),
    onPanelChange: CoachPanel.onDidChangeCurrent,
  });
  context.subscriptions.push(...editor.disposables);
  const toolHost = createToolHost(workspace, progress, time, createLogger('Tools'));
  context.subscriptions.push(...registerCoachTools(toolHost, createLogger('Tools')));
  const participant = registerParticipant({ workspace, progress, time, log: createLogger('Chat'), panelKataId: () => CoachPanel.currentKataId });
  context.subscriptions.push(participant);
  context.subscriptions.push(statusBar);
  const onboarding = createOnboarding(context, { progress, katasView: tree.view }, createLogger('Onboarding'));
  context.subscriptions.push(onboarding.events);

  // The first scan starts once activation has returned, so registering
  // providers is all that VS Code waits for.
  const activation: KataCoachApi['activation'] = { ms: performance.now() - activationStarted, librariesLoaded: loadedLibraries() };
  log.info(`Activated in ${activation.ms.toFixed(1)} ms; parsing libraries loaded: ${activation.librariesLoaded.join(', ') || 'none'}`);
  const startTimer = setTimeout(() => {
    const scanStarted = performance.now();
    workspace.start().then(
      () => {
        activation.firstIndexMs = performance.now() - scanStarted;
        log.info(`First index ready ${activation.firstIndexMs.toFixed(0)} ms after activation`);
      },
      (error: unknown) => log.error(`Initial scan failed: ${describeError(error)}`),
    );
    // `listed` names the first listing only once `start` has run.
    void onboarding.welcome.offerOnceListed(workspace.listed, () => workspace.index.katas.length);
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(startTimer) });
  return {
    workspace,
    progress,
    tree,
    statusBar,
    time,
    editor,
    participant,
    onboarding,
    activation,
    carryProgressOver: (mode, presetAnswer) => offerCarryOver(workspace, progress, progressLog, mode, presetAnswer),
  };
}

/** Waits for progress writes still in flight, so closing the window loses no check. */
export async function deactivate(): Promise<void> {
  try {
    // The tracker saves its last minutes and the panel its last answers when
    // disposed, so those writes join the flush.
    activeTime?.dispose();
    CoachPanel.disposeCurrent();
    await activeProgress?.flush();
  } finally {
    activeProgress = undefined;
    activeTime = undefined;
    disposeLogChannel();
  }
}
