/** Runs `work` over `items` with at most `concurrency` at once; `lane` (0…concurrency-1) names the worker. */
export async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T, lane: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (next < items.length) {
        const item = items[next++];
        await work(item, lane);
      }
    }),
  );
}
