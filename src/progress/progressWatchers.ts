// Notices progress files that other writers (the Copilot coach, a second
// window, git) create, change or delete. File watchers can drop events, so a
// poller lists the progress folders as well.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { Logger } from '../core/log';
import { PROGRESS_FOLDER } from '../core/progress/paths';
import { Disposable } from '../common/disposable';
import { ProgressPoller } from './progressPoller';

// How long after a new progress folder appears it is read again, in milliseconds.
const PROGRESS_FOLDER_SETTLE_MS = 1000;

export class ProgressWatchers extends Disposable {
  constructor(
    onFileEvent: (uri: vscode.Uri) => void,
    readAll: () => void,
    private readonly log: Logger,
  ) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/${PROGRESS_FOLDER}/*.json`));
    this.register(watcher.onDidCreate(onFileEvent));
    this.register(watcher.onDidChange(onFileEvent));
    this.register(watcher.onDidDelete(onFileEvent));
    this.register(
      new ProgressPoller(
        () => (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => path.join(folder.uri.fsPath, PROGRESS_FOLDER)),
        (filePath) => onFileEvent(vscode.Uri.file(filePath)),
        log,
      ),
    );

    // A writer that creates the progress folder and its first file at once can beat the
    // file watcher to the new folder, so the file's event never arrives. Reading every
    // kata when the folder appears catches such a file.
    const folderWatcher = this.register(vscode.workspace.createFileSystemWatcher(`**/{${PROGRESS_FOLDER.split('/')[0]},${PROGRESS_FOLDER}}`, false, true, true));
    this.register(
      folderWatcher.onDidCreate((uri) => {
        this.log.info(`Progress folder ${uri.fsPath} appeared; reading the progress of every kata`);
        readAll();
        // The writer may still be writing its first file, so read once more when it has settled.
        const timer = setTimeout(readAll, PROGRESS_FOLDER_SETTLE_MS);
        this.register({ dispose: () => clearTimeout(timer) });
      }),
    );
  }
}
