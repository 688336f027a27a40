import * as assert from 'assert';
import { parseKataFile } from '../../src/core/parser';
import { allSteps, type Kata } from '../../src/core/model';
import { assignStepIds, baseStepId, normaliseStepContent, slugify, STEP_ID_PATTERN } from '../../src/core/stepIds';

function parseKata(body: string): Kata {
  const result = parseKataFile(`---\nkata_id: demo-100\n---\n${body}`, '/katas/demo.md');
  assert.ok(result.kata, result.notKataReason);
  return result.kata;
}

function idsOf(body: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const step of allSteps(parseKata(body))) {
    ids.set(step.text, step.id);
  }
  return ids;
}

describe('step ids', () => {
  it('has the slug and hash form', () => {
    const id = baseStepId('Run the deployment');

    assert.match(id, /^run-the-deployment-[0-9a-f]{6}$/);
  });

  it('hashes the normalised content', () => {
    assert.strictEqual(normaliseStepContent('  **Expected result**:  `npm test`\n passes '), 'expected result: npm test passes');
    assert.strictEqual(baseStepId('**Run** the `build`'), baseStepId('Run  the build'));
  });

  it('differs for different texts', () => {
    assert.notStrictEqual(baseStepId('Run the deployment'), baseStepId('Run the deployment again'));
    assert.notStrictEqual(baseStepId('Open the file'), baseStepId('Close the file'));
  });

  it('cuts long slugs at a word boundary', () => {
    const id = baseStepId('Review the generated infrastructure templates against the naming rules');
    const slug = id.slice(0, -7);

    assert.strictEqual(slug, 'review-the-generated-infrastructure');
    assert.ok(slug.length <= 40);
  });

  it('cuts a single long word at 40 characters', () => {
    assert.strictEqual(slugify('a'.repeat(50)), 'a'.repeat(40));
  });

  it('falls back to step for an empty slug', () => {
    assert.match(baseStepId('✅ 🚀'), /^step-[0-9a-f]{6}$/);
    assert.match(baseStepId(''), /^step-[0-9a-f]{6}$/);
  });

  it('suffixes duplicates in file order', () => {
    const ids = assignStepIds(['Save the file', 'Open the file', 'Save the file', 'save the **file**']);

    assert.strictEqual(ids[1], baseStepId('Open the file'));
    assert.strictEqual(ids[0], baseStepId('Save the file'));
    assert.strictEqual(ids[2], `${baseStepId('Save the file')}-2`);
    assert.strictEqual(ids[3], `${baseStepId('Save the file')}-3`);
  });

  it('survives re-wrapping and re-indenting', () => {
    const before = idsOf('## Practice Tasks\n\n### Task 1: Go\n\n1. **Step**\n   - [ ] Run the build and check that every test passes\n');
    const after = idsOf('## Practice Tasks\n\n### Task 1: Go\n\n- [ ] Run the build and check\n  that every test passes\n');

    const original = before.get('Run the build and check that every test passes');
    assert.ok(original);
    assert.strictEqual(after.get('Run the build and check that every test passes'), original);
  });

  it('survives moving and renumbering', () => {
    const before = idsOf(
      '## Practice Tasks\n\n### Task 1: A\n\n- [ ] First step\n- [ ] Second step\n\n### Task 2: B\n\n- [ ] Third step\n',
    );
    const after = idsOf(
      '## Practice Tasks\n\n### Task 4: B\n\n- [ ] Third step\n\n### Task 5: A\n\n- [ ] Second step\n- [x] First step\n',
    );

    for (const text of ['First step', 'Second step', 'Third step']) {
      assert.strictEqual(after.get(text), before.get(text), text);
    }
  });

  it('matches the id pattern', () => {
    const kata = parseKata(
      '## Essential Setup\n\n- [ ] Ünïcödé — ✅ setup\n- [ ] `code` only\n- [ ] ***\n- [ ] Same\n- [ ] Same\n',
    );
    const ids = allSteps(kata).map((step) => step.id);

    assert.strictEqual(ids.length, 5);
    for (const id of ids) {
      assert.match(id, STEP_ID_PATTERN);
    }
    assert.strictEqual(new Set(ids).size, ids.length, 'ids are unique');
  });
});
