// Front matter schema rules: missing fields, wrong types, bounds and allowed values.

import * as assert from 'assert';
import { parseKataFile } from '../../src/core/parser';
import { describeEntry, describeField } from '../../src/core/validation/fieldDescriptions';
import { kataFrontMatterSchema } from '../../src/core/validation/frontMatterSchema';
import { expectedKeyLine, kataText, single, validate, validateText, withCode } from './validationTestSupport';

const FILE = '/virtual/path.md';

/** Validates a clean kata with `fields` changed, returning the text, the parse result and the diagnostics. */
function validateFields(fields: Record<string, string | undefined>) {
  const text = kataText({ fields });
  const result = parseKataFile(text, FILE);
  return { text, result, diagnostics: validate([result])[0] };
}

describe('validateKataFiles front matter schema', () => {
  describe('missing-field', () => {
    it('reports a missing required field', () => {
      const { result, text, diagnostics } = validateFields({ hint_strategy: undefined });
      const missing = single(diagnostics, 'missing-field');

      assert.strictEqual(missing.severity, 'warning');
      assert.strictEqual(missing.line, expectedKeyLine(result, text, 'kata_id'));
      assert.strictEqual(missing.column, 1);
      assert.match(missing.message, /"hint_strategy"/);
      assert.match(missing.message, /Add it as .*progressive, direct or minimal/);
    });

    it('reports each missing field once', () => {
      const text = '---\nkata_id: bare-100\n---\n## Practice Tasks\n\n### Task 1: Go\n\n- [ ] Step\n';
      const missing = withCode(validateText(text), 'missing-field');

      assert.strictEqual(missing.length, 19);
      assert.ok(missing.every((diagnostic) => diagnostic.line === 2));
      assert.ok(missing.some((diagnostic) => diagnostic.message.includes('"ms.date"')));
    });

    it('ignores fields outside the schema', () => {
      assert.deepStrictEqual(validateFields({ team_owner: 'platform' }).diagnostics, []);
    });
  });

  describe('invalid-field-type', () => {
    it('reports a quoted number', () => {
      const { result, text, diagnostics } = validateFields({ kata_difficulty: '"3"' });
      const invalid = single(diagnostics, 'invalid-field-type');

      assert.strictEqual(invalid.severity, 'error');
      assert.strictEqual(invalid.line, expectedKeyLine(result, text, 'kata_difficulty'));
      assert.match(invalid.message, /kata_difficulty must be an integer from 1/);
      assert.match(invalid.message, /the string "3"/);
      assert.match(invalid.message, /Remove the quotes: kata_difficulty: 3\./);
    });

    it('reports a string where a list belongs', () => {
      const invalid = single(validateFields({ kata_category: 'testing' }).diagnostics, 'invalid-field-type');

      assert.match(invalid.message, /kata_category must be a list/);
      assert.match(invalid.message, /the string "testing"/);
      assert.match(invalid.message, /Write it as a list/);
    });

    it('reports a quoted boolean', () => {
      const invalid = single(validateFields({ requires_local_environment: "'yes'" }).diagnostics, 'invalid-field-type');

      assert.match(invalid.message, /requires_local_environment must be true or false/);
      assert.match(invalid.message, /the string "yes"/);
      assert.match(invalid.message, /Write true or false without quotes/);
    });

    it('reports a list entry read as a mapping', () => {
      const invalid = single(
        validateFields({ technologies: '[markdown, {Azure: IoT}]' }).diagnostics,
        'invalid-field-type',
      );

      assert.match(invalid.message, /^entry 2 of technologies must be a technology name/);
      assert.match(invalid.message, /a mapping/);
      assert.match(invalid.message, /Put the text in quotes/);
    });
  });

  describe('value-out-of-range', () => {
    it('reports kata_difficulty 7', () => {
      const { result, text, diagnostics } = validateFields({ kata_difficulty: '7' });
      const range = single(diagnostics, 'value-out-of-range');

      assert.strictEqual(range.severity, 'error');
      assert.strictEqual(range.line, expectedKeyLine(result, text, 'kata_difficulty'));
      assert.strictEqual(range.column, 1);
      assert.match(range.message, /kata_difficulty is 7/);
      assert.match(range.message, /Change it to 5 or less/);
    });

    it('reports kata_difficulty 0', () => {
      const range = single(validateFields({ kata_difficulty: '0' }).diagnostics, 'value-out-of-range');
      assert.match(range.message, /Change it to 1 or more/);
    });

  });

  describe('value-off-guideline', () => {
    it('reports minutes that are not a multiple of 5', () => {
      const range = single(validateFields({ estimated_time_minutes: '23' }).diagnostics, 'value-off-guideline');

      assert.match(range.message, /estimated_time_minutes is 23/);
      assert.match(range.message, /in steps of 5/);
      assert.match(range.message, /Change it to 25\./);
    });

    it('reports a long description', () => {
      const range = single(validateFields({ description: 'x'.repeat(170) }).diagnostics, 'value-off-guideline');

      assert.match(range.message, /description is 170 characters long/);
      assert.match(range.message, /Shorten it by at least 10 characters/);
    });

    it('reports too few learning objectives', () => {
      const range = single(
        validateFields({ learning_objectives: '[Explain the validator, Fix a field]' }).diagnostics,
        'value-off-guideline',
      );

      assert.match(range.message, /learning_objectives has 2 entries/);
      assert.match(range.message, /3 to 5/);
      assert.match(range.message, /Add at least 1 more entry/);
    });

    it('reports a short list entry', () => {
      const range = single(
        validateFields({ success_criteria: '[The kata validates cleanly, Done]' }).diagnostics,
        'value-off-guideline',
      );

      assert.match(range.message, /^entry 2 of success_criteria is 4 characters long/);
      assert.match(range.message, /Lengthen it by at least 6 characters/);
    });
  });

  describe('value-not-allowed', () => {
    it('reports scaffolding_level medium', () => {
      const { result, text, diagnostics } = validateFields({ scaffolding_level: 'medium' });
      const notAllowed = single(diagnostics, 'value-not-allowed');

      assert.strictEqual(notAllowed.severity, 'warning');
      assert.strictEqual(notAllowed.line, expectedKeyLine(result, text, 'scaffolding_level'));
      assert.match(notAllowed.message, /scaffolding_level is "medium"/);
      assert.match(notAllowed.message, /Use one of: heavy, medium-heavy, light, minimal\./);
    });

    it('names the closest allowed value', () => {
      const notAllowed = single(validateFields({ ai_coaching_level: 'guidd' }).diagnostics, 'value-not-allowed');
      assert.match(notAllowed.message, /The closest one is "guided"/);
    });

    it('reports a date in another format', () => {
      const notAllowed = single(validateFields({ 'ms.date': '10/25/2025' }).diagnostics, 'value-not-allowed');

      assert.match(notAllowed.message, /ms\.date is "10\/25\/2025"/);
      assert.match(notAllowed.message, /YYYY-MM-DD/);
    });

    it('reports a title without the Kata: prefix', () => {
      const notAllowed = single(validateFields({ title: 'Validate a Kata' }).diagnostics, 'value-not-allowed');

      assert.match(notAllowed.message, /title is "Validate a Kata"/);
      assert.match(notAllowed.message, /starts with "Kata: "/);
    });
  });

  describe('kata_category', () => {
    it('accepts any category name', () => {
      assert.deepStrictEqual(validateFields({ kata_category: '[our-team-katas, second-category]' }).diagnostics, []);
    });

    it('reports an empty list', () => {
      const range = single(validateFields({ kata_category: '[]' }).diagnostics, 'value-off-guideline');
      assert.match(range.message, /kata_category has 0 entries/);
    });

    it('reports a blank name', () => {
      const notAllowed = single(validateFields({ kata_category: "['  ']" }).diagnostics, 'value-not-allowed');
      assert.match(notAllowed.message, /^entry 1 of kata_category is "  "/);
    });

    it('reports a number entry', () => {
      const invalid = single(validateFields({ kata_category: '[100]' }).diagnostics, 'invalid-field-type');
      assert.match(invalid.message, /the number 100/);
    });
  });

  it('reports at the line the parser records for a key', () => {
    const result = parseKataFile(kataText({ fields: { kata_difficulty: '7', hint_strategy: undefined } }), FILE);
    assert.ok(result.kata);
    result.kata.frontMatterLines = { ...result.kata.frontMatterLines, kata_difficulty: 9 };
    delete result.kata.frontMatterLines.hint_strategy;
    result.kata.idLine = 6;

    const diagnostics = validate([result])[0];

    assert.strictEqual(single(diagnostics, 'value-out-of-range').line, 9);
    assert.strictEqual(single(diagnostics, 'missing-field').line, 6);
  });

  describe('field descriptions', () => {
    const properties = Object.entries(kataFrontMatterSchema.properties as Record<string, { items?: object }>);

    it('describe every schema field', () => {
      const undescribed = properties.filter(([key]) => describeField(key) === undefined).map(([key]) => key);

      assert.deepStrictEqual(undescribed, []);
    });

    it('describe the entries of every list field', () => {
      const lists = properties.filter(([, schema]) => schema.items !== undefined).map(([key]) => key);

      assert.deepStrictEqual(
        lists.filter((key) => describeEntry(key) === undefined),
        [],
      );
      assert.strictEqual(describeEntry('title'), undefined, 'a field that is not a list has no entry description');
    });
  });
});
