/**
 * One attention decoder step in plain single-threaded JavaScript on Float32Arrays (the benchmark's "plain JS"
 * baseline: no float64, no allocation per step): scores (Luong et al. 2015 eq. 8; Bahdanau et al. 2014 eq. 6),
 * the masked stable softmax and the context c = Σ_j α_j v_j (Bahdanau eq. 5).
 */
import type { AttentionInput } from '#core/models/attention/types.ts';

/** The step's inputs as float32, and its output buffers. */
export interface Float32AttentionStep {
  run(): void;
  readonly weights: Float32Array;
  readonly context: Float32Array;
}

/** Converts `input` to float32 once and returns a step that can run many times. */
export function float32AttentionStep(input: AttentionInput): Float32AttentionStep {
  const T = input.keys.rows;
  const dk = input.keys.columns;
  const dv = input.values.columns;
  const q = Float32Array.from(input.query);
  const keys = Float32Array.from(input.keys.data);
  const values = Float32Array.from(input.values.data);
  const mask = Uint8Array.from(input.mask, (m) => (m ? 1 : 0));
  const scores = new Float32Array(T);
  const weights = new Float32Array(T);
  const context = new Float32Array(dv);
  // The query side: q itself (dot), Wᵀq (general) or Wq + b (additive).
  const A = input.score === 'additive' ? input.W.rows : 0;
  const projected = new Float32Array(input.score === 'additive' ? A : dk);
  const W = input.score === 'dot' ? new Float32Array(0) : Float32Array.from(input.W.data);
  const U = input.score === 'additive' ? Float32Array.from(input.U.data) : new Float32Array(0);
  const v = input.score === 'additive' ? Float32Array.from(input.v) : new Float32Array(0);
  const b = input.score === 'additive' ? Float32Array.from(input.b) : new Float32Array(0);
  const dq = q.length;
  const scoreAll = (): void => {
    if (input.score === 'dot') projected.set(q);
    else if (input.score === 'general') {
      projected.fill(0);
      for (let i = 0; i < dq; i++) for (let k = 0; k < dk; k++) projected[k]! += W[i * dk + k]! * q[i]!;
    } else {
      for (let a = 0; a < A; a++) {
        let s = b[a]!;
        for (let i = 0; i < dq; i++) s += W[a * dq + i]! * q[i]!;
        projected[a] = s;
      }
    }
    for (let j = 0; j < T; j++) {
      let e = 0;
      if (input.score !== 'additive') for (let k = 0; k < dk; k++) e += projected[k]! * keys[j * dk + k]!;
      else {
        e = input.bv;
        for (let a = 0; a < A; a++) {
          let uh = 0;
          for (let k = 0; k < dk; k++) uh += U[a * dk + k]! * keys[j * dk + k]!;
          e += v[a]! * Math.tanh(projected[a]! + uh);
        }
      }
      scores[j] = e;
    }
  };
  return {
    weights,
    context,
    run() {
      scoreAll();
      let top = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < T; j++) if (mask[j] && scores[j]! > top) top = scores[j]!;
      let total = 0;
      for (let j = 0; j < T; j++) total += weights[j] = mask[j] ? Math.exp(scores[j]! - top) : 0;
      for (let j = 0; j < T; j++) weights[j]! /= total;
      context.fill(0);
      for (let j = 0; j < T; j++) {
        const a = weights[j]!;
        if (a !== 0) for (let d = 0; d < dv; d++) context[d]! += a * values[j * dv + d]!;
      }
    },
  };
}
