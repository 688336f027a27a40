import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { resolveLink } from '../../src/core/linkPolicy';

const WORKSPACE = path.resolve('/ws');
const KATA = path.join(WORKSPACE, 'katas', 'git', '100-first.md');

describe('resolveLink', () => {
  it('opens web links externally', () => {
    assert.deepEqual(resolveLink('https://git-scm.com/docs', KATA, WORKSPACE), { kind: 'external', url: 'https://git-scm.com/docs' });
    assert.deepEqual(resolveLink('HTTP://example.com', KATA, WORKSPACE), { kind: 'external', url: 'http://example.com/' });
  });

  it('opens files inside the workspace', () => {
    assert.deepEqual(resolveLink('200-next.md#task-1', KATA, WORKSPACE), { kind: 'file', filePath: path.join(WORKSPACE, 'katas', 'git', '200-next.md') });
    assert.deepEqual(resolveLink('/docs/setup%20guide.md', KATA, WORKSPACE), { kind: 'file', filePath: path.join(WORKSPACE, 'docs', 'setup guide.md') });
  });

  const refused: [string, RegExp][] = [
    ['command:workbench.action.terminal.new', /command: scheme/],
    ['javascript:alert(1)', /javascript: scheme/],
    ['JaVaScRiPt:alert(1)', /javascript: scheme/],
    ['data:text/html,<script>alert(1)</script>', /data: scheme/],
    ['file:///etc/passwd', /file: scheme/],
    ['vscode://settings', /vscode: scheme/],
    ['../../../etc/passwd', /leaves the workspace/],
    ['/../outside.md', /leaves the workspace/],
    ['#section', /inside the page/],
    ['', /empty/],
    ['%E0%A4%A', /invalid percent-encoding/],
  ];
  for (const [href, reason] of refused) {
    it(`refuses ${JSON.stringify(href)}`, () => {
      const target = resolveLink(href, KATA, WORKSPACE);
      assert.equal(target.kind, 'refused');
      assert.match(target.kind === 'refused' ? target.reason : '', reason);
    });
  }

  it('refuses files without a workspace', () => {
    assert.equal(resolveLink('200-next.md', KATA, undefined).kind, 'refused');
  });
});
