// The progress store's file system, backed by `vscode.workspace.fs`. Paths
// are local file paths: Kata Coach scans only `file:` workspace folders.

import * as vscode from 'vscode';
import type { ProgressFileSystem } from '../core/progress/fileSystem';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

export class VscodeFileSystem implements ProgressFileSystem {
  async readFile(path: string): Promise<string | undefined> {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.file(path)));
    } catch (error) {
      if (isNotFound(error)) {
        return undefined;
      }
      throw error;
    }
  }

  async writeFile(path: string, text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(vscode.Uri.file(path), encoder.encode(text));
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(vscode.Uri.file(from), vscode.Uri.file(to), { overwrite: true });
  }

  async mkdir(path: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(path));
  }

  async readDirectory(path: string): Promise<string[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.file(path));
      return entries.map(([name]) => name);
    } catch (error) {
      if (isNotFound(error)) {
        return [];
      }
      throw error;
    }
  }

  async delete(path: string): Promise<void> {
    try {
      await vscode.workspace.fs.delete(vscode.Uri.file(path), { useTrash: false });
    } catch (error) {
      if (!isNotFound(error)) {
        throw error;
      }
    }
  }
}
