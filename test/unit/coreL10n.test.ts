// Core messages through @vscode/l10n. With a bundle configured, as the
// extension does at activation, diagnostics and coach panel labels come out
// translated, while text for the language model stays English. After a reset
// everything is English again. The bundle is a pseudo-translation of a few
// messages, each marked with brackets.

import * as assert from 'node:assert/strict';
import * as l10n from '@vscode/l10n';
import { buildCoachPrompt } from '../../src/core/coachPrompt';
import { buildCoachView } from '../../src/core/coachView';
import { describeDifficultyInEnglish, type Kata, type Problem } from '../../src/core/model';
import { parseKataFile } from '../../src/core/parser';
import { formatAgainstEstimate, formatAgainstEstimateInEnglish } from '../../src/core/timeOnTask';
import { kataText, validate } from './validationTestSupport';

/** Returns the bundle key of a message with a comment: the message, "/", then the comment's lines joined. */
function keyWithComment(message: string, comment: string): string {
  return `${message}/${comment}`;
}

const PSEUDO_BUNDLE: Record<string, string> = {
  // A message without a comment is keyed by its text alone.
  'Pro tip': '[Prö tïp]',
  'Replace it with a whole number.': '[Rëplåcë ït wïth å whölë nümbër.]',
  [keyWithComment('3 - Advanced', 'Kata difficulty 3 of 5.')]: '[3 - Àdvåncëd]',
  // The translation puts the placeholders in another order, as a translator may.
  [keyWithComment(
    'kata_id must be lowercase words and digits joined by hyphens, but it is {0}. Change it to kata_id: {1}, and update prerequisite_katas entries that name the old id.',
    '{0} is the kata id found in quotes, or a description such as "a list"; {1} is the suggested id. Keep kata_id and prerequisite_katas as written.',
  )]: '[Çhångë kata_id tö {1}: ït ïs {0}.]',
  [keyWithComment('Change kata_id to {0}', 'A quick fix; {0} is the new kata id.')]: '[Çhångë kata_id tö {0}]',
  [keyWithComment(
    '{0} must be {1}, but it is {2}.',
    '{0} is a front matter field such as "tags" or "entry 2 of tags"; {1} describes the expected value; {2} the value found, such as "the string "3"".',
  )]: '[{0} müst bë {1}, büt ït ïs {2}.]',
  [keyWithComment('an integer from 1 (Foundation) to 5 (Legendary)', 'Completes "kata_difficulty must be ...".')]: '[än ïntëgër fröm 1 tö 5]',
  [keyWithComment('the number {0}', 'Describes a YAML value in "... but it is the number 3".')]: '[thë nümbër {0}]',
  [keyWithComment('{0} of {1} min', 'Time spent against an estimate: {0} of {1} minutes.')]: '[{0} öf {1} mïn]',
};

function diagnosticOf(code: string): Problem {
  const text = kataText({ fields: { kata_id: "'Bad Id'", kata_difficulty: '3.5' } });
  const [diagnostics] = validate([parseKataFile(text, '/ws/bad.md')]);
  const found = diagnostics.find((diagnostic) => diagnostic.code === code);
  assert.ok(found, `no ${code} diagnostic`);
  return found;
}

function parsedKata(): Kata {
  const text = kataText({
    fields: { kata_difficulty: '3' },
    body: '## Practice Tasks\n\n### Task 1: Check (10 minutes)\n\n- [ ] Run it\n\n**Pro tip**: Run it twice.\n',
  });
  const kata = parseKataFile(text, '/ws/kata.md').kata;
  assert.ok(kata, 'the text is not a kata');
  return kata;
}

function coachViewOfKata() {
  return buildCoachView(parsedKata(), {});
}

describe('core localisation', () => {
  afterEach(() => {
    l10n.config({ contents: {} });
  });

  it('translates a diagnostic and its quick fix', () => {
    l10n.config({ contents: PSEUDO_BUNDLE });

    const invalid = diagnosticOf('invalid-kata-id');

    assert.equal(invalid.message, '[Çhångë kata_id tö bad-id: ït ïs "Bad Id".]');
    assert.equal(invalid.fixes?.[0].title, '[Çhångë kata_id tö bad-id]');
    assert.equal(invalid.fixes?.[0].text, 'bad-id', 'the text the fix writes into the file stays as it is');
  });

  it('translates each part of a composed diagnostic', () => {
    l10n.config({ contents: PSEUDO_BUNDLE });

    const invalid = diagnosticOf('invalid-field-type');

    assert.equal(invalid.message, '[kata_difficulty müst bë [än ïntëgër fröm 1 tö 5], büt ït ïs [thë nümbër 3.5].] [Rëplåcë ït wïth å whölë nümbër.]');
  });

  it('translates coach panel labels', () => {
    l10n.config({ contents: PSEUDO_BUNDLE });

    const view = coachViewOfKata();

    assert.equal(view.difficulty, '[3 - Àdvåncëd]');
    assert.deepEqual(
      view.sections.flatMap((section) => section.notes.map((note) => note.label)),
      ['[Prö tïp]'],
    );
  });

  it('falls back to English for a message the bundle lacks', () => {
    l10n.config({ contents: PSEUDO_BUNDLE });

    const [diagnostics] = validate([parseKataFile(kataText({ fields: { kata_difficulty: '9' } }), '/ws/hard.md')]);

    assert.match(diagnostics[0].message, /^kata_difficulty is 9, but it must be \[än ïntëgër fröm 1 tö 5\]\. Change it to 5 or less\.$/);
  });

  it('keeps language model text in English', () => {
    l10n.config({ contents: PSEUDO_BUNDLE });
    const kata = parsedKata();

    const prompt = buildCoachPrompt(kata, {}, { revealedHints: [], elapsedMinutes: 7 });

    assert.equal(formatAgainstEstimate(7, { min: 10, max: 10 }), '[7 öf 10 mïn]', 'the bundle applies to display text');
    assert.equal(formatAgainstEstimateInEnglish(7, { min: 10, max: 10 }), '7 of 10 min');
    assert.equal(describeDifficultyInEnglish(3), '3 - Advanced');
    assert.match(prompt, /Time spent on this task: 7 of 10 min/);
    assert.match(prompt, /Advanced/);
    assert.doesNotMatch(prompt, /[ÀåëïöÇ]/u, 'no pseudo-translated text reaches the prompt');
  });

  it('is English again after a reset', () => {
    l10n.config({ contents: PSEUDO_BUNDLE });
    l10n.config({ contents: {} });

    assert.match(diagnosticOf('invalid-kata-id').message, /^kata_id must be lowercase words/);
    assert.equal(coachViewOfKata().difficulty, '3 - Advanced');
  });
});
