/**
 * The copy NTM in TensorFlow.js, batched: the LSTM controller (Graves 2013, eqs. 7–11), the head
 * activations and addressing of Graves, Wayne & Danihelka 2014 (§3.1–3.3, eqs. 2–9), the output layer.
 * Exactly the computation of core/models/ntm/trained/forward.ts (the float64 reference), which the tests check.
 * Per time step: controller on [x_t, r_{t−1}], read head addresses and reads M_{t−1}, write head addresses
 * M_{t−1} and writes, output y_t = σ(W_y [h_t; r_t] + b_y).
 */
import * as tf from '@tensorflow/tfjs-core';
import { headLayerLayout, type HeadLayout, type NtmCopySizes } from '#core/models/ntm/trained/sizes.ts';

/** The trainable tensors, named as in the weight file. */
export interface NtmTensors {
  /** [I + H, 4H], gate blocks in the order i, f, g, o. */
  readonly lstmKernel: tf.Tensor2D;
  readonly lstmBias: tf.Tensor1D;
  /** [H, P], the head layer. */
  readonly headKernel: tf.Tensor2D;
  readonly headBias: tf.Tensor1D;
  /** [H + M, bits]. */
  readonly outKernel: tf.Tensor2D;
  readonly outBias: tf.Tensor1D;
}

/** What one batched run returns: output logits and each head's weighting per step. */
export interface NtmRun {
  /** [batch, T, bits]. */
  readonly logits: tf.Tensor3D;
  /** [batch, T, N] each. */
  readonly readWeights: tf.Tensor3D;
  readonly writeWeights: tf.Tensor3D;
}

const EPS_COS = 1e-30;
const EPS_POW = 1e-16;

/** One LSTM step, Graves 2013 eqs. 7–11 (no peepholes): returns [h, c]. */
export function lstmStep(kernel: tf.Tensor2D, bias: tf.Tensor1D, x: tf.Tensor2D, h: tf.Tensor2D, c: tf.Tensor2D): [tf.Tensor2D, tf.Tensor2D] {
  const z = tf.add(tf.matMul(tf.concat([x, h], 1), kernel), bias) as tf.Tensor2D;
  const [zi, zf, zg, zo] = tf.split(z, 4, 1) as tf.Tensor2D[];
  const cNext = tf.add(tf.mul(tf.sigmoid(zf!), c), tf.mul(tf.sigmoid(zi!), tf.tanh(zg!))) as tf.Tensor2D;
  const hNext = tf.mul(tf.sigmoid(zo!), tf.tanh(cNext)) as tf.Tensor2D;
  return [hNext, cNext];
}

function softplus(x: tf.Tensor): tf.Tensor {
  // log(1 + e^x) = max(x, 0) + log(1 + e^{−|x|}), stable for any x.
  return tf.add(tf.relu(x), tf.log1p(tf.exp(tf.neg(tf.abs(x)))));
}

/** Addressing, NTM eqs. 5–9, for a batch: memory [b, N, M], previous weights [b, N]; returns w [b, N]. */
function address(memory: tf.Tensor3D, previous: tf.Tensor2D, z: tf.Tensor2D, at: HeadLayout, m: number): tf.Tensor2D {
  const key = tf.tanh(tf.slice(z, [0, at.key], [-1, m]));
  const beta = softplus(tf.slice(z, [0, at.beta], [-1, 1]));
  const gate = tf.sigmoid(tf.slice(z, [0, at.gate], [-1, 1]));
  const shift = tf.softmax(tf.slice(z, [0, at.shift], [-1, 3]));
  const gamma = tf.add(1, softplus(tf.slice(z, [0, at.gamma], [-1, 1])));
  // eq. 6: cosine similarity of the key with each row.
  const dot = tf.squeeze(tf.matMul(memory, tf.expandDims(key, 2)), [2]);
  const rowNorm2 = tf.sum(tf.square(memory), 2);
  const keyNorm2 = tf.sum(tf.square(key), 1, true);
  const similarity = tf.div(dot, tf.sqrt(tf.add(tf.mul(rowNorm2, keyNorm2), EPS_COS)));
  const content = tf.softmax(tf.mul(beta, similarity)); // eq. 5
  const gated = tf.add(tf.mul(gate, content), tf.mul(tf.sub(1, gate), previous)); // eq. 7
  const n = memory.shape[1];
  const fromNext = tf.concat([tf.slice(gated, [0, 1], [-1, n - 1]), tf.slice(gated, [0, 0], [-1, 1])], 1); // w_g(i+1)
  const fromPrev = tf.concat([tf.slice(gated, [0, n - 1], [-1, 1]), tf.slice(gated, [0, 0], [-1, n - 1])], 1); // w_g(i−1)
  const [s0, s1, s2] = tf.split(shift, 3, 1);
  const shifted = tf.addN([tf.mul(s0!, fromNext), tf.mul(s1!, gated), tf.mul(s2!, fromPrev)]); // eq. 8, offsets −1, 0, +1
  const powered = tf.pow(tf.add(shifted, EPS_POW), gamma); // eq. 9
  return tf.div(powered, tf.sum(powered, 1, true)) as tf.Tensor2D;
}

