import * as assert from 'assert';
import { activityBarEntry, copySamples, startWorkbench, Workbench } from './harness';

describe('Workbench smoke test', () => {
  let workbench: Workbench | undefined;

  after(async () => {
    await workbench?.close();
  });

  it('shows Kata Coach in the activity bar', async () => {
    workbench = await startWorkbench({ folder: await copySamples() });

    const entry = activityBarEntry(workbench.page);
    await entry.waitFor({ state: 'visible' });

    assert.strictEqual(await entry.getAttribute('aria-label'), 'Kata Coach');
    await workbench.screenshot('smoke-workbench');
  });

  it('makes no request to other hosts', () => {
    assert.ok(workbench, 'the workbench did not start');
    assert.deepStrictEqual(workbench.blockedRequests(), []);
  });
});
