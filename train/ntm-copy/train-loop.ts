/**
 * The training loop shared by the copy NTM and its LSTM baseline: seeded batches of copy examples (one length
 * per batch, uniform in 1..L_cur with a curriculum on L_cur), sigmoid cross-entropy on the answer phase, Adam
 * with the gradient clipped to a global norm, and rounded checkpoints.
 */
import * as tf from '@tensorflow/tfjs-core';
import { seededRandom } from '#core/math/random.ts';
import { copyExample, copyMemorySlots } from '#core/models/ntm/trained/copy-data.ts';

/** A model the loop can train: its variables and its logits for a batch. */
export interface TrainableModel {
  readonly variables: Record<string, tf.Variable>;
  /** Logits [b, 2L + 1, bits] for inputs [b, 2L + 1, bits + 1] with `slots` memory rows (ignored by the LSTM). */
  logits(inputs: tf.Tensor3D, slots: number): tf.Tensor3D;
}

/** Options of one training run. */
export interface LoopOptions {
  readonly steps: number;
  readonly seed: number;
  readonly bits: number;
  readonly maxLength: number;
  /** The curriculum's first maximum length (it grows by one whenever the running loss per bit falls below 0.05). */
  readonly startLength: number;
  readonly batch: number;
  readonly learningRate: number;
  readonly clipNorm: number;
  /** Number of checkpoints, evenly spaced from step 0 to the last step (both included). */
  readonly checkpoints: number;
  readonly log: (line: string) => void;
}

/** Weights as plain nested arrays, rounded to 6 significant digits. */
export type WeightArrays = Record<string, number[] | number[][]>;

/** What a run returns. */
export interface LoopResult {
  readonly weights: WeightArrays;
  readonly checkpoints: { step: number; loss: number; weights: WeightArrays }[];
  readonly finalLoss: number;
  readonly finalCurriculumLength: number;
}

/** x rounded to 6 significant digits (what the weight file stores). */
export function round6(x: number): number {
  return Number(x.toPrecision(6));
}

/** The variables' values, rounded, as nested arrays. */
export function snapshot(variables: Record<string, tf.Variable>): WeightArrays {
  const out: WeightArrays = {};
  for (const [name, v] of Object.entries(variables)) {
    const data = Array.from(v.dataSync(), round6);
    out[name] = v.shape.length === 1 ? data : Array.from({ length: v.shape[0]! }, (_, i) => data.slice(i * v.shape[1]!, (i + 1) * v.shape[1]!));
  }
  return out;
}

/** A batch of `batch` copy examples of one length, as tensors. */
export function copyBatch(random: ReturnType<typeof seededRandom>, batch: number, length: number, bits: number): { inputs: tf.Tensor3D; targets: tf.Tensor3D } {
  const examples = Array.from({ length: batch }, () => copyExample(random, length, bits));
  return { inputs: tf.tensor3d(examples.map((e) => e.input)), targets: tf.tensor3d(examples.map((e) => e.target)) };
}

/** Mean sigmoid cross-entropy of the answer phase (the last L steps) against the targets [b, L, bits]. */
export function answerLoss(logits: tf.Tensor3D, targets: tf.Tensor3D): tf.Scalar {
  const length = targets.shape[1];
  const answer = tf.slice(logits, [0, length + 1, 0], [-1, length, -1]);
  // max(z, 0) − z·t + log(1 + e^{−|z|})
  const ce = tf.add(tf.sub(tf.relu(answer), tf.mul(answer, targets)), tf.log1p(tf.exp(tf.neg(tf.abs(answer)))));
  return tf.mean(ce) as tf.Scalar;
}

/** Runs the loop; the batches come from `seed`, so the same options give the same weights. */
export function trainLoop(model: TrainableModel, o: LoopOptions): LoopResult {
  const random = seededRandom(o.seed);
  const optimizer = tf.train.adam(o.learningRate);
  const varList = Object.values(model.variables);
  const checkpointSteps = new Set(Array.from({ length: o.checkpoints }, (_, i) => Math.round((i * o.steps) / (o.checkpoints - 1))));
  const checkpoints: LoopResult['checkpoints'] = [];
  let current = Math.min(o.startLength, o.maxLength);
  let recentLoss = 0.7;
  for (let step = 0; step <= o.steps; step++) {
    if (checkpointSteps.has(step)) checkpoints.push({ step, loss: round6(recentLoss), weights: snapshot(model.variables) });
    if (step === o.steps) break;
    const length = random.int(1, current);
    const loss = tf.tidy(() => {
      const { inputs, targets } = copyBatch(random, o.batch, length, o.bits);
      const { value, grads } = tf.variableGrads(() => answerLoss(model.logits(inputs, copyMemorySlots(o.maxLength)), targets), varList);
      const norm = Math.sqrt(Object.values(grads).reduce((s, g) => s + tf.sum(tf.square(g)).dataSync()[0]!, 0));
      const scale = norm > o.clipNorm ? o.clipNorm / norm : 1;
      optimizer.applyGradients(Object.entries(grads).map(([name, g]) => ({ name, tensor: tf.mul(g, scale) })));
      return value.dataSync()[0]!;
    });
    recentLoss = 0.98 * recentLoss + 0.02 * loss;
    // Curriculum: a longer maximum once the running loss per bit is small at this one.
    if (current < o.maxLength && recentLoss < 0.05) {
      current += 1;
      recentLoss = 0.2;
    }
    if (step % 100 === 0) o.log(`step ${step} length≤${current} loss ${recentLoss.toFixed(4)}`);
  }
  return { weights: snapshot(model.variables), checkpoints, finalLoss: round6(recentLoss), finalCurriculumLength: current };
}
