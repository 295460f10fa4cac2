/**
 * The attention benchmark (README "Speed"): one decoder step of additive, dot and general attention over
 * T = 1,024 positions with D = 64 (A = 64 hidden units for additive), as steps per second of
 * - the float64 reference (core/models/attention/reference.ts) and a plain single-threaded Float32Array version;
 * - the WebGPU chain alone (K steps encoded in one pass, one submit, no transfers), the same per step of a
 *   64-step sequence (one chain: Uh once, as the engine's `sequence()` does) and the engine's whole `step()`
 *   (uploads, the chain, one read-back);
 * with each kernel's time alone, an empty dispatch's time (the floor per dispatch) and the step's bytes per second
 * as a share of the copy kernel's bandwidth, all measured in the same run. Figures only: no timed assertions.
 */
import { recordAttentionPlan } from '#core/gpu/attention/attention-plan.ts';
import { createAttentionGpuEngine } from '#core/gpu/attention/attention-gpu-engine.ts';
import { seededRandom } from '#core/math/random.ts';
import { attentionStep } from '#core/models/attention/reference.ts';
import type { AttentionInput, RowMajor, ScoreFunction } from '#core/models/attention/types.ts';
import { float32AttentionStep } from './attention-js.ts';
import type { CopyBandwidth } from './copy-bandwidth.ts';
import { baselineMeasures, msPerChain } from './dispatch-timing.ts';
import { bestOfRounds, formatGbPerSecond, formatNumber, formatPercent, formatTable } from './table.ts';
import { msPerCall } from './timing.ts';

/** The benchmark's sizes: T positions, D for queries, keys and values, A hidden units of the additive score. */
export const ATTENTION_BENCH_SIZE = { T: 1024, D: 64, A: 64 } as const;

/** Output steps of the sequence whose per-step rate the benchmark also reports. */
export const SEQUENCE_STEPS = 64;

/** One score function's figures. */
export interface AttentionBenchRow {
  readonly score: ScoreFunction;
  readonly referenceStepsPerSecond: number;
  readonly plainJsStepsPerSecond: number;
  /** The dispatch chain alone, K steps per submit. */
  readonly gpuChainStepsPerSecond: number;
  /** The chain of a whole {@link SEQUENCE_STEPS}-step sequence (Uh once, as Bahdanau et al. 2014 A.1.2 suggest), per step. */
  readonly gpuSequenceStepsPerSecond: number;
  /** `engine.step()`: uploads, chain and read-back. */
  readonly gpuEngineStepsPerSecond: number;
  readonly dispatches: number;
  /** Each dispatch alone, in milliseconds. */
  readonly kernels: readonly { label: string; ms: number }[];
  /** Bytes a step must move at least: keys, values and parameters read, scores and weights written. */
  readonly stepBytes: number;
  /** stepBytes × gpuChainStepsPerSecond ÷ copy bytes per second. */
  readonly chainFractionOfCopy: number;
}

/** The whole attention benchmark result. */
export interface AttentionBenchResult {
  readonly benchmark: 'attention';
  readonly adapter: string;
  readonly size: typeof ATTENTION_BENCH_SIZE;
  readonly copy: CopyBandwidth;
  readonly emptyDispatchMs: number;
  readonly repeats: number;
  readonly scores: readonly AttentionBenchRow[];
}

/** A seeded step of `score` attention at the benchmark's size. */
export function attentionBenchInput(score: ScoreFunction, seed = 2014): AttentionInput {
  const { T, D, A } = ATTENTION_BENCH_SIZE;
  const random = seededRandom(seed);
  const matrix = (rows: number, columns: number, r: number): RowMajor => ({
    rows,
    columns,
    data: Float64Array.from({ length: rows * columns }, () => Math.fround((random.next() * 2 - 1) * r)),
  });
  const common = { query: matrix(1, D, 1).data, keys: matrix(T, D, 1), values: matrix(T, D, 1), mask: Array.from({ length: T }, (_, j) => j % 7 !== 3) };
  if (score === 'dot') return { ...common, score };
  if (score === 'general') return { ...common, score, W: matrix(D, D, 1 / Math.sqrt(D)) };
  return { ...common, score, W: matrix(A, D, 1 / Math.sqrt(D)), U: matrix(A, D, 1 / Math.sqrt(D)), v: matrix(1, A, 1).data, b: matrix(1, A, 0.1).data, bv: 0 };
}

function stepBytes(input: AttentionInput): number {
  const { T, D, A } = ATTENTION_BENCH_SIZE;
  const parameters = input.score === 'dot' ? 0 : input.score === 'general' ? D * D : 2 * A * D + 2 * A;
  return 4 * (2 * T * D + D + parameters + 2 * T + D);
}

