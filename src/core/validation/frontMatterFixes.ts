// Sentences of the front matter schema diagnostics that vary with a count or
// a type: how long a value is, how many entries a list has, and how to fix
// each. A count gets one whole message for 1 and one for other numbers.

import * as l10n from '@vscode/l10n';

/** Returns how to write a value of the expected JSON type in YAML. `key` is the field's name. */
export function typeFix(key: string, expectedType: string, value: unknown): string {
  switch (expectedType) {
    case 'integer':
    case 'number':
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        return l10n.t({ message: 'Remove the quotes: {0}: {1}.', args: [key, value.trim()], comment: ['{0}: {1} is a YAML line, a field and its number.'] });
      }
      return expectedType === 'integer' ? l10n.t('Replace it with a whole number.') : l10n.t('Replace it with a number.');
    case 'array':
      return l10n.t({
        message: 'Write it as a list, one "- entry" line per item, or as [first, second].',
        comment: ['"- entry" and [first, second] show YAML list syntax; translate the words in them.'],
      });
    case 'boolean':
      return l10n.t({ message: 'Write true or false without quotes.', comment: ['Keep true and false as written: they are YAML values.'] });
    case 'string':
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return l10n.t('Put the text in quotes: YAML reads unquoted text that contains ": " as a mapping.');
      }
      return value === null || value === undefined ? l10n.t('Write the text after the colon.') : l10n.t('Put the value in quotes.');
    case 'object':
      return l10n.t('Change it to a mapping.');
    default:
      return l10n.t({ message: 'Change it to a {0}.', args: [expectedType], comment: ['{0} is a JSON schema type name, such as "string".'] });
  }
}

/** Returns the sentence that a text value's length breaks the guideline, such as `tags is 4 characters long, but it must be ...`. */
export function describeLength(label: string, value: string, expected: string): string {
  // ajv counts Unicode code points, not UTF-16 units.
  const length = [...value].length;
  return length === 1
    ? l10n.t({
        message: '{0} is {1} character long, but it must be {2}.',
        args: [label, length, expected],
        comment: ['{0} is a front matter field, {2} describes the expected value.'],
      })
    : l10n.t({
        message: '{0} is {1} characters long, but it must be {2}.',
        args: [label, length, expected],
        comment: ['{0} is a front matter field, {2} describes the expected value.'],
      });
}

/** Returns how to bring a text value's length to the `minLength` or `maxLength` limit. */
export function lengthFix(keyword: 'minLength' | 'maxLength', limit: number, value: string): string {
  const length = [...value].length;
  if (keyword === 'minLength') {
    const missing = limit - length;
    return missing === 1 ? l10n.t('Lengthen it by at least {0} character.', missing) : l10n.t('Lengthen it by at least {0} characters.', missing);
  }
  const extra = length - limit;
  return extra === 1 ? l10n.t('Shorten it by at least {0} character.', extra) : l10n.t('Shorten it by at least {0} characters.', extra);
}

/** Returns the sentence that a list has too few or too many entries, such as `tags has 0 entries, but it must be ...`. */
export function describeEntryCount(label: string, count: number, expected: string): string {
  return count === 1
    ? l10n.t({ message: '{0} has {1} entry, but it must be {2}.', args: [label, count, expected], comment: ['{0} is a front matter list, {2} describes the expected value.'] })
    : l10n.t({ message: '{0} has {1} entries, but it must be {2}.', args: [label, count, expected], comment: ['{0} is a front matter list, {2} describes the expected value.'] });
}

/** Returns how to bring a list's entry count to the `minItems` or `maxItems` limit. */
export function entryCountFix(keyword: string, limit: number, count: number): string {
  if (keyword === 'minItems') {
    const missing = limit - count;
    return missing === 1 ? l10n.t('Add at least {0} more entry.', missing) : l10n.t('Add at least {0} more entries.', missing);
  }
  const extra = count - limit;
  return extra === 1 ? l10n.t('Remove at least {0} entry.', extra) : l10n.t('Remove at least {0} entries.', extra);
}
