/**
 * The focus benchmark (README "Speed"): the lecture's mask product y = x ⊙ m on a 4,096 × 4,096 grey image, as
 * milliseconds per product of the float64 reference (core/models/attention/focus.ts), a plain single-threaded
 * Float32Array loop, the WebGPU kernel alone (K products in one pass, one submit) and the whole call the app makes
 * (`pointwiseProductGpu`: float32 conversion and upload, the kernel, one read-back), each as bytes per second
 * (12 bytes per pixel: x and m read, y written) against the copy kernel's bandwidth and an empty dispatch measured
 * in the same run. Figures only: no timed assertions.
 */
import { pointwiseProductGpu, recordPointwiseProduct } from '#core/gpu/attention/pointwise-product.ts';
import { MOON, nightSky, pointwiseProduct, spotMask } from '#core/models/attention/focus.ts';
import type { CopyBandwidth } from './copy-bandwidth.ts';
import { baselineMeasures, msPerChain } from './dispatch-timing.ts';
import { bestOfRounds, formatGbPerSecond, formatNumber, formatPercent, formatTable } from './table.ts';
import { msPerCall, nowMs } from './timing.ts';

/** The image side of the benchmark. */
export const FOCUS_BENCH_SIDE = 4096;

/** One way of computing the product. */
export interface FocusBenchRow {
  readonly name: string;
  readonly msPerProduct: number;
  /** 12 bytes per pixel ÷ the time ÷ the copy kernel's bytes per second. */
  readonly fractionOfCopy: number;
}

/** The whole focus benchmark result. */
export interface FocusBenchResult {
  readonly benchmark: 'focus';
  readonly adapter: string;
  readonly side: number;
  readonly copy: CopyBandwidth;
  readonly emptyDispatchMs: number;
  readonly repeats: number;
  readonly rows: readonly FocusBenchRow[];
}

/** Runs the focus benchmark on `device`, each figure the best of `repeats` interleaved rounds; `log` receives progress lines. */
export async function runFocusBench(
  device: GPUDevice,
  adapter: string,
  options: { targetMs?: number; repeats?: number; side?: number; log?: (line: string) => void } = {},
): Promise<FocusBenchResult> {
  const targetMs = options.targetMs ?? 1000;
  const repeats = options.repeats ?? 3;
  const side = options.side ?? FOCUS_BENCH_SIDE;
  const log = options.log ?? (() => {});
  log(`focus: ${side} × ${side} ...`);
  const t0 = nowMs();
  const sky = nightSky(side, side, 2016);
  const mask = spotMask(side, side, { x: MOON.x, y: MOON.y, radius: MOON.radius, softness: 0.03 });
  log(`focus: image and mask drawn in ${(nowMs() - t0).toFixed(0)} ms`);
  const sky32 = Float32Array.from(sky.data);
  const mask32 = Float32Array.from(mask.data);
  const out32 = new Float32Array(sky32.length);
  const plainJs = (): void => {
    for (let i = 0; i < sky32.length; i++) out32[i] = sky32[i]! * mask32[i]!;
  };
  const plan = await recordPointwiseProduct(device, sky32, mask32);
  const timings: [string, () => Promise<number>][] = [
    ['float64 reference', () => msPerCall(() => pointwiseProduct(sky.data, mask.data), { targetMs })],
    ['plain JS Float32Array', () => msPerCall(plainJs, { targetMs })],
    ['WebGPU kernel alone', () => msPerChain(device, plan.dispatches, targetMs, 200)],
    ['WebGPU call (upload + kernel + read-back)', () => msPerCall(() => pointwiseProductGpu(device, sky32, mask32), { targetMs })],
    ['WebGPU call from float64 (as the app)', () => msPerCall(() => pointwiseProductGpu(device, sky.data, mask.data), { targetMs })],
  ];
  const baselines = baselineMeasures(device, targetMs);
  const measures: Record<string, () => Promise<number>> = {
    ...baselines.measures,
    ...Object.fromEntries(timings),
  };
  log(`focus: ${Object.keys(measures).length} figures, ${repeats} interleaved rounds ...`);
  const best = await bestOfRounds(repeats, measures);
  const copy = baselines.bestCopy();
  const bytes = 12 * side * side;
  const rows: FocusBenchRow[] = timings.map(([name]) => ({
    name,
    msPerProduct: best[name]!,
    fractionOfCopy: bytes / (best[name]! / 1000) / copy.bytesPerSecond,
  }));
  const emptyDispatchMs = best.empty!;
  plan.destroy();
  return { benchmark: 'focus', adapter, side, copy, emptyDispatchMs, repeats, rows };
}

/** A plain-text table of {@link runFocusBench}'s result. */
export function formatFocusTable(result: FocusBenchResult): string {
  const bytes = 12 * result.side * result.side;
  return [
    `Focus mask product ${result.side} × ${result.side} on ${result.adapter}, best of ${result.repeats} interleaved rounds`,
    `copy kernel: ${formatGbPerSecond(result.copy.bytesPerSecond)}; empty dispatch: ${(1000 * result.emptyDispatchMs).toFixed(1)} µs`,
    formatTable(
      ['how', 'ms/product', 'bytes/s', 'of copy'],
      result.rows.map((r) => [r.name, formatNumber(r.msPerProduct), formatGbPerSecond(bytes / (r.msPerProduct / 1000)), formatPercent(r.fractionOfCopy)]),
    ),
  ].join('\n');
}