/** Runs the attention benchmark on `device`, each figure the best of `repeats` interleaved rounds; `log` receives progress lines. */
export async function runAttentionBench(
  device: GPUDevice,
  adapter: string,
  options: { targetMs?: number; repeats?: number; log?: (line: string) => void } = {},
): Promise<AttentionBenchResult> {
  const targetMs = options.targetMs ?? 500;
  const repeats = options.repeats ?? 3;
  const log = options.log ?? (() => {});
  const engine = await createAttentionGpuEngine(device);
  const cases = await Promise.all(
    (['additive', 'dot', 'general'] as const).map(async (score) => {
      const input = attentionBenchInput(score);
      const plan = await recordAttentionPlan(device, { ...input, queries: { rows: 1, columns: input.query.length, data: input.query } });
      const queries = { rows: SEQUENCE_STEPS, columns: input.query.length, data: new Float64Array(SEQUENCE_STEPS * input.query.length) };
      for (let t = 0; t < SEQUENCE_STEPS; t++)
        queries.data.set(
          input.query.map((x, i) => x * Math.cos(t + i)),
          t * input.query.length,
        );
      const sequence = await recordAttentionPlan(device, { ...input, queries });
      return { score, input, plain: float32AttentionStep(input), plan, sequence };
    }),
  );
  const baselines = baselineMeasures(device, targetMs);
  const measures: Record<string, () => Promise<number>> = {
    ...baselines.measures,
  };
  for (const { score, input, plain, plan, sequence } of cases) {
    measures[`${score} sequence`] = () => msPerChain(device, sequence.dispatches, targetMs);
    measures[`${score} reference`] = () => msPerCall(() => attentionStep(input), { targetMs });
    measures[`${score} plain`] = () => msPerCall(() => plain.run(), { targetMs });
    measures[`${score} chain`] = () => msPerChain(device, plan.dispatches, targetMs);
    measures[`${score} step`] = () => msPerCall(() => engine.step(input), { targetMs });
    plan.dispatches.forEach((d, k) => (measures[`${score} kernel ${k}`] = () => msPerChain(device, [d], targetMs / 2)));
  }
  log(`attention: ${Object.keys(measures).length} figures, ${repeats} interleaved rounds ...`);
  const best = await bestOfRounds(repeats, measures);
  const copy = baselines.bestCopy();
  const scores: AttentionBenchRow[] = cases.map(({ score, input, plan, sequence }) => {
    const bytes = stepBytes(input);
    const gpuChainStepsPerSecond = 1000 / best[`${score} chain`]!;
    plan.destroy();
    sequence.destroy();
    return {
      score,
      referenceStepsPerSecond: 1000 / best[`${score} reference`]!,
      plainJsStepsPerSecond: 1000 / best[`${score} plain`]!,
      gpuChainStepsPerSecond,
      gpuSequenceStepsPerSecond: (1000 * SEQUENCE_STEPS) / best[`${score} sequence`]!,
      gpuEngineStepsPerSecond: 1000 / best[`${score} step`]!,
      dispatches: plan.dispatches.length,
      kernels: plan.dispatches.map((d, k) => ({ label: d.label ?? `dispatch ${k}`, ms: best[`${score} kernel ${k}`]! })),
      stepBytes: bytes,
      chainFractionOfCopy: (bytes * gpuChainStepsPerSecond) / copy.bytesPerSecond,
    };
  });
  const emptyDispatchMs = best.empty!;
  engine.destroy();
  return { benchmark: 'attention', adapter, size: ATTENTION_BENCH_SIZE, copy, emptyDispatchMs, repeats, scores };
}

/** A plain-text table of {@link runAttentionBench}'s result. */
export function formatAttentionTable(result: AttentionBenchResult): string {
  const { T, D, A } = result.size;
  const head = [
    'score',
    'float64 ref/s',
    'plain JS f32/s',
    'GPU chain/s',
    `in ${SEQUENCE_STEPS}-step seq./s`,
    'GPU step()/s',
    'dispatches',
    'floor/s',
    'chain of copy',
    'slowest kernel',
  ];
  const rows = result.scores.map((r) => {
    const slowest = r.kernels.reduce((a, b) => (b.ms > a.ms ? b : a));
    return [
      r.score,
      formatNumber(r.referenceStepsPerSecond),
      formatNumber(r.plainJsStepsPerSecond),
      formatNumber(r.gpuChainStepsPerSecond),
      formatNumber(r.gpuSequenceStepsPerSecond),
      formatNumber(r.gpuEngineStepsPerSecond),
      String(r.dispatches),
      formatNumber(1000 / (r.dispatches * result.emptyDispatchMs)),
      formatPercent(r.chainFractionOfCopy),
      `${slowest.label} ${slowest.ms.toFixed(2)} ms`,
    ];
  });
  return [
    `Attention decoder step (T = ${T}, D = ${D}, additive A = ${A}) on ${result.adapter}, best of ${result.repeats} interleaved rounds`,
    `copy kernel: ${formatGbPerSecond(result.copy.bytesPerSecond)}; empty dispatch: ${(1000 * result.emptyDispatchMs).toFixed(1)} µs (floor/s = 1 / (dispatches × that))`,
    formatTable(head, rows),
  ].join('\n');
}
