/**
 * The trained models `atenea evaluate` runs, each through its pure evaluate function in core (README, "Trained
 * models"): N fresh inputs from the model's own seeded generator, run on the float64 reference or the WGSL engine.
 */
import { createActGpuEngine } from '#core/gpu/act/act-gpu-engine.ts';
import { createAttentionGpuEngine } from '#core/gpu/attention/attention-gpu-engine.ts';
import { createReorderGpu } from '#core/gpu/attention/reorder-gpu.ts';
import { createGpuCopyRunner } from '#core/gpu/ntm/trained-copy-gpu.ts';
import { evaluateActParity } from '#core/models/act/trained/evaluate.ts';
import { evaluateAttentionReorder } from '#core/models/attention/trained/reorder-evaluate.ts';
import { evaluateNtmCopy } from '#core/models/ntm/trained/evaluate.ts';
import { ntmCopyFile } from '#core/models/ntm/trained/ntm-copy-file.ts';
import { MAX_TRAINED_COPY_LENGTH } from '#core/models/ntm/trained/trained-scenario.ts';
import { ntmCopyModel } from '#core/models/ntm/trained/weights.ts';
import { requireGpuDevice, type Backend } from './backend.ts';
import type { EvaluateModelSpec } from './evaluate-args.ts';

/** What one evaluation needs: the parsed options. */
export interface EvaluateRequest {
  readonly cases: number;
  readonly seed: number;
  readonly length?: number;
  readonly backend: Backend;
}

/** One model `evaluate` can run. */
export interface EvaluateCommand extends EvaluateModelSpec {
  /** One line for `--help`. */
  readonly summary: string;
  /** The JSON object of the README: `{ model, backend, cases: [...] }`. */
  run(request: EvaluateRequest): Promise<object>;
}

const ntmCopy: EvaluateCommand = {
  name: 'ntm-copy',
  summary: 'the trained copy NTM: input/target bit rows, output the sigmoid outputs',
  length: { min: 1, max: MAX_TRAINED_COPY_LENGTH },
  async run({ cases, seed, length, backend }) {
    const model = ntmCopyModel(ntmCopyFile());
    const options = { model, cases, seed, ...(length !== undefined ? { length } : {}) };
    if (backend === 'cpu') return evaluateNtmCopy(options);
    const runner = await createGpuCopyRunner(await requireGpuDevice(), model);
    try {
      return await evaluateNtmCopy({ ...options, backend: runner });
    } finally {
      runner.destroy();
    }
  },
};

const actParity: EvaluateCommand = {
  name: 'act-parity',
  summary: 'the trained ACT parity cell: input the vector, target 0/1, output P(odd), ponderSteps N(t)',
  async run({ cases, seed, backend }) {
    if (backend === 'cpu') return evaluateActParity({ cases, seed });
    const engine = await createActGpuEngine(await requireGpuDevice());
    try {
      return await evaluateActParity({ cases, seed, engine });
    } finally {
      engine.destroy();
    }
  },
};

const attentionReorder: EvaluateCommand = {
  name: 'attention-reorder',
  summary: 'the trained Spanish→English reordering: input/target/output token lists, alignment α',
  async run({ cases, seed, backend }) {
    if (backend === 'cpu') return evaluateAttentionReorder({ cases, seed });
    const device = await requireGpuDevice();
    const engine = await createAttentionGpuEngine(device);
    try {
      return await evaluateAttentionReorder({ cases, seed, translator: (weights) => createReorderGpu(device, weights, (input) => engine.step(input)) });
    } finally {
      engine.destroy();
    }
  },
};

/** The models, in `--help` order. */
export const evaluateCommands: readonly EvaluateCommand[] = [ntmCopy, actParity, attentionReorder];
