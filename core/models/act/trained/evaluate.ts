/**
 * `evaluate` for act-parity (README, "Trained models"): N fresh inputs from seed S with the model's own generator
 * (core/models/act/parity-data.ts), run through Atenea's engine — the float64 reference, or the WGSL cell
 * (core/gpu/act) when an engine is given — as one JSON object:
 * `{"model": "act-parity", "backend": …, "cases": [{"input", "target", "output", "ponderSteps"}]}`, where
 * `output` is σ(y_t), the probability that the parity is odd, and `ponderSteps` is N(t).
 */
import { sigmoid } from '../cell.ts';
import { parityExamples } from '../parity-data.ts';
import { runParityCase, type ParityCaseResult } from './held-out.ts';
import { trainedActCell, trainedActFile } from './registry.ts';

/** What `evaluate act-parity` writes. */
export interface ActParityEvaluation {
  readonly model: 'act-parity';
  readonly backend: 'cpu' | 'webgpu';
  readonly cases: ParityCaseResult[];
}

/** The GPU side `evaluate` needs: the ACT engine's `ponder` (core/gpu/act/act-gpu-engine.ts). */
export interface ActPonderEngine {
  ponder(
    cell: ReturnType<typeof trainedActCell>,
    inputs: readonly (readonly number[])[],
    epsilon: number,
    maxSteps: number,
  ): Promise<readonly { readonly steps: number; readonly output: readonly number[] }[]>;
}

/** Options: how many cases, the seed, the checkpoint (final weights by default), and the backend. */
export interface EvaluateActParityOptions {
  readonly cases: number;
  readonly seed: number;
  readonly checkpoint?: number;
  /** The WebGPU engine; absent runs the float64 reference (`backend: "cpu"`). */
  readonly engine?: ActPonderEngine;
}

/** Runs the evaluation (module comment). */
export async function evaluateActParity(options: EvaluateActParityOptions): Promise<ActParityEvaluation> {
  if (!Number.isInteger(options.cases) || options.cases < 1) throw new RangeError(`cases: got ${options.cases}; expected an integer ≥ 1`);
  const { sizes } = trainedActFile('act-parity').card;
  const cell = trainedActCell('act-parity', options.checkpoint);
  const examples = parityExamples(options.seed, cell.inputSize, options.cases);
  if (!options.engine) {
    return { model: 'act-parity', backend: 'cpu', cases: examples.map((e) => runParityCase(cell, e, sizes.epsilon, sizes.maxSteps)) };
  }
  const gpu = await options.engine.ponder(
    cell,
    examples.map((e) => e.input),
    sizes.epsilon,
    sizes.maxSteps,
  );
  return {
    model: 'act-parity',
    backend: 'webgpu',
    cases: examples.map((e, i) => ({
      input: [...e.input],
      target: e.target,
      output: sigmoid(gpu[i]!.output[0]!),
      ponderSteps: gpu[i]!.steps,
    })),
  };
}
