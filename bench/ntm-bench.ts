/**
 * The NTM benchmark (README "Speed"): steps per second of the WebGPU engine (K fused steps in one submit, one
 * read-back at the very end, timed with `queue.onSubmittedWorkDone()`) beside the baselines measured in the same
 * run: a plain copy kernel's bandwidth, an empty dispatch's cost (the floor of a step of D dispatches is D times
 * it) and a single-threaded Float32Array JavaScript step (bench/ntm-f32-step.ts); and where each step's time goes,
 * kernel by kernel (each dispatch timed alone). Rates are the best of three measurements. Figures only: no timed
 * assertions.
 */
import { createNtmGpuEngine } from '#core/gpu/ntm/ntm-gpu-engine.ts';
import { randomNtmInput } from '#core/gpu/ntm/ntm-test-cases.ts';
import { measureCopyBandwidth, type CopyBandwidth } from './copy-bandwidth.ts';
import { msPerChain, msPerEmptyDispatch } from './dispatch-timing.ts';
import { ntmF32State, ntmF32Step } from './ntm-f32-step.ts';
import { runNtmScenarioBench, type NtmScenarioBench } from './ntm-scenario-bench.ts';
import { fastestOf, measureUntil } from './timing.ts';

/** Each baseline and the step rate are the best of this many measurements (the machine is shared). */
const REPEATS = 3;

/** The N × M sizes of the README's "Speed" table. */
export const NTM_BENCH_SIZES: readonly (readonly [number, number])[] = [
  [128, 20],
  [4096, 64],
  [65_536, 64],
  [1_048_576, 64],
];

/** One kernel's share of a step. */
export interface NtmKernelTiming {
  readonly label: string;
  readonly ms: number;
}

/** One row of the results. */
export interface NtmBenchRow {
  readonly rows: number;
  readonly columns: number;
  /** The plain single-threaded Float32Array step. */
  readonly jsStepsPerSecond: number;
  readonly gpuStepsPerSecond: number;
  /** Dispatches in one step. */
  readonly dispatchesPerStep: number;
  /** dispatchesPerStep × the empty dispatch's cost, in ms. */
  readonly dispatchFloorMs: number;
  /** Bytes one fused step moves at least (12·N·M + the N-vectors). */
  readonly stepBytes: number;
  readonly gpuBytesPerSecond: number;
  /** gpuBytesPerSecond / copy bandwidth. */
  readonly fractionOfCopy: number;
  /** Each dispatch of a step timed alone (repeated in one submit). */
  readonly kernels: readonly NtmKernelTiming[];
  /** True when the read-back after the fused run was all finite. */
  readonly finite: boolean;
}

/** The whole NTM benchmark result. */
export interface NtmBenchResult {
  readonly benchmark: 'ntm';
  readonly adapter: string;
  readonly copy: CopyBandwidth;
  /** One empty dispatch (one workgroup), ms. */
  readonly emptyDispatchMs: number;
  readonly sizes: readonly NtmBenchRow[];
  /** A whole scenario with differing parameters per step: one submit vs one submit per step (bench/ntm-scenario-bench.ts). */
  readonly scenario: NtmScenarioBench;
}

/** Runs the NTM benchmark on `device`; `log` receives progress lines. */
export async function runNtmBench(
  device: GPUDevice,
  adapter: string,
  options: { targetMs?: number; log?: (line: string) => void } = {},
): Promise<NtmBenchResult> {
  const targetMs = options.targetMs ?? 1000;
  const log = options.log ?? (() => {});
  log('copy kernel bandwidth ...');
  let copy = await measureCopyBandwidth(device, 64 * 1024 * 1024, targetMs);
  for (let r = 1; r < REPEATS; r++) {
    const again = await measureCopyBandwidth(device, 64 * 1024 * 1024, targetMs);
    if (again.bytesPerSecond > copy.bytesPerSecond) copy = again;
  }
  log('empty dispatch ...');
  const emptyDispatchMs = await fastestOf(REPEATS, () => msPerEmptyDispatch(device, targetMs));
  const engine = await createNtmGpuEngine(device);
  const sizes: NtmBenchRow[] = [];
  for (const [rows, columns] of NTM_BENCH_SIZES) {
    log(`N × M = ${rows} × ${columns} ...`);
    const input = randomNtmInput({ rows, columns, shiftWidth: 3, seed: rows + columns, beta: 5, gate: 0.9, gamma: 2 });
    const js = ntmF32State(input);
    const jsMs = await fastestOf(REPEATS, async () => {
      const { count, ms } = await measureUntil(
        (count) => {
          for (let k = 0; k < count; k++) ntmF32Step(js);
        },
        { targetMs, maxCount: 1_000_000 },
      );
      return ms / count;
    });
    await engine.load(input);
    engine.run(1);
    await device.queue.onSubmittedWorkDone();
    const gpuMs = await fastestOf(REPEATS, async () => {
      const { count, ms } = await measureUntil(
        async (count) => {
          engine.run(count);
          await device.queue.onSubmittedWorkDone();
        },
        { targetMs, maxCount: 100_000 },
      );
      return ms / count;
    });
    const dispatches = engine.stepDispatches();
    const kernels: NtmKernelTiming[] = [];
    for (const d of dispatches) {
      const ms = await fastestOf(REPEATS, () => msPerChain(device, [d], targetMs / dispatches.length, 100_000));
      kernels.push({ label: d.label ?? 'dispatch', ms });
    }
    const last = await engine.readBack();
    const finite = last.weights.every(Number.isFinite) && last.readVector.every(Number.isFinite);
    const stepBytes = engine.stepBytes();
    const gpuStepsPerSecond = 1000 / gpuMs;
    sizes.push({
      rows,
      columns,
      jsStepsPerSecond: 1000 / jsMs,
      gpuStepsPerSecond,
      dispatchesPerStep: dispatches.length,
      dispatchFloorMs: dispatches.length * emptyDispatchMs,
      stepBytes,
      gpuBytesPerSecond: stepBytes * gpuStepsPerSecond,
      fractionOfCopy: (stepBytes * gpuStepsPerSecond) / copy.bytesPerSecond,
      kernels,
      finite,
    });
  }
  log('copy scenario, one submit vs per step ...');
  const scenario = await runNtmScenarioBench(engine, targetMs, REPEATS);
  engine.destroy();
  return { benchmark: 'ntm', adapter, copy, emptyDispatchMs, sizes, scenario };
}
