/**
 * The baseline of Graves, Wayne & Danihelka 2014 (§4.1, Fig. 3): a plain LSTM (Graves 2013, eqs. 7–11) reading
 * the same copy inputs, with a sigmoid output layer, trained on the same data with the same budget.
 */
import * as tf from '@tensorflow/tfjs-core';
import { lstmStep } from './model.ts';

/** The baseline's trainable tensors. */
export interface LstmTensors {
  /** [bits + 1 + H, 4H]. */
  readonly lstmKernel: tf.Tensor2D;
  readonly lstmBias: tf.Tensor1D;
  /** [H, bits]. */
  readonly outKernel: tf.Tensor2D;
  readonly outBias: tf.Tensor1D;
}

/** Output logits [b, T, bits] for inputs [b, T, bits + 1], from a zero state. */
export function runLstm(v: LstmTensors, hidden: number, inputs: tf.Tensor3D): tf.Tensor3D {
  const [batch, steps] = inputs.shape;
  let h = tf.zeros([batch, hidden]) as tf.Tensor2D;
  let c = tf.zeros([batch, hidden]) as tf.Tensor2D;
  const logits: tf.Tensor2D[] = [];
  for (let t = 0; t < steps; t++) {
    const x = tf.squeeze(tf.slice(inputs, [0, t, 0], [-1, 1, -1]), [1]) as tf.Tensor2D;
    [h, c] = lstmStep(v.lstmKernel, v.lstmBias, x, h, c);
    logits.push(tf.add(tf.matMul(h, v.outKernel), v.outBias) as tf.Tensor2D);
  }
  return tf.stack(logits, 1) as tf.Tensor3D;
}
