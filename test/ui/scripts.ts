// Typed access to the ES modules in scripts/lib, which start code-server and
// Chromium for `npm start`, `npm run test:host` and these UI tests.

import * as path from 'path';
import { pathToFileURL } from 'url';
import type { BrowserContext, Page } from 'playwright-core';

/** Project root, computed from this file's compiled location `out/test/ui/`. */
export const projectRoot = path.resolve(__dirname, '..', '..', '..');

export interface CodeServer {
  pid: number;
  port: number;
  baseUrl: string;
  logFile: string;
  remoteUri(absolutePath: string): string;
  workbenchUrl(payload?: Array<[string, string]>): string;
  stop(): Promise<void>;
}

export interface StartCodeServerOptions {
  folder?: string;
  workspaceFile?: string;
  runDir: string;
  port?: number;
  smokeTestDriver: boolean;
  settings?: Record<string, unknown>;
  extensionsDir?: string;
  workspaceTrust?: boolean;
  locale?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  blockedRequests(): string[];
  close(): Promise<void>;
}

interface CodeServerModule {
  startCodeServer(options: StartCodeServerOptions): Promise<CodeServer>;
}

interface BrowserModule {
  launchBrowser(userDataDir: string): Promise<LaunchedBrowser>;
}

interface WorkspaceModule {
  copySamples(destination: string): boolean;
}

// TypeScript compiles `import()` to `require()` for CommonJS output, and
// `require()` loads ES modules only from Node 20.19 and 22.12 on. A function
// built at run time keeps the native `import()`.
const importNative = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

function importScript<T>(name: string): Promise<T> {
  return importNative(pathToFileURL(path.join(projectRoot, 'scripts', 'lib', name)).href) as Promise<T>;
}

export const loadCodeServerModule = () => importScript<CodeServerModule>('code-server.mjs');
export const loadBrowserModule = () => importScript<BrowserModule>('browser.mjs');
export const loadWorkspaceModule = () => importScript<WorkspaceModule>('workspace.mjs');
