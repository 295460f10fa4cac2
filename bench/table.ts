/** Plain-text tables and number formats for the benchmarks' printed output (bench/ only). */

/** A rate or a time: thousands with separators, smaller values to `digits` significant digits. */
export function formatNumber(x: number, digits = 3): string {
  return x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(digits);
}

/** Bytes per second in GB/s. */
export function formatGbPerSecond(bytesPerSecond: number): string {
  return `${(bytesPerSecond / 1e9).toFixed(2)} GB/s`;
}

/** A fraction as a percentage with one decimal. */
export function formatPercent(fraction: number): string {
  return `${(100 * fraction).toFixed(1)}%`;
}

/** Right-aligned columns under a header, two spaces apart. */
export function formatTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/**
 * Runs every measurement once per round, `rounds` times, and keeps each one's best (smallest) result: on a
 * machine shared with other work, interleaving gives every figure the same chances at quiet moments, so ratios
 * between figures of one run stay fair.
 */
export async function bestOfRounds<K extends string>(rounds: number, measures: Readonly<Record<K, () => Promise<number>>>): Promise<Record<K, number>> {
  const best = Object.fromEntries(Object.keys(measures).map((k) => [k, Number.POSITIVE_INFINITY])) as Record<K, number>;
  for (let r = 0; r < rounds; r++) {
    for (const key of Object.keys(measures) as K[]) best[key] = Math.min(best[key], await measures[key]());
  }
  return best;
}
