/**
 * The trained copy NTM's controller in float64: an LSTM cell (Hochreiter & Schmidhuber 1997, in the form of
 * Graves 2013 eqs. 7–11 without peephole connections) and the linear head layer whose pre-activations, clipped
 * to ±clip, become each head's parameters through the activations of Graves, Wayne & Danihelka 2014 §3.1–3.3.
 */
import { softmax } from '#core/math/softmax.ts';
import type { NtmHeadParameters } from '../step-input.ts';
import { controllerInputWidth, headLayerLayout, type HeadLayout, type NtmCopySizes } from './sizes.ts';

/** The controller's and output layer's weights, as stored in the weight file (row-major nested arrays). */
export interface NtmCopyWeights {
  /** [I + H][4H]: the rows multiply [x; h_{t−1}], the columns are the gates i, f, g, o (H each). */
  readonly lstmKernel: readonly (readonly number[])[];
  readonly lstmBias: readonly number[];
  /** [H][P], the head layer (layout: {@link headLayerLayout}). */
  readonly headKernel: readonly (readonly number[])[];
  readonly headBias: readonly number[];
  /** [H + M][bits], the output layer on [h_t; r_t]. */
  readonly outKernel: readonly (readonly number[])[];
  readonly outBias: readonly number[];
}

/** The LSTM's state. */
export interface LstmState {
  readonly h: Float64Array;
  readonly c: Float64Array;
}

/** σ(x) = 1 / (1 + e^{−x}), written so neither branch overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** softplus(x) = log(1 + e^x) = max(x, 0) + log(1 + e^{−|x|}). */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** out_j = b_j + Σ_i v_i W[i][j] (a row vector times a matrix, plus a bias). */
export function affine(v: ArrayLike<number>, kernel: readonly (readonly number[])[], bias: readonly number[]): Float64Array {
  const out = Float64Array.from(bias);
  for (let i = 0; i < v.length; i++) {
    const vi = v[i]!;
    if (vi === 0) continue;
    const row = kernel[i]!;
    for (let j = 0; j < out.length; j++) out[j]! += vi * row[j]!;
  }
  return out;
}

/**
 * One LSTM step, Graves 2013 eqs. 7–11 (no peepholes): z = W [x; h_{t−1}] + b split into i, f, g, o;
 * i = σ(z_i), f = σ(z_f), o = σ(z_o) (eqs. 7, 8, 10), c_t = f c_{t−1} + i tanh(z_g) (eq. 9), h_t = o tanh(c_t) (eq. 11).
 */
export function lstmStep(weights: NtmCopyWeights, x: ArrayLike<number>, state: LstmState): LstmState {
  const hidden = state.h.length;
  const joined = new Float64Array(x.length + hidden);
  joined.set(Array.from(x));
  joined.set(state.h, x.length);
  const z = affine(joined, weights.lstmKernel, weights.lstmBias);
  const h = new Float64Array(hidden);
  const c = new Float64Array(hidden);
  for (let j = 0; j < hidden; j++) {
    const i = sigmoid(z[j]!);
    const f = sigmoid(z[hidden + j]!);
    const g = Math.tanh(z[2 * hidden + j]!);
    const o = sigmoid(z[3 * hidden + j]!);
    c[j] = f * state.c[j]! + i * g;
    h[j] = o * Math.tanh(c[j]!);
  }
  return { h, c };
}

function headParameters(z: Float64Array, at: HeadLayout, m: number): NtmHeadParameters {
  const slice = (from: number, n: number): Float64Array => z.slice(from, from + n);
  return {
    key: slice(at.key, m).map(Math.tanh), // k_t = tanh(·), in [−1, 1]^M
    beta: softplus(z[at.beta]!), // β_t ≥ 0 (§3.3.1)
    gate: sigmoid(z[at.gate]!), // g_t ∈ (0, 1) (§3.3.2)
    shift: Float64Array.from(softmax(slice(at.shift, 3))), // s_t over offsets −1, 0, +1 (§3.3.2)
    gamma: 1 + softplus(z[at.gamma]!), // γ_t ≥ 1 (eq. 9)
    erase: at.erase === undefined ? new Float64Array(m) : slice(at.erase, m).map(sigmoid), // e_t ∈ (0, 1)^M (eq. 3)
    add: at.add === undefined ? new Float64Array(m) : slice(at.add, m).map(Math.tanh), // a_t (eq. 4)
  };
}

/** The controller's output at one step: both heads' parameters (the read head's erase and add are zero). */
export interface ControllerOutput {
  readonly state: LstmState;
  readonly read: NtmHeadParameters;
  readonly write: NtmHeadParameters;
}

/**
 * The controller at step t: the LSTM on [x_t; r_{t−1}], then the head layer z = clip(W_h h_t + b_h, ±clip)
 * and the heads' activations.
 */
export function controllerStep(
  sizes: NtmCopySizes,
  weights: NtmCopyWeights,
  x: ArrayLike<number>,
  previousRead: ArrayLike<number>,
  state: LstmState,
): ControllerOutput {
  const input = new Float64Array(controllerInputWidth(sizes));
  input.set(Array.from(x));
  input.set(Array.from(previousRead), x.length);
  const next = lstmStep(weights, input, state);
  const z = affine(next.h, weights.headKernel, weights.headBias).map((v) => Math.min(sizes.clip, Math.max(-sizes.clip, v)));
  const layout = headLayerLayout(sizes.memoryWidth);
  return {
    state: next,
    read: headParameters(z, layout.read, sizes.memoryWidth),
    write: headParameters(z, layout.write, sizes.memoryWidth),
  };
}

/** The output y_t = σ(W_y [h_t; r_t] + b_y), one probability per bit. */
export function copyOutput(weights: NtmCopyWeights, h: Float64Array, read: ArrayLike<number>): Float64Array {
  const joined = new Float64Array(h.length + read.length);
  joined.set(h);
  joined.set(Array.from(read), h.length);
  return affine(joined, weights.outKernel, weights.outBias).map(sigmoid);
}
