// Binds the kata file features to the editor: diagnostics, CodeLenses, the
// task hover, done-step decorations, the `kataCoach.isKataFile` context key,
// and the Toggle Step and Show the Next Hint commands.

import * as vscode from 'vscode';
import { currentSection } from '../core/kataProgress';
import { Logger } from '../core/log';
import { toggleStep, revealHintCommand } from '../commands/editorCommands';
import { ProgressService } from '../progress/progressService';
import { TimeTracker } from '../time/timeTracker';
import { KataWorkspace } from '../workspace/kataWorkspace';
import { KataCodeLensProvider } from './kataCodeLens';
import { KataDiagnostics } from './kataDiagnostics';
import { FrontMatterCompletionProvider } from './frontMatterCompletion';
import { KataDocuments } from './kataDocuments';
import { KataQuickFixProvider } from './quickFixes';
import { StepDecorations } from './stepDecorations';
import { TaskHoverProvider } from './taskHover';

const KATA_FILE_CONTEXT = 'kataCoach.isKataFile';

export interface EditorFeatureContext {
  extensionUri: vscode.Uri;
  workspace: KataWorkspace;
  progress: ProgressService;
  time: TimeTracker;
  diagnosticsLog: Logger;
  log: Logger;
  /** Returns the coach panel's kata and section, when a panel is open. */
  panelSection: () => { kataId?: string; sectionId?: string };
  onPanelChange: vscode.Event<void>;
}

export interface EditorFeatures {
  documents: KataDocuments;
  diagnostics: KataDiagnostics;
  codeLenses: KataCodeLensProvider;
  decorations: StepDecorations;
  disposables: vscode.Disposable[];
}

export function registerEditorFeatures(context: EditorFeatureContext): EditorFeatures {
  const { workspace, progress, time, log } = context;
  const documents = new KataDocuments(workspace);
  const diagnostics = new KataDiagnostics(workspace, documents, context.diagnosticsLog);
  const codeLenses = new KataCodeLensProvider(workspace, progress, documents, () => activeSection(context, documents), context.onPanelChange);
  const decorations = new StepDecorations(context.extensionUri, progress, documents);
  const selector: vscode.DocumentSelector = { language: 'markdown', scheme: 'file' };
  const commandContext = { workspace, progress, documents, time, log };

  const updateContextKey = () => {
    const editor = vscode.window.activeTextEditor;
    const isKata = editor !== undefined && editor.document.uri.scheme === 'file' && workspace.index.isKataFile(editor.document.uri.fsPath);
    void vscode.commands.executeCommand('setContext', KATA_FILE_CONTEXT, isKata);
  };
  updateContextKey();

  return {
    documents,
    diagnostics,
    codeLenses,
    decorations,
    disposables: [
      documents,
      diagnostics,
      codeLenses,
      decorations,
      vscode.languages.registerCodeLensProvider(selector, codeLenses),
      vscode.languages.registerHoverProvider(selector, new TaskHoverProvider(progress, documents)),
      vscode.languages.registerCodeActionsProvider(selector, new KataQuickFixProvider(diagnostics), KataQuickFixProvider.metadata),
      vscode.languages.registerCompletionItemProvider(selector, new FrontMatterCompletionProvider(workspace), ...FrontMatterCompletionProvider.triggerCharacters),
      vscode.window.onDidChangeActiveTextEditor(updateContextKey),
      workspace.onDidChange(updateContextKey),
      vscode.commands.registerCommand('kataCoach.toggleStep', (kataId?: unknown, stepId?: unknown) => toggleStep(commandContext, kataId, stepId)),
      vscode.commands.registerCommand('kataCoach.revealHint', (kataId?: unknown, sectionId?: unknown) => revealHintCommand(commandContext, kataId, sectionId)),
    ],
  };
}

/** Returns the section the learner works on: the panel's, else the first unfinished one of the kata in the editor. */
function activeSection(context: EditorFeatureContext, documents: KataDocuments): { kataId: string; sectionId: string } | undefined {
  const panel = context.panelSection();
  if (panel.kataId && panel.sectionId) {
    return { kataId: panel.kataId, sectionId: panel.sectionId };
  }

  const editor = vscode.window.activeTextEditor;
  const kata = panel.kataId ? context.workspace.index.findById(panel.kataId) : editor && documents.kataOf(editor.document);
  const section = kata ? currentSection(kata, context.progress.statesOf(kata.id)) : undefined;
  return kata && section ? { kataId: kata.id, sectionId: section.id } : undefined;
}
