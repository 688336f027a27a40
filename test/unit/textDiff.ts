import * as assert from 'node:assert/strict';

/** Returns the indexes where two strings of equal length differ. */
export function differingIndexes(before: string, after: string): number[] {
  assert.strictEqual(after.length, before.length, 'the toggle changed the text length');
  const indexes: number[] = [];
  for (let index = 0; index < before.length; index++) {
    if (before[index] !== after[index]) {
      indexes.push(index);
    }
  }
  return indexes;
}
