/**
 * The NTM benchmark (README "Speed"): steps per second of the float64 reference and of the WebGPU engine
 * (K fused steps back to back, one read-back at the very end, timed with `queue.onSubmittedWorkDone()`),
 * and each size's step bytes per second as a fraction of a plain copy kernel's bandwidth on the same device.
 * Figures only: no timed assertions.
 */
import { createNtmGpuEngine } from '#core/gpu/ntm/ntm-gpu-engine.ts';
import { randomNtmInput } from '#core/gpu/ntm/ntm-test-cases.ts';
import { ntmStep } from '#core/models/ntm/step.ts';
import type { NtmStepInput } from '#core/models/ntm/types.ts';
import { measureCopyBandwidth, type CopyBandwidth } from './copy-bandwidth.ts';
import { measureUntil } from './timing.ts';

/** The N × M sizes of the README's "Speed" table. */
export const NTM_BENCH_SIZES: readonly (readonly [number, number])[] = [
  [128, 20],
  [4096, 64],
  [65_536, 64],
  [1_048_576, 64],
];

/** One row of the results. */
export interface NtmBenchRow {
  readonly rows: number;
  readonly columns: number;
  readonly cpuSteps: number;
  readonly cpuStepsPerSecond: number;
  readonly gpuSteps: number;
  readonly gpuStepsPerSecond: number;
  /** Bytes one fused step moves at least (12·N·M + the N-vectors). */
  readonly stepBytes: number;
  readonly gpuBytesPerSecond: number;
  /** gpuBytesPerSecond / copy bandwidth. */
  readonly fractionOfCopy: number;
  /** True when the read-back after the fused run was all finite. */
  readonly finite: boolean;
}

/** The whole NTM benchmark result. */
export interface NtmBenchResult {
  readonly benchmark: 'ntm';
  readonly adapter: string;
  readonly copy: CopyBandwidth;
  readonly sizes: readonly NtmBenchRow[];
}

function cpuRate(input: NtmStepInput, maxSteps: number, targetMs: number): Promise<{ count: number; ms: number }> {
  return measureUntil(
    (count) => {
      let state = input;
      for (let t = 0; t < count; t++) {
        const r = ntmStep(state);
        state = { ...state, memory: r.memoryAfterWrite, previousWeights: r.weights };
      }
    },
    { targetMs, maxCount: maxSteps },
  );
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
  const copy = await measureCopyBandwidth(device, 64 * 1024 * 1024, targetMs);
  const engine = await createNtmGpuEngine(device);
  const sizes: NtmBenchRow[] = [];
  for (const [rows, columns] of NTM_BENCH_SIZES) {
    log(`N × M = ${rows} × ${columns} ...`);
    const input = randomNtmInput({ rows, columns, shiftWidth: 3, seed: rows + columns, beta: 5, gate: 0.9, gamma: 2 });
    // The biggest size is slow on a CPU: a couple of steps are enough for a rate.
    const cpu = await cpuRate(input, rows * columns >= 1 << 24 ? 2 : 10_000, targetMs);
    await engine.load(input);
    engine.run(1);
    await device.queue.onSubmittedWorkDone();
    const gpu = await measureUntil(
      async (count) => {
        engine.run(count);
        await device.queue.onSubmittedWorkDone();
      },
      { targetMs, maxCount: 100_000 },
    );
    const last = await engine.readBack();
    const finite = last.weights.every(Number.isFinite) && last.readVector.every(Number.isFinite);
    const stepBytes = engine.stepBytes();
    const gpuStepsPerSecond = gpu.count / (gpu.ms / 1000);
    sizes.push({
      rows,
      columns,
      cpuSteps: cpu.count,
      cpuStepsPerSecond: cpu.count / (cpu.ms / 1000),
      gpuSteps: gpu.count,
      gpuStepsPerSecond,
      stepBytes,
      gpuBytesPerSecond: stepBytes * gpuStepsPerSecond,
      fractionOfCopy: (stepBytes * gpuStepsPerSecond) / copy.bytesPerSecond,
      finite,
    });
  }
  engine.destroy();
  return { benchmark: 'ntm', adapter, copy, sizes };
}

function fmt(x: number, digits = 3): string {
  return x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(digits);
}

/** A plain-text table of {@link runNtmBench}'s result. */
export function formatNtmTable(result: NtmBenchResult): string {
  const gb = (b: number): string => `${(b / 1e9).toFixed(2)} GB/s`;
  const head = ['N × M', 'CPU steps/s', 'GPU steps/s', 'GPU/CPU', 'bytes/step', 'GPU bytes/s', 'of copy'];
  const lines = result.sizes.map((r) => [
    `${r.rows.toLocaleString('en-US')} × ${r.columns}`,
    fmt(r.cpuStepsPerSecond),
    fmt(r.gpuStepsPerSecond),
    `${fmt(r.gpuStepsPerSecond / r.cpuStepsPerSecond)}×`,
    r.stepBytes.toLocaleString('en-US'),
    gb(r.gpuBytesPerSecond),
    `${(100 * r.fractionOfCopy).toFixed(1)}%${r.finite ? '' : ' (NON-FINITE)'}`,
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const row = (cells: string[]): string => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  return [
    `NTM step benchmark on ${result.adapter}`,
    `copy kernel: ${gb(result.copy.bytesPerSecond)} (${result.copy.bufferBytes / 2 ** 20} MiB buffer, ${result.copy.copies} copies)`,
    row(head),
    ...lines.map(row),
  ].join('\n');
}
