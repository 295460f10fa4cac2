/** Wall-clock helpers for benchmarks (bench/ only: core/ never reads the clock). */

/** Milliseconds since an arbitrary origin. */
export function nowMs(): number {
  return performance.now();
}

/**
 * Repeats `run(count)` with growing counts until one call lasts at least `targetMs` (or `maxCount` is reached),
 * and returns that last measurement: how many units ran and how long it took.
 */
export async function measureUntil(
  run: (count: number) => Promise<void> | void,
  options: { targetMs: number; maxCount: number; startCount?: number },
): Promise<{ count: number; ms: number }> {
  let count = Math.max(1, Math.min(options.startCount ?? 1, options.maxCount));
  for (;;) {
    const t0 = nowMs();
    await run(count);
    const ms = nowMs() - t0;
    if (ms >= options.targetMs || count >= options.maxCount) return { count, ms };
    const scaled = ms > 0 ? Math.ceil((count * options.targetMs * 1.2) / ms) : count * 8;
    count = Math.min(options.maxCount, Math.max(count * 2, scaled));
  }
}

/** Milliseconds per call of `run` (awaited one after another), over as many calls as fill `targetMs`. */
export async function msPerCall(run: () => Promise<unknown> | unknown, options: { targetMs: number; maxCount?: number }): Promise<number> {
  const { count, ms } = await measureUntil(
    async (n) => {
      for (let k = 0; k < n; k++) await run();
    },
    { targetMs: options.targetMs, maxCount: options.maxCount ?? 100_000 },
  );
  return ms / count;
}

/** The smallest of `repeats` measurements (e.g. ms per step): on a shared machine the least disturbed run. */
export async function fastestOf(repeats: number, measure: () => Promise<number>): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) best = Math.min(best, await measure());
  return best;
}
