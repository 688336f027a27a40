// The coach panel's HTML shell. All content arrives later by message; the
// page runs only the bundled script carrying this load's nonce. The page's
// texts travel as JSON in a data attribute, because the CSP allows no inline script.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { PageTextData } from './pageStrings';

export function renderCoachHtml(webview: vscode.Webview, extensionUri: vscode.Uri, text: PageTextData): string {
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
  const loading = vscode.l10n.t('Loading the kata...');
  const startFailed = vscode.l10n.t('The coach panel could not load its texts. Reload the window, and reinstall Kata Coach if the problem stays.');

  return `<!DOCTYPE html>
<html lang="${escapeHtml(text.language)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${styleUri.toString()}">
  <title>Kata Coach</title>
</head>
<body data-page-text="${escapeHtml(JSON.stringify(text))}" data-start-failed="${escapeHtml(startFailed)}">
  <main id="app">
    <p class="status">${escapeHtml(loading)}</p>
  </main>
  <div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
  <script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}

/** Escapes text for an HTML attribute value in double quotes or for element content. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
