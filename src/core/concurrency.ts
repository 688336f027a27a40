// Bounded parallel work, for reading many files without opening them all at once.

/** Runs `work` on every item with at most `concurrency` calls in flight; results keep the order of `items`. */
export async function mapLimited<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;

  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });

  await Promise.all(workers);
  return results;
}
