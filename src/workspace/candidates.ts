// Lists the markdown files of the workspace folders that the index reads.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { isExcludedPath, KATA_FILE_GLOB } from '../core/discovery';
import type { Candidate } from '../core/indexing/indexer';
import type { Logger } from '../core/log';

/** Lists the candidate files of every local workspace folder; remote folders are skipped with a warning. */
export async function listCandidates(log: Logger, token: vscode.CancellationToken): Promise<Candidate[]> {
  const candidates: Candidate[] = [];

  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') {
      log.warn(`Skipped workspace folder ${folder.uri.toString()}: only local folders are scanned`);
      continue;
    }

    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, KATA_FILE_GLOB), undefined, undefined, token);
    for (const uri of found) {
      if (!isExcludedPath(path.relative(folder.uri.fsPath, uri.fsPath))) {
        candidates.push({ filePath: uri.fsPath, workspaceFolder: folder.uri.fsPath });
      }
    }
  }
  return candidates;
}

/** Returns the candidate for a file in a workspace folder, or undefined when the file lies outside every folder or in an excluded one. */
export function candidateOf(filePath: string): Candidate | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(filePath));
  if (!folder || isExcludedPath(path.relative(folder.uri.fsPath, filePath))) {
    return undefined;
  }
  return { filePath, workspaceFolder: folder.uri.fsPath };
}
