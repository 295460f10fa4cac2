/**
 * The ACT cell of core/models/act/cell.ts written in TensorFlow.js, for training and as the second,
 * independent implementation the forward tests check the float64 reference against (Graves 2016 §2):
 *
 *   s^n = tanh(W_s s^{n−1} + W_x [x ; δ_{n,1}] + b),  y^n = W_y s^n + b_y,  h^n = σ(w_h · s^n + b_h)
 *   N = min{M, min{n′ : Σ_{n≤n′} h^n ≥ 1 − ε}},  R = 1 − Σ_{n<N} h^n,  p^n = h^n (n < N), p^N = R
 *   y = Σ_n p^n y^n (the output's logit; the probability is σ(y)),  ρ = N + R   (§2; ρ, the ponder cost, §2.1)
 *
 * The halting decision N is not differentiable (Graves 2016 §2.1: only R carries the ponder cost's gradient), so
 * it is taken outside the tape from the float32 halting values by the reference's own accumulator
 * (core/models/act/halting.ts); the masks it gives are constants, and p, y and ρ are built from them on the tape.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ActCell } from '#core/models/act/cell.ts';
import { HaltingAccumulator } from '#core/models/act/halting.ts';

/** The cell's weights as tfjs variables, in the reference's shapes (rows are units). */
export interface TfActCell {
  readonly recurrentWeights: tf.Variable<tf.Rank.R2>;
  readonly inputWeights: tf.Variable<tf.Rank.R2>;
  readonly bias: tf.Variable<tf.Rank.R1>;
  readonly outputWeights: tf.Variable<tf.Rank.R2>;
  readonly outputBias: tf.Variable<tf.Rank.R1>;
  readonly haltingWeights: tf.Variable<tf.Rank.R1>;
  readonly haltingBias: tf.Variable<tf.Rank.R0>;
}

/** Variables holding `cell`'s weights (float32). */
export function toVariables(cell: ActCell): TfActCell {
  return {
    recurrentWeights: tf.variable(tf.tensor2d(cell.recurrentWeights.map((r) => [...r]))),
    inputWeights: tf.variable(tf.tensor2d(cell.inputWeights.map((r) => [...r]))),
    bias: tf.variable(tf.tensor1d([...cell.bias])),
    outputWeights: tf.variable(tf.tensor2d(cell.outputWeights.map((r) => [...r]))),
    outputBias: tf.variable(tf.tensor1d([...cell.outputBias])),
    haltingWeights: tf.variable(tf.tensor1d([...cell.haltingWeights])),
    haltingBias: tf.variable(tf.scalar(cell.haltingBias)),
  };
}

/** The variables' current values as a plain cell, each number rounded to `digits` significant digits. */
export function fromVariables(v: TfActCell, digits = 7): ActCell {
  const r = (x: number): number => Number(x.toPrecision(digits));
  const matrix = (t: tf.Tensor2D): number[][] => t.arraySync().map((row) => row.map(r));
  const recurrentWeights = matrix(v.recurrentWeights);
  return {
    stateSize: recurrentWeights.length,
    inputSize: v.inputWeights.shape[1] - 1,
    outputSize: v.outputWeights.shape[0],
    recurrentWeights,
    inputWeights: matrix(v.inputWeights),
    bias: v.bias.arraySync().map(r),
    outputWeights: matrix(v.outputWeights),
    outputBias: v.outputBias.arraySync().map(r),
    haltingWeights: v.haltingWeights.arraySync().map(r),
    haltingBias: r(v.haltingBias.arraySync()),
  };
}

/** The forward pass of a batch of one-step inputs (each from s^0 = 0). */
export interface TfPonderResult {
  /** y for each example, [B] (first output unit). */
  readonly logits: tf.Tensor;
  /** ρ = N + R for each example, [B]. */
  readonly ponderCost: tf.Tensor;
  /** N for each example. */
  readonly steps: number[];
  /** h^1 … h^N for each example (float32 values). */
  readonly halting: number[][];
}

/** Runs the batch `inputs` (B rows of I) through the cell (module comment); call inside a tidy. */
export function ponderBatch(v: TfActCell, inputs: readonly (readonly number[])[], epsilon: number, maxSteps: number): TfPonderResult {
  const b = inputs.length;
  const x = tf.tensor2d(inputs.map((r) => [...r]));
  const withFlag = (flag: number): tf.Tensor2D => tf.concat([x, tf.fill([b, 1], flag)], 1);
  const accumulators = inputs.map(() => new HaltingAccumulator(epsilon, maxSteps));
  const hs: tf.Tensor[] = [];
  const ys: tf.Tensor[] = [];
  let s: tf.Tensor = tf.zeros([b, v.recurrentWeights.shape[0]]);
  let pending = b;
  for (let n = 0; pending > 0; n++) {
    const pre = tf.add(tf.add(tf.matMul(s, v.recurrentWeights, false, true), tf.matMul(withFlag(n === 0 ? 1 : 0), v.inputWeights, false, true)), v.bias);
    s = tf.tanh(pre);
    ys.push(tf.slice(tf.add(tf.matMul(s, v.outputWeights, false, true), v.outputBias), [0, 0], [b, 1]));
    const h = tf.sigmoid(tf.add(tf.matMul(s, tf.reshape(v.haltingWeights, [-1, 1])), v.haltingBias));
    hs.push(h);
    const values = h.dataSync();
    accumulators.forEach((acc, i) => {
      if (!acc.result && acc.push(values[i]!)) pending--;
    });
  }
  const steps = accumulators.map((a) => a.result!.steps);
  const columns = hs.length;
  const mask = (keep: (n: number, steps: number) => boolean): tf.Tensor2D =>
    tf.tensor2d(steps.map((N) => Array.from({ length: columns }, (_, n) => (keep(n + 1, N) ? 1 : 0))));
  const before = mask((n, N) => n < N);
  const last = mask((n, N) => n === N);
  const H = tf.concat(hs, 1);
  const remainder = tf.sub(1, tf.sum(tf.mul(H, before), 1));
  const p = tf.add(tf.mul(H, before), tf.mul(last, tf.reshape(remainder, [-1, 1])));
  const logits = tf.sum(tf.mul(p, tf.concat(ys, 1)), 1);
  const ponderCost = tf.add(tf.tensor1d(steps), remainder);
  const hv = H.dataSync();
  return { logits, ponderCost, steps, halting: steps.map((N, i) => Array.from(hv.subarray(i * columns, i * columns + N))) };
}

/**
 * The training loss of a batch: the binary cross-entropy of σ(y) against the 0/1 targets plus τ times the
 * mean ponder cost (Graves 2016 §2.1, L̂ = L + τ P).
 */
export function parityLoss(result: TfPonderResult, targets: readonly number[], tau: number): tf.Scalar {
  const bce = tf.losses.sigmoidCrossEntropy(tf.tensor1d([...targets]), result.logits);
  return tf.add(bce, tf.mul(tau, tf.mean(result.ponderCost)));
}
