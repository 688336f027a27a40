// The coach panel's HTML shell. All content arrives later by message; the
// page runs only the bundled script carrying this load's nonce.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function renderCoachHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'media', 'coach.js'));
  const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'coach.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    // Images only from the extension: a remote image in kata text would tell its server who opened the kata.
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');

  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${styleUri.toString()}">
  <title>Kata Coach</title>
</head>
<body>
  <main id="app">
    <p class="status">Loading the kata...</p>
  </main>
  <div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
  <script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}
