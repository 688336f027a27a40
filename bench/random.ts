// A seeded pseudo-random number generator, so one seed always yields the same
// generated repository, byte for byte, on every machine and Node version.

/**
 * Five quantiles of a measured distribution: [min, p25, median, p75, max].
 * Sampling interpolates linearly between them, which approximates the shape
 * of the measured values without storing them.
 */
export type Quantiles = readonly [number, number, number, number, number];

/**
 * mulberry32 by Tommy Ettinger (2017, public domain): 32 bits of state and a
 * period of 2^32, plenty for test data. Not for cryptography.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Returns a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** Returns an integer from `min` to `max`, both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns true with the given probability (0 to 1). */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error('cannot pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks an item with probability proportional to its weight. */
  pickWeighted<T>(weights: readonly (readonly [T, number])[]): T {
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    let remaining = this.next() * total;
    for (const [item, weight] of weights) {
      remaining -= weight;
      if (remaining < 0) {
        return item;
      }
    }
    return weights[weights.length - 1][0];
  }

  /** Samples an integer from a distribution given by its quantiles, within [min, max]. */
  sample(quantiles: Quantiles): number {
    const position = this.next() * (quantiles.length - 1);
    const segment = Math.floor(position);
    const low = quantiles[segment];
    const high = quantiles[segment + 1];
    return Math.round(low + (high - low) * (position - segment));
  }
}
