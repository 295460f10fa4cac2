/**
 * The attention chain's buffers and dispatches for one sequence, recorded but not submitted: the engine
 * (attention-gpu-engine.ts) encodes them once and reads back; the benchmark (bench/attention-bench.ts) times each
 * dispatch alone and the chain repeated. Bahdanau, Cho & Bengio 2014 eqs. 5–6; Luong, Pham & Manning 2015 eq. 8.
 *
 * The chain (Q: S × Dq queries, H: T × Dk keys, V: T × Dv values; products ·Bᵀ by rows-dot.ts):
 * - dot:      E = Q·Hᵀ;
 * - general:  P = Q·W (S × Dk, i.e. Wᵀq per step; shaders/common/matmul.wgsl), E = P·Hᵀ;
 * - additive: WQ = Q·Wᵀ + b (S × A), UH = H·Uᵀ (T × A), E = b_v + Σ_a v_a tanh(WQ + UH) (shaders/attention/additive-scores.wgsl, A padded to a multiple of 4);
 * then α = softmax of each row of E over the kept positions and C = α·V (weighted-values.ts: barrier-free blocks).
 */
import { createF32Buffer, createUniformBuffer } from '../common/buffers.ts';
import type { ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { createMatmul } from '../common/matmul.ts';
import { createMaskBuffer } from '../common/row-softmax.ts';
import { ADDITIVE_SCORES_WGSL } from './attention-shaders.ts';
import { createRowsDot } from './rows-dot.ts';
import { createWeightedValues } from './weighted-values.ts';
import type { AttentionSequenceInput } from '../../models/attention/types.ts';

/** A recorded chain: run `dispatches` in order in one compute pass, then read `scores`, `weights`, `contexts`. */
export interface AttentionPlan {
  readonly steps: number;
  readonly positions: number;
  readonly valueSize: number;
  readonly dispatches: readonly ComputeDispatch[];
  /** S × T raw scores (masked entries hold whatever the score function gave). */
  readonly scores: GPUBuffer;
  /** S × T weights. */
  readonly weights: GPUBuffer;
  /** S × Dv contexts. */
  readonly contexts: GPUBuffer;
  /** Destroys every buffer the plan created. */
  destroy(): void;
}

/** Creates the buffers of one sequence (inputs uploaded as float32) and records its dispatches. */
export async function recordAttentionPlan(device: GPUDevice, input: AttentionSequenceInput): Promise<AttentionPlan> {
  const S = input.queries.rows;
  const dq = input.queries.columns;
  const T = input.keys.rows;
  const dk = input.keys.columns;
  const dv = input.values.columns;
  if (input.mask.length !== T) throw new RangeError(`attention: mask has ${input.mask.length} entries for ${T} positions`);
  if (input.values.rows !== T) throw new RangeError(`attention: ${input.values.rows} values for ${T} keys`);
  if (input.score === 'dot' && dq !== dk) throw new RangeError(`attention: dot needs Dq = Dk, got ${dq} and ${dk}`);

  const owned: { destroy(): void }[] = [];
  const destroy = (): void => owned.forEach((o) => o.destroy());
  const buffer = (count: number, label: string, data?: ArrayLike<number>): GPUBuffer => {
    const b = createF32Buffer(device, count, label, data);
    owned.push(b);
    return b;
  };
  const dispatches: ComputeDispatch[] = [];
  const record = async (step: Promise<{ dispatches: readonly ComputeDispatch[]; destroy(): void }>): Promise<void> => {
    const s = await step;
    owned.push(s);
    dispatches.push(...s.dispatches);
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

    if (input.score === 'dot') {
      await record(createRowsDot(device, { a: queries, b: keys, out: scores, rows: S, inner: dk, cols: T, label: 'dot scores' }));
    } else if (input.score === 'general') {
      const projected = buffer(S * dk, 'Wᵀq');
      const W = buffer(dq * dk, 'W', input.W.data);
      await record(createMatmul(device, { a: queries, b: W, out: projected, rows: S, inner: dq, cols: dk, label: 'general Wᵀq' }));
      await record(createRowsDot(device, { a: projected, b: keys, out: scores, rows: S, inner: dk, cols: T, label: 'general scores' }));
    } else {
      // A padded to a multiple of 4 with zero rows of W and U and zeros in b and v (new buffers are zero-filled):
      // each padded hidden unit adds v·tanh(0) = 0, and additive-scores.wgsl reads vec4s.
      const A = Math.ceil(input.W.rows / 4) * 4;
      const wq = buffer(S * A, 'Wq + b');
      const uh = buffer(T * A, 'Uh');
      const W = buffer(A * dq, 'W', input.W.data);
      const U = buffer(A * dk, 'U', input.U.data);
      const bias = buffer(A, 'b', input.b);
      await record(createRowsDot(device, { a: queries, b: W, bias, out: wq, rows: S, inner: dq, cols: A, label: 'additive Wq + b' }));
      await record(createRowsDot(device, { a: keys, b: U, out: uh, rows: T, inner: dk, cols: A, label: 'additive Uh' }));
      const kernel = await getComputeKernel(device, {
        label: 'additive scores',
        code: ADDITIVE_SCORES_WGSL,
        entryPoint: 'additive_scores',
        constants: { WORKGROUP_SIZE: 64 },
      });
      const view = kernel.uniformView('additive_params');
      view.set({ steps: S, positions: T, hidden4: A / 4, bv: input.bv });
      const params = createUniformBuffer(device, view, 'additive params');
      owned.push(params);
      const bindGroup = kernel.bindGroup({
        additive_wq: wq,
        additive_uh: uh,
        additive_v: buffer(A, 'v', input.v),
        additive_scores_out: scores,
        additive_params: params,
      });
      dispatches.push({ pipeline: kernel.pipeline, bindGroup, workgroups: Math.ceil((S * T) / kernel.workgroupSize), label: 'additive scores' });
    }
    await record(createWeightedValues(device, { scores, mask, weights, values, out: contexts, steps: S, positions: T, valueSize: dv }));
    return { steps: S, positions: T, valueSize: dv, dispatches, scores, weights, contexts, destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}
