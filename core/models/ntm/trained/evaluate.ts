/**
 * `atenea evaluate ntm-copy`: N fresh copy sequences from a seed, run through Atenea's own engine (the float64
 * reference or the WebGPU engine for the head steps), written as the JSON object of the README's
 * "Trained models" section: `{ model, backend, cases: [{ input, target, output }] }`.
 */
import { copyExamples, copyMemorySlots } from './copy-data.ts';
import { runTrainedCopySync, type NtmCopyModel, type TrainedCopyRun } from './forward.ts';
import type { TrainedNtmCopyModel } from './weights.ts';

/** Runs one model on one input: the float64 reference ({@link cpuCopyRunner}) or WGSL (core/gpu/ntm/trained-copy-gpu.ts). */
export interface CopyRunner {
  readonly backend: 'cpu' | 'webgpu';
  run(input: readonly (readonly number[])[], slots: number): Promise<TrainedCopyRun>;
}

/** The float64 reference as a {@link CopyRunner}. */
export function cpuCopyRunner(model: NtmCopyModel): CopyRunner {
  return { backend: 'cpu', run: (input, slots) => Promise.resolve(runTrainedCopySync(model, input, slots)) };
}

/** One evaluated sequence: the L × bits input bits and target, and the model's L × bits sigmoid outputs. */
export interface NtmCopyCase {
  readonly input: number[][];
  readonly target: number[][];
  readonly output: number[][];
}

/** The evaluation result. */
export interface NtmCopyEvaluation {
  readonly model: 'ntm-copy';
  readonly backend: 'cpu' | 'webgpu';
  readonly cases: NtmCopyCase[];
}

/** Options: `cases` sequences of `length` vectors (default: the longest training length) from `seed`. */
export interface EvaluateNtmCopyOptions {
  readonly model: TrainedNtmCopyModel;
  readonly cases: number;
  readonly seed: number;
  readonly length?: number;
  /** Runs the model; default the float64 reference. */
  readonly backend?: CopyRunner;
}

/** Runs the evaluation (see the module comment). */
export async function evaluateNtmCopy(options: EvaluateNtmCopyOptions): Promise<NtmCopyEvaluation> {
  const { model } = options;
  const runner = options.backend ?? cpuCopyRunner(model);
  const length = options.length ?? model.sizes.maxLength;
  const examples = copyExamples({ seed: options.seed, count: options.cases, bits: model.sizes.bits, length });
  const cases: NtmCopyCase[] = [];
  for (const e of examples) {
    const run = await runner.run(e.input, copyMemorySlots(length));
    cases.push({ input: e.sequence, target: e.target, output: run.answer });
  }
  return { model: 'ntm-copy', backend: runner.backend, cases };
}

/** Wrong bits per sequence, averaged over the cases (an output counts as 1 when > 0.5). */
export function meanWrongBits(evaluation: NtmCopyEvaluation): number {
  let wrong = 0;
  for (const c of evaluation.cases) c.target.forEach((row, t) => row.forEach((b, j) => (wrong += (c.output[t]![j]! > 0.5 ? 1 : 0) !== b ? 1 : 0)));
  return evaluation.cases.length === 0 ? 0 : wrong / evaluation.cases.length;
}