/**
 * Runs the NTM on a batch of inputs [b, T, bits + 1] with `slots` memory rows, from the constant memory,
 * zero LSTM state and read vector, both heads focused on slot 0.
 */
export function runNtm(v: NtmTensors, sizes: NtmCopySizes, inputs: tf.Tensor3D, slots: number): NtmRun {
  const [batch, steps] = inputs.shape;
  const m = sizes.memoryWidth;
  const layout = headLayerLayout(m);
  let memory = tf.fill([batch, slots, m], sizes.memoryInit) as tf.Tensor3D;
  const oneHot = tf.concat([tf.ones([batch, 1]), tf.zeros([batch, slots - 1])], 1) as tf.Tensor2D;
  let wRead = oneHot;
  let wWrite = oneHot;
  let read = tf.zeros([batch, m]) as tf.Tensor2D;
  let h = tf.zeros([batch, sizes.hidden]) as tf.Tensor2D;
  let c = tf.zeros([batch, sizes.hidden]) as tf.Tensor2D;
  const logits: tf.Tensor2D[] = [];
  const reads: tf.Tensor2D[] = [];
  const writes: tf.Tensor2D[] = [];
  for (let t = 0; t < steps; t++) {
    const x = tf.squeeze(tf.slice(inputs, [0, t, 0], [-1, 1, -1]), [1]) as tf.Tensor2D;
    [h, c] = lstmStep(v.lstmKernel, v.lstmBias, tf.concat([x, read], 1) as tf.Tensor2D, h, c);
    const z = tf.clipByValue(tf.add(tf.matMul(h, v.headKernel), v.headBias), -sizes.clip, sizes.clip) as tf.Tensor2D;
    wRead = address(memory, wRead, z, layout.read, m);
    read = tf.squeeze(tf.matMul(tf.expandDims(wRead, 1), memory), [1]) as tf.Tensor2D; // eq. 2
    wWrite = address(memory, wWrite, z, layout.write, m);
    const erase = tf.sigmoid(tf.slice(z, [0, layout.write.erase!], [-1, m]));
    const add = tf.tanh(tf.slice(z, [0, layout.write.add!], [-1, m]));
    const w3 = tf.expandDims(wWrite, 2);
    // eqs. 3–4: M ∘ (1 − w eᵀ) + w aᵀ.
    memory = tf.add(tf.mul(memory, tf.sub(1, tf.matMul(w3, tf.expandDims(erase, 1)))), tf.matMul(w3, tf.expandDims(add, 1))) as tf.Tensor3D;
    logits.push(tf.add(tf.matMul(tf.concat([h, read], 1), v.outKernel), v.outBias) as tf.Tensor2D);
    reads.push(wRead);
    writes.push(wWrite);
  }
  return {
    logits: tf.stack(logits, 1) as tf.Tensor3D,
    readWeights: tf.stack(reads, 1) as tf.Tensor3D,
    writeWeights: tf.stack(writes, 1) as tf.Tensor3D,
  };
}
