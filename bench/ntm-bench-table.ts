/** The plain-text table of the NTM benchmark (bench/ntm-bench.ts), with each size's per-kernel timings under it. */
import type { NtmBenchResult } from './ntm-bench.ts';

function fmt(x: number, digits = 3): string {
  return x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(digits);
}

/** The scenario figure: steps/s of a whole scenario run into its trace in one submit, and step by step. */
function scenarioLine({ scenario: s }: NtmBenchResult): string {
  const ratio = s.oneSubmitStepsPerSecond / s.perStepStepsPerSecond;
  return `scenario (copy, ${s.steps} steps at ${s.rows} × ${s.columns}, into its trace): one submit ${fmt(s.oneSubmitStepsPerSecond)} steps/s, a submit per step ${fmt(s.perStepStepsPerSecond)} steps/s (${fmt(ratio)}×)`;
}

/** A plain-text table of `runNtmBench`'s result. */
export function formatNtmTable(result: NtmBenchResult): string {
  const gb = (b: number): string => `${(b / 1e9).toFixed(2)} GB/s`;
  const head = ['N × M', 'JS f32 steps/s', 'GPU steps/s', 'GPU/JS', 'GPU bytes/s', 'of copy', 'step ms', 'dispatches', 'floor ms', 'step/floor'];
  const lines = result.sizes.map((r) => {
    const stepMs = 1000 / r.gpuStepsPerSecond;
    return [
      `${r.rows.toLocaleString('en-US')} × ${r.columns}`,
      fmt(r.jsStepsPerSecond),
      fmt(r.gpuStepsPerSecond),
      `${fmt(r.gpuStepsPerSecond / r.jsStepsPerSecond)}×`,
      gb(r.gpuBytesPerSecond),
      `${(100 * r.fractionOfCopy).toFixed(1)}%${r.finite ? '' : ' (NON-FINITE)'}`,
      fmt(stepMs),
      String(r.dispatchesPerStep),
      fmt(r.dispatchFloorMs),
      `${fmt(stepMs / r.dispatchFloorMs)}×`,
    ];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const row = (cells: string[]): string => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  const kernels = result.sizes.map((r) => {
    const total = r.kernels.reduce((s, k) => s + k.ms, 0);
    const parts = r.kernels.map((k) => `${k.label.replace(/^ntm /, '')} ${fmt(k.ms)} ms (${((100 * k.ms) / total).toFixed(0)}%)`);
    return `  ${r.rows.toLocaleString('en-US')} × ${r.columns}: ${parts.join(', ')}`;
  });
  return [
    `NTM step benchmark on ${result.adapter}`,
    `copy kernel: ${gb(result.copy.bytesPerSecond)} (${result.copy.bufferBytes / 2 ** 20} MiB buffer, ${result.copy.copies} copies); empty dispatch: ${fmt(1000 * result.emptyDispatchMs)} µs`,
    row(head),
    ...lines.map(row),
    'per kernel (each dispatch timed alone):',
    ...kernels,
    scenarioLine(result),
  ].join('\n');
}
