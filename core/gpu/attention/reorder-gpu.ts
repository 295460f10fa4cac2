/**
 * The trained reorder model's encoder and decoder cells on WebGPU (core/models/attention/trained/reorder-model.ts,
 * Bahdanau, Cho & Bengio 2014 §3.2, eq. 4 and Appendix A.2.2): every cell is a dense layer, its matrices
 * concatenated by rows ([W | U] on [x; h], [W_s | W_y | W_c] on [s; E y; c], W_o on [s; c]) and run as a common
 * dense layer (core/gpu/common/dense.ts: the matmul as x · Wᵀ + b, then tanh in place) or, for the output, the
 * common softmax. The attention stage between them is the attention engine's (attention-gpu-engine.ts), so the
 * whole greedy translation runs in WGSL, matching the float64 reference within 1e-5 and giving the same words.
 * The encoder's 2T cell steps go in one command buffer with one read-back; each decoder step reads back its
 * attention and its state and distribution (the host picks the next word, as the reference does).
 */
import { createF32Buffer, readBackF32, writeF32 } from '../common/buffers.ts';
import { createDenseLayer, type DenseActivation, type DenseLayer } from '../common/dense.ts';
import { recordDispatches, type ComputeDispatch } from '../common/dispatch.ts';
import { createSoftmax } from '../common/softmax.ts';
import type { AttentionInput, AttentionResult } from '../../models/attention/types.ts';
import {
  decodeSteps,
  type DecodeOptions,
  type DecoderStep,
  type Recurrent,
  type ReorderWeights,
  type Translation,
} from '../../models/attention/trained/reorder-model.ts';

type Rows = readonly (readonly number[])[];

/** The model's cells on a device, each one dispatch chain with one read-back (to check a single cell). */
export interface ReorderCellsGpu {
  /** →h_j or ←h_j = tanh(W x + U h + b) (§3.2). */
  recurrent(direction: 'forward' | 'backward', x: readonly number[], h: readonly number[]): Promise<number[]>;
  /** s_0 = tanh(W_init ←h_1 + b_init). */
  init(backwardFirst: readonly number[]): Promise<number[]>;
  /** s_i = tanh(W_s s_{i−1} + W_y E y_{i−1} + W_c c_i + b_s) (eq. 4). */
  decoder(previous: readonly number[], previousId: number, context: readonly number[]): Promise<number[]>;
  /** softmax(W_o [s_i; c_i] + b_o). */
  output(state: readonly number[], context: readonly number[]): Promise<number[]>;
}

/** The whole model on a device. */
export interface ReorderGpu {
  readonly cells: ReorderCellsGpu;
  /** The encoder states h_1 … h_T (T × 2H): all 2T cell steps in one submit, one read-back. */
  encode(ids: readonly number[]): Promise<number[][]>;
  /** Greedy (or teacher-forced) translation of source ids, every number computed in WGSL. */
  translate(ids: readonly number[], options?: DecodeOptions): Promise<Translation>;
  destroy(): void;
}

const joinRows = (...blocks: Rows[]): number[] => blocks[0]!.flatMap((_, i) => blocks.flatMap((b) => [...b[i]!]));

