// "Kata Coach: New Kata": prompts for a category, a title and a difficulty, then
// writes a complete kata skeleton (see core/newKata) and opens it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { DIFFICULTY_NAMES } from '../core/model';
import { newKataFile } from '../core/newKata';
import { describeError } from '../common/logger';
import { showFailureMessage } from '../common/failureMessage';
import { KataWorkspace } from '../workspace/kataWorkspace';

/** Answers given up front, by scripts and tests, instead of prompts. */
export interface NewKataAnswers {
  category?: string;
  title?: string;
  difficulty?: number;
  /** Path of the workspace folder to write into. */
  folder?: string;
}

const NEW_CATEGORY = `$(add) ${vscode.l10n.t({ message: 'New category...', comment: ['Quick pick item that lets the user type the name of a new category'] })}`;

/** Keeps the answers of a command argument that have the right type. */
export function readNewKataAnswers(value: unknown): NewKataAnswers {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const given = value as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === 'string' && field.trim() !== '' ? field : undefined);
  return {
    category: text(given.category),
    title: text(given.title),
    difficulty: typeof given.difficulty === 'number' && Number.isInteger(given.difficulty) ? given.difficulty : undefined,
    folder: text(given.folder),
  };
}

export async function newKata(workspace: KataWorkspace, log: Logger, given: NewKataAnswers = {}): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder(given.folder);
  const category = folder && (given.category ?? (await pickCategory(workspace)));
  const difficulty = category && (given.difficulty ?? (await pickDifficulty()));
  // The title comes last, so its check can already report an existing file.
  const title = folder && category && difficulty && (given.title ?? (await askTitle((candidate) => existingFile(folder, category, candidate, difficulty))));
  if (!folder || !category || !title || !difficulty) {
    return undefined;
  }

  const file = newKataFile({ category, title, difficulty, date: new Date().toISOString().slice(0, 10) });
  const target = vscode.Uri.joinPath(folder.uri, ...file.relativePath.split('/'));
  if (await exists(target)) {
    void vscode.window.showWarningMessage(alreadyExists(file.relativePath));
    return undefined;
  }
  if (workspace.index.findById(file.kataId)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('A kata with the id {0} already exists. Pick another title.', file.kataId));
    return undefined;
  }

  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.text));
  } catch (error) {
    log.error(`Creating the kata ${target.fsPath} failed: ${describeError(error)}`);
    void showFailureMessage(
      vscode.l10n.t({ message: 'Kata Coach could not create {0}: {1}', args: [target.fsPath, describeError(error)], comment: ['{0} is a file path; {1} is the error message'] }),
    );
    return undefined;
  }
  log.info(`Created kata ${file.kataId} at ${target.fsPath}`);
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

async function pickFolder(path: string | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: Kata Coach writes the new kata into a workspace folder.'));
    return undefined;
  }
  if (path !== undefined) {
    return folders.find((folder) => folder.uri.fsPath === path);
  }
  return folders.length === 1 ? folders[0] : vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder to write the new kata into') });
}

async function pickCategory(workspace: KataWorkspace): Promise<string | undefined> {
  const categories = workspace.index.categories().map((category) => category.name);
  if (categories.length > 0) {
    const picked = await pickOrType(categories);
    if (picked !== NEW_CATEGORY) {
      return picked;
    }
  }
  return vscode.window.showInputBox({
    title: stepTitle(1),
    prompt: vscode.l10n.t('Category of the new kata, such as git-fundamentals'),
    validateInput: (value) => (/[a-z0-9]/i.test(value) ? undefined : vscode.l10n.t('Type a category name with at least one letter or digit.')),
  });
}

/**
 * Lets the author pick a category or type a new one: Enter on text that
 * matches no category takes the text as the new category's name.
 */
function pickOrType(categories: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick();
    pick.title = stepTitle(1);
    pick.placeholder = vscode.l10n.t('Pick a category, or type the name of a new one and press Enter');
    pick.items = [...categories, NEW_CATEGORY].map((label) => ({ label }));
    pick.onDidAccept(() => {
      const typed = pick.value.trim();
      const chosen = pick.selectedItems[0]?.label ?? (/[a-z0-9]/i.test(typed) ? typed : undefined);
      if (chosen !== undefined) {
        resolve(chosen);
        pick.hide();
      }
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

function askTitle(exists: (title: string) => string | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: stepTitle(3),
    prompt: vscode.l10n.t('Title of the new kata, without "Kata:" or a number, such as Rebase a Branch'),
    validateInput: (value) => {
      const title = value.trim();
      if (title.length < 5 || title.length > 80 || !/[\p{L}\p{N}]/u.test(title)) {
        return vscode.l10n.t('Type a title of 5 to 80 characters with at least one letter or digit.');
      }
      return exists(title);
    },
  });
}

/** Returns why a kata with this title cannot be created, or undefined when it can. */
function existingFile(folder: vscode.WorkspaceFolder, category: string, title: string, difficulty: number): string | undefined {
  const file = newKataFile({ category, title, difficulty, date: '2000-01-01' });
  return fs.existsSync(path.join(folder.uri.fsPath, ...file.relativePath.split('/'))) ? alreadyExists(file.relativePath) : undefined;
}

async function pickDifficulty(): Promise<number | undefined> {
  const items = Object.entries(DIFFICULTY_NAMES).map(([level, name]) => ({ label: `${level} - ${name}`, level: Number(level) }));
  const picked = await vscode.window.showQuickPick(items, { title: stepTitle(2), placeHolder: vscode.l10n.t('Difficulty of the new kata') });
  return picked?.level;
}

/** Returns the title of a step of the New Kata prompts, such as `New Kata (2/3)`. */
function stepTitle(step: number): string {
  return vscode.l10n.t({ message: 'New Kata ({0}/3)', args: [step], comment: ['{0} is the number of the prompt, of three'] });
}

function alreadyExists(relativePath: string): string {
  return vscode.l10n.t({ message: '{0} already exists. Pick another title.', args: [relativePath], comment: ['{0} is the path of the kata file that the title names'] });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
