/**
 * The attentional interface on WebGPU: scores (dot, general or additive), the masked stable softmax and the
 * context vectors of ALL output steps of a sequence in one chain of dispatches in one compute pass, with one
 * read-back at the end (Bahdanau, Cho & Bengio 2014 eqs. 5–6; Luong, Pham & Manning 2015 eq. 8).
 *
 * The chain itself is recorded by attention-plan.ts.
 * Takes any GPUDevice (a browser's, or Dawn's in Node). Inputs are converted to float32.
 */
import { readBackF32 } from '../common/buffers.ts';
import { checkAttentionInputFloat32 } from '../common/engine-input-checks.ts';
import { encodeDispatches } from '../common/dispatch.ts';
import { recordAttentionPlan } from './attention-plan.ts';
import type { AttentionInput, AttentionResult, AttentionSequenceInput, AttentionSequenceResult, RowMajor } from '../../models/attention/types.ts';

/** The attention engine on one device. */
export interface AttentionGpuEngine {
  /** Every output step of a sequence: scores (−Infinity where masked), weights and contexts, as float64 copies of the float32 results. */
  sequence(input: AttentionSequenceInput): Promise<AttentionSequenceResult>;
  /** One decoder step (a sequence of one query). */
  step(input: AttentionInput): Promise<AttentionResult>;
  /** Releases what the engine holds (pipelines are cached per device and kept). */
  destroy(): void;
}

function f64(m: Float32Array, rows: number, columns: number): RowMajor {
  return { rows, columns, data: Float64Array.from(m) };
}

/** Records and runs the chain for one sequence; every GPU buffer it creates is destroyed before it returns. */
async function runSequence(device: GPUDevice, input: AttentionSequenceInput): Promise<AttentionSequenceResult> {
  const plan = await recordAttentionPlan(device, input);
  try {
    const { steps: S, positions: T, valueSize: dv } = plan;
    const encoder = device.createCommandEncoder({ label: 'attention' });
    const pass = encoder.beginComputePass({ label: 'attention chain' });
    encodeDispatches(pass, plan.dispatches);
    pass.end();
    const [e, a, c] = await readBackF32(
      device,
      [
        { buffer: plan.scores, count: S * T },
        { buffer: plan.weights, count: S * T },
        { buffer: plan.contexts, count: S * dv },
      ],
      encoder,
    );
    const scoreMatrix = f64(e!, S, T);
    for (let t = 0; t < S; t++) for (let j = 0; j < T; j++) if (!input.mask[j]) scoreMatrix.data[t * T + j] = Number.NEGATIVE_INFINITY;
    return { scores: scoreMatrix, weights: f64(a!, S, T), contexts: f64(c!, S, dv) };
  } finally {
    plan.destroy();
  }
}

/** Creates the attention engine on `device` (pipelines are built on first use and cached per device). */
export async function createAttentionGpuEngine(device: GPUDevice): Promise<AttentionGpuEngine> {
  let destroyed = false;
  const check = (): void => {
    if (destroyed) throw new Error('attention engine: used after destroy()');
  };
  return {
    async sequence(input) {
      check();
      checkAttentionInputFloat32(input);
      return runSequence(device, input);
    },
    async step(input) {
      check();
      const { query, ...rest } = input;
      const sequenceInput = { ...rest, queries: { rows: 1, columns: query.length, data: query } } as AttentionSequenceInput;
      checkAttentionInputFloat32(sequenceInput, 'query');
      const r = await runSequence(device, sequenceInput);
      return { scores: r.scores.data, weights: r.weights.data, context: r.contexts.data };
    },
    destroy() {
      destroyed = true;
    },
  };
}