/** Uploads `weights` to `device` and records every cell; `attention` runs the additive attention stage (e.g. the GPU engine's `step`). */
export async function createReorderGpu(
  device: GPUDevice,
  weights: ReorderWeights,
  attention: (input: AttentionInput) => Promise<AttentionResult>,
): Promise<ReorderGpu> {
  const own: GPUBuffer[] = [];
  const releases: (() => void)[] = [];
  const f32 = (count: number, label: string, data?: ArrayLike<number>): GPUBuffer => {
    const b = createF32Buffer(device, count, label, data);
    own.push(b);
    return b;
  };
  const dense = async (label: string, blocks: Rows[], bias: readonly number[], activation: DenseActivation): Promise<DenseLayer> => {
    const layer = await createDenseLayer(device, {
      weights: joinRows(...blocks),
      layout: 'units-by-inputs',
      units: bias.length,
      width: blocks.reduce((sum, b) => sum + b[0]!.length, 0),
      bias,
      activation,
      label,
    });
    releases.push(() => layer.destroy());
    return layer;
  };
  const recurrent = (label: string, r: Recurrent): Promise<DenseLayer> => dense(label, [r.W, r.U], r.b, 'tanh');
  const hidden = weights.forward.b.length;
  const embedding = weights.sourceEmbedding[0]!.length;
  const layers = {
    forward: await recurrent('reorder forward cell', weights.forward),
    backward: await recurrent('reorder backward cell', weights.backward),
    init: await dense('reorder initial state', [weights.init.W], weights.init.b, 'tanh'),
    decoder: await dense('reorder decoder cell', [weights.decoder.Ws, weights.decoder.Wy, weights.decoder.Wc], weights.decoder.b, 'tanh'),
    output: await dense('reorder output layer', [weights.output.W], weights.output.b, 'identity'),
  };
  const probabilities = f32(layers.output.units, 'reorder probabilities');
  const softmax = await createSoftmax(device, { input: layers.output.output, output: probabilities, n: layers.output.units, label: 'reorder output softmax' });
  releases.push(() => softmax.destroy());
  const sourceEmbedding = f32(weights.sourceEmbedding.length * embedding, 'reorder source embedding', weights.sourceEmbedding.flat());

  /** Writes `input` into a layer, runs it and reads back `output` (or `from` when given). */
  const runLayer = async (layer: DenseLayer, input: readonly number[], extra: readonly ComputeDispatch[] = [], from?: { buffer: GPUBuffer; count: number }) => {
    if (input.length !== layer.width) throw new RangeError(`reorder cell: input has ${input.length} numbers, the layer takes ${layer.width}`);
    writeF32(device, layer.input, input);
    const encoder = recordDispatches(device, [...layer.dispatches, ...extra]);
    const [out] = await readBackF32(device, [from ?? { buffer: layer.output, count: layer.units }], encoder);
    return Array.from(out!);
  };
  const cells: ReorderCellsGpu = {
    recurrent: (direction, x, h) => runLayer(layers[direction], [...x, ...h]),
    init: (backwardFirst) => runLayer(layers.init, backwardFirst),
    decoder: (previous, previousId, context) => runLayer(layers.decoder, [...previous, ...weights.targetEmbedding[previousId]!, ...context]),
    output: (state, context) => runLayer(layers.output, [...state, ...context], softmax.dispatches, { buffer: probabilities, count: layers.output.units }),
  };

  const encode = async (ids: readonly number[]): Promise<number[][]> => {
    const T = ids.length;
    const keys = f32(T * 2 * hidden, 'reorder keys');
    try {
      const encoder = device.createCommandEncoder({ label: 'reorder encoder' });
      const copy = (from: GPUBuffer, fromIndex: number, to: GPUBuffer, toIndex: number, count: number): void =>
        encoder.copyBufferToBuffer(from, 4 * fromIndex, to, 4 * toIndex, 4 * count);
      const positions = ids.map((_, j) => j);
      for (const [layer, order, column] of [
        [layers.forward, positions, 0],
        [layers.backward, [...positions].reverse(), hidden],
      ] as const) {
        writeF32(device, layer.input, new Float32Array(layer.width)); // h_0 = 0
        for (const j of order) {
          copy(sourceEmbedding, ids[j]! * embedding, layer.input, 0, embedding);
          recordDispatches(device, layer.dispatches, encoder);
          copy(layer.output, 0, layer.input, embedding, hidden);
          copy(layer.output, 0, keys, j * 2 * hidden + column, hidden);
        }
      }
      const [out] = await readBackF32(device, [{ buffer: keys, count: T * 2 * hidden }], encoder);
      return positions.map((j) => Array.from(out!.subarray(j * 2 * hidden, (j + 1) * 2 * hidden)));
    } finally {
      keys.destroy();
      own.splice(own.indexOf(keys), 1);
    }
  };

  const a = weights.attention;
  const matrix = (rows: Rows) => ({ rows: rows.length, columns: rows[0]!.length, data: Float64Array.from(rows.flat()) });
  const scoreParameters = { score: 'additive', W: matrix(a.W), U: matrix(a.U), v: Float64Array.from(a.v), b: Float64Array.from(a.b), bv: 0 } as const;
  const step = async (keys: number[][], previous: readonly number[], previousId: number): Promise<DecoderStep> => {
    const k = matrix(keys);
    const attended = await attention({ ...scoreParameters, query: Float64Array.from(previous), keys: k, values: k, mask: keys.map(() => true) });
    const context = Array.from(attended.context);
    const state = await cells.decoder(previous, previousId, context);
    const probabilities = await cells.output(state, context);
    return { query: [...previous], scores: Array.from(attended.scores), weights: Array.from(attended.weights), context, state, probabilities };
  };

  return {
    cells,
    encode,
    async translate(ids, options = {}) {
      const keys = await encode(ids);
      const run = decodeSteps(ids.length, await cells.init(keys[0]!.slice(hidden)), options);
      let next = run.next();
      while (!next.done) next = run.next(await step(keys, next.value.previous, next.value.previousId));
      return { keys, ...next.value };
    },
    destroy() {
      for (const release of releases) release();
      for (const b of own) b.destroy();
    },
  };
}
