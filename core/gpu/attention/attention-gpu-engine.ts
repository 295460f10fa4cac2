/**
 * The attentional interface on WebGPU: scores (dot, general or additive), the masked stable softmax and the
 * context vectors of ALL output steps of a sequence in one chain of dispatches in one compute pass, with one
 * read-back at the end (Bahdanau, Cho & Bengio 2014 eqs. 5–6; Luong, Pham & Manning 2015 eq. 8).
 *
 * The chain (Q: S × Dq queries, H: T × Dk keys, V: T × Dv values; shaders/common/matmul.wgsl unless noted):
 * - dot:      E = Q·Hᵀ;
 * - general:  P = Q·W (S × Dk, i.e. Wᵀq per step), E = P·Hᵀ;
 * - additive: WQ = Q·Wᵀ + b (S × A), UH = H·Uᵀ (T × A), E = b_v + Σ_a v_a tanh(WQ + UH) (shaders/attention/additive-scores.wgsl);
 * then α = row softmax of E over the kept positions (shaders/common/row-softmax.wgsl) and C = α·V.
 * Takes any GPUDevice (a browser's, or Dawn's in Node). Inputs are converted to float32.
 */
import { createF32Buffer, createUniformBuffer, readBackF32 } from '../common/buffers.ts';
import { checkAttentionInputFloat32 } from '../common/engine-input-checks.ts';
import { encodeDispatches, type ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { createMatmul } from '../common/matmul.ts';
import { createMaskBuffer, createRowSoftmax } from '../common/row-softmax.ts';
import { ADDITIVE_SCORES_WGSL } from './attention-shaders.ts';
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
  const S = input.queries.rows;
  const dq = input.queries.columns;
  const T = input.keys.rows;
  const dk = input.keys.columns;
  const dv = input.values.columns;
  if (input.mask.length !== T) throw new RangeError(`attention: mask has ${input.mask.length} entries for ${T} positions`);
  if (input.values.rows !== T) throw new RangeError(`attention: ${input.values.rows} values for ${T} keys`);

  const owned: { destroy(): void }[] = [];
  const buffer = (count: number, label: string, data?: ArrayLike<number>): GPUBuffer => {
    const b = createF32Buffer(device, count, label, data);
    owned.push(b);
    return b;
  };
  try {
    const queries = buffer(S * dq, 'queries', input.queries.data);
    const keys = buffer(T * dk, 'keys', input.keys.data);
    const values = input.values === input.keys ? keys : buffer(T * dv, 'values', input.values.data);
    const scores = buffer(S * T, 'scores');
    const weights = buffer(S * T, 'weights');
    const contexts = buffer(S * dv, 'contexts');
    const mask = createMaskBuffer(device, input.mask, 'attention mask');
    owned.push(mask);

    const dispatches: ComputeDispatch[] = [];
    const record = async (step: Promise<{ dispatches: readonly ComputeDispatch[]; destroy(): void }>): Promise<void> => {
      const s = await step;
      owned.push(s);
      dispatches.push(...s.dispatches);
    };

    if (input.score === 'dot') {
      if (dq !== dk) throw new RangeError(`attention: dot needs Dq = Dk, got ${dq} and ${dk}`);
      await record(createMatmul(device, { a: queries, b: keys, out: scores, rows: S, inner: dk, cols: T, transposeB: true, label: 'dot scores' }));
    } else if (input.score === 'general') {
      const projected = buffer(S * dk, 'Wᵀq');
      await record(
        createMatmul(device, {
          a: queries,
          b: buffer(dq * dk, 'W', input.W.data),
          out: projected,
          rows: S,
          inner: dq,
          cols: dk,
          label: 'general Wᵀq',
        }),
      );
      await record(
        createMatmul(device, {
          a: projected,
          b: keys,
          out: scores,
          rows: S,
          inner: dk,
          cols: T,
          transposeB: true,
          label: 'general scores',
        }),
      );
    } else {
      const A = input.W.rows;
      const wq = buffer(S * A, 'Wq + b');
      const uh = buffer(T * A, 'Uh');
      await record(
        createMatmul(device, {
          a: queries,
          b: buffer(A * dq, 'W', input.W.data),
          bias: buffer(A, 'b', input.b),
          out: wq,
          rows: S,
          inner: dq,
          cols: A,
          transposeB: true,
          label: 'additive Wq + b',
        }),
      );
      await record(
        createMatmul(device, {
          a: keys,
          b: buffer(A * dk, 'U', input.U.data),
          out: uh,
          rows: T,
          inner: dk,
          cols: A,
          transposeB: true,
          label: 'additive Uh',
        }),
      );
      const kernel = await getComputeKernel(device, {
        label: 'additive scores',
        code: ADDITIVE_SCORES_WGSL,
        entryPoint: 'additive_scores',
      });
      const view = kernel.uniformView('additive_params');
      view.set({ steps: S, positions: T, hidden: A, bv: input.bv });
      const params = createUniformBuffer(device, view, 'additive params');
      owned.push(params);
      const bindGroup = kernel.bindGroup({
        additive_wq: wq,
        additive_uh: uh,
        additive_v: buffer(A, 'v', input.v),
        additive_scores_out: scores,
        additive_params: params,
      });
      dispatches.push({
        pipeline: kernel.pipeline,
        bindGroup,
        workgroups: Math.ceil((S * T) / kernel.workgroupSize),
        label: 'additive scores',
      });
    }
    await record(createRowSoftmax(device, { input: scores, output: weights, rows: S, cols: T, mask, label: 'attention weights' }));
    await record(createMatmul(device, { a: weights, b: values, out: contexts, rows: S, inner: T, cols: dv, label: 'context' }));

    const encoder = device.createCommandEncoder({ label: 'attention' });
    const pass = encoder.beginComputePass({ label: 'attention chain' });
    encodeDispatches(pass, dispatches);
    pass.end();
    const [e, a, c] = await readBackF32(
      device,
      [
        { buffer: scores, count: S * T },
        { buffer: weights, count: S * T },
        { buffer: contexts, count: S * dv },
      ],
      encoder,
    );
    const scoreMatrix = f64(e!, S, T);
    for (let t = 0; t < S; t++) for (let j = 0; j < T; j++) if (!input.mask[j]) scoreMatrix.data[t * T + j] = Number.NEGATIVE_INFINITY;
    return { scores: scoreMatrix, weights: f64(a!, S, T), contexts: f64(c!, S, dv) };
  } finally {
    for (const o of owned) o.destroy();
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
