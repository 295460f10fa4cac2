/**
 * The reorder model of core/models/attention/trained/reorder-model.ts in TensorFlow.js (Bahdanau et al. 2014 §3,
 * Appendix A; tanh units, linear output), batched over phrases of one length, with teacher forcing: the loss is
 * the mean cross-entropy of every target word given the previous true word.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ReorderWeights } from '#core/models/attention/trained/reorder-model.ts';

type V2 = tf.Variable<tf.Rank.R2>;
type V1 = tf.Variable<tf.Rank.R1>;

/** The weights as tfjs variables, in the reference's shapes (rows are output units). */
export interface TfReorder {
  readonly sourceEmbedding: V2;
  readonly targetEmbedding: V2;
  readonly forward: { readonly W: V2; readonly U: V2; readonly b: V1 };
  readonly backward: { readonly W: V2; readonly U: V2; readonly b: V1 };
  readonly init: { readonly W: V2; readonly b: V1 };
  readonly attention: { readonly W: V2; readonly U: V2; readonly b: V1; readonly v: V1 };
  readonly decoder: { readonly Ws: V2; readonly Wy: V2; readonly Wc: V2; readonly b: V1 };
  readonly output: { readonly W: V2; readonly b: V1 };
}

const m2 = (m: readonly (readonly number[])[]): V2 => tf.variable(tf.tensor2d(m.map((r) => [...r])));
const m1 = (v: readonly number[]): V1 => tf.variable(tf.tensor1d([...v]));

/** Variables holding `w`. */
export function toVariables(w: ReorderWeights): TfReorder {
  const rec = (r: ReorderWeights['forward']): TfReorder['forward'] => ({ W: m2(r.W), U: m2(r.U), b: m1(r.b) });
  return {
    sourceEmbedding: m2(w.sourceEmbedding),
    targetEmbedding: m2(w.targetEmbedding),
    forward: rec(w.forward),
    backward: rec(w.backward),
    init: { W: m2(w.init.W), b: m1(w.init.b) },
    attention: { W: m2(w.attention.W), U: m2(w.attention.U), b: m1(w.attention.b), v: m1(w.attention.v) },
    decoder: { Ws: m2(w.decoder.Ws), Wy: m2(w.decoder.Wy), Wc: m2(w.decoder.Wc), b: m1(w.decoder.b) },
    output: { W: m2(w.output.W), b: m1(w.output.b) },
  };
}

/** The variables' values as plain weights, rounded to `digits` significant digits. */
export function fromVariables(v: TfReorder, digits = 7): ReorderWeights {
  const r = (x: number): number => Number(x.toPrecision(digits));
  const a2 = (t: V2): number[][] => t.arraySync().map((row) => row.map(r));
  const a1 = (t: V1): number[] => t.arraySync().map(r);
  const rec = (x: TfReorder['forward']): ReorderWeights['forward'] => ({ W: a2(x.W), U: a2(x.U), b: a1(x.b) });
  return {
    sourceEmbedding: a2(v.sourceEmbedding),
    targetEmbedding: a2(v.targetEmbedding),
    forward: rec(v.forward),
    backward: rec(v.backward),
    init: { W: a2(v.init.W), b: a1(v.init.b) },
    attention: { W: a2(v.attention.W), U: a2(v.attention.U), b: a1(v.attention.b), v: a1(v.attention.v) },
    decoder: { Ws: a2(v.decoder.Ws), Wy: a2(v.decoder.Wy), Wc: a2(v.decoder.Wc), b: a1(v.decoder.b) },
    output: { W: a2(v.output.W), b: a1(v.output.b) },
  };
}

/** x W^T + b for x of shape [B, in]. */
const dense = (x: tf.Tensor, W: tf.Tensor, b?: tf.Tensor): tf.Tensor => (b ? tf.add(tf.matMul(x, W, false, true), b) : tf.matMul(x, W, false, true));

/** The teacher-forced forward pass: per target position, the attention weights [B, T] and the logits [B, V]. */
export function forcedForward(
  v: TfReorder,
  sources: readonly (readonly number[])[],
  previous: readonly (readonly number[])[],
): { weights: tf.Tensor[]; logits: tf.Tensor[] } {
  const b = sources.length;
  const t = sources[0]!.length;
  const x = Array.from({ length: t }, (_, j) =>
    tf.gather(
      v.sourceEmbedding,
      tf.tensor1d(
        sources.map((s) => s[j]!),
        'int32',
      ),
    ),
  );
  const size = v.forward.b.shape[0];
  const run = (r: TfReorder['forward'], order: number[]): tf.Tensor[] => {
    const out: tf.Tensor[] = new Array<tf.Tensor>(t);
    let h: tf.Tensor = tf.zeros([b, size]);
    for (const j of order) {
      h = tf.tanh(tf.add(dense(x[j]!, r.W, r.b), dense(h, r.U)));
      out[j] = h;
    }
    return out;
  };
  const positions = Array.from({ length: t }, (_, j) => j);
  const f = run(v.forward, positions);
  const back = run(v.backward, [...positions].reverse());
  const keys = tf.stack(
    positions.map((j) => tf.concat([f[j]!, back[j]!], 1)),
    1,
  ); // [B, T, 2H]
  const a = v.attention;
  const uh = tf.reshape(dense(tf.reshape(keys, [b * t, 2 * size]), a.U), [b, t, -1]); // [B, T, A]
  let s = tf.tanh(dense(back[0]!, v.init.W, v.init.b));
  const weights: tf.Tensor[] = [];
  const logits: tf.Tensor[] = [];
  for (let i = 0; i < previous[0]!.length; i++) {
    const ws = tf.reshape(dense(s, a.W, a.b), [b, 1, -1]);
    const e = tf.sum(tf.mul(tf.tanh(tf.add(uh, ws)), a.v), 2); // [B, T]
    const alpha = tf.softmax(e);
    const context = tf.sum(tf.mul(tf.reshape(alpha, [b, t, 1]), keys), 1); // [B, 2H]
    const y = tf.gather(
      v.targetEmbedding,
      tf.tensor1d(
        previous.map((p) => p[i]!),
        'int32',
      ),
    );
    const d = v.decoder;
    s = tf.tanh(tf.add(tf.add(dense(s, d.Ws, d.b), dense(y, d.Wy)), dense(context, d.Wc)));
    weights.push(alpha);
    logits.push(dense(tf.concat([s, context], 1), v.output.W, v.output.b));
  }
  return { weights, logits };
}

/** Mean cross-entropy of the targets (ids, [B][S]) under the teacher-forced logits. */
export function reorderLoss(logits: readonly tf.Tensor[], targets: readonly (readonly number[])[], vocabulary: number): tf.Scalar {
  const terms = logits.map((l, i) =>
    tf.losses.softmaxCrossEntropy(
      tf.oneHot(
        tf.tensor1d(
          targets.map((t) => t[i]!),
          'int32',
        ),
        vocabulary,
      ),
      l,
    ),
  );
  return tf.div(tf.addN(terms), terms.length);
}
