// Reads time estimates such as `20-25 minutes` or `1 hour` into minutes.

import type { MinuteRange } from './model';

// A number or a range of two (`-`, en dash, em dash or `to`), then a unit.
const ESTIMATE = /^~?\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*)?(minutes?|mins?|m|hours?|hrs?|h)\.?$/i;

/**
 * Returns the minutes an estimate names: `20-25 minutes` is 20 to 25, `10 min`
 * is 10 to 10, `1-2 hours` is 60 to 120. Returns undefined for anything else
 * (`optional`, `1 hour 30 minutes`, a range whose end is below its start),
 * because an estimate is free text and never an error.
 */
export function parseMinutes(estimate: string | undefined): MinuteRange | undefined {
  if (estimate === undefined) {
    return undefined;
  }

  const match = ESTIMATE.exec(estimate.trim());
  if (!match) {
    return undefined;
  }

  const factor = match[3].toLowerCase().startsWith('h') ? 60 : 1;
  const min = Math.round(Number(match[1]) * factor);
  const max = match[2] === undefined ? min : Math.round(Number(match[2]) * factor);
  if (max < min) {
    return undefined;
  }
  return { min, max };
}
