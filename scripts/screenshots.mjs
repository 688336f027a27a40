// `npm run screenshots`: runs the UI tests that take the README's images and
// writes those images to docs/images/. The images show the same state on every
// run, because the window is always 1440x900 (scripts/lib/browser.mjs) and the
// tests open fresh copies of samples/.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const README_IMAGE_TESTS = ['readmeImages', 'kataFile'];

const testUi = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-ui.mjs');
const result = spawnSync(process.execPath, [testUi, ...README_IMAGE_TESTS], {
  stdio: 'inherit',
  env: { ...process.env, KATA_COACH_README_IMAGES: '1' },
});
process.exit(result.status ?? 1);
