// The `kataCoach.hasKatas` context key, which hides the palette commands that
// need a kata, follows the index: an exclusion that drops every kata turns it
// off, and removing the exclusion turns it on again.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KataCoachApi } from '../../src/extension';
import { getApi, waitFor } from './api';

async function setExclude(value: Record<string, boolean> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('kataCoach').update('exclude', value, vscode.ConfigurationTarget.Workspace);
}

describe('kataCoach.hasKatas context key', () => {
  let api: KataCoachApi;

  before(async () => {
    api = await getApi();
  });

  after(async () => {
    await setExclude(undefined);
    await api.workspace.scan();
  });

  it('is true while katas are listed', () => {
    assert.ok(api.workspace.index.katas.length > 0, 'the test workspace lists no kata');
    assert.equal(api.workspace.hasKatas, true);
  });

  it('turns off when no kata is left', async () => {
    await setExclude({ '**/*.md': true });

    const remaining = await waitFor(
      () => api.workspace.index.katas.length,
      (count) => count === 0,
    );
    assert.equal(remaining, 0, 'the exclusion left katas in the index');
    assert.equal(api.workspace.hasKatas, false);
  });

  it('turns on when katas return', async () => {
    await setExclude(undefined);

    const hasKatas = await waitFor(
      () => api.workspace.hasKatas,
      (value) => value,
    );
    assert.equal(hasKatas, true);
    assert.ok(api.workspace.index.katas.length > 0, 'no kata came back after the exclusion was removed');
  });
});
