/**
 * NTM addressing (Graves, Wayne & Danihelka 2014, §3.3, eqs. 5–9), in float64. Each function is one stage
 * of the lecture's figure and returns a new vector; nothing is changed in place.
 */
import { circularShift } from '../../math/circular-shift.ts';
import { softmax } from '../../math/softmax.ts';
import { asWeighting, type NumberList, type Weighting } from '../../math/types.ts';
import { cosineSimilarity } from '../../math/vector.ts';
import type { MemoryMatrix } from './types.ts';

/** The result of content addressing: the similarity per slot and the weighting it gives. */
export interface ContentAddressing {
  /** K[k, M_i] for each slot i (NTM eq. 6); 0 where the key or the row is all zeros. */
  readonly similarity: Float64Array;
  /** w_c (NTM eq. 5). */
  readonly weights: Weighting;
}

/**
 * Content addressing, NTM eqs. (5)–(6): `K_i = K[k, M_i]` (cosine similarity, 0 when k or M_i is all zeros)
 * and `w_c(i) = exp(β K_i) / Σ_j exp(β K_j)`, the softmax computed stably (maximum subtracted), β ≥ 0.
 * β = 0 gives the uniform weighting; a large β (1000) a one-hot on the best match, never NaN.
 */
export function contentAddressing(memory: MemoryMatrix, key: NumberList, beta: number): ContentAddressing {
  const { rows, columns, data } = memory;
  if (key.length !== columns) throw new RangeError(`key has length ${key.length}, memory rows ${columns}`);
  const similarity = new Float64Array(rows);
  const logits = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    similarity[i] = cosineSimilarity(key, data.subarray(i * columns, (i + 1) * columns));
    logits[i] = beta * similarity[i]!;
  }
  return { similarity, weights: softmax(logits) };
}

/**
 * Interpolation, NTM eq. (7): `w_g = g · w_c + (1 − g) · w_{t−1}`, g in [0, 1] (the lecture's α).
 * g = 1 keeps the content weighting, g = 0 the previous weighting (both exactly).
 */
export function interpolate(contentWeights: NumberList, previousWeights: NumberList, gate: number): Float64Array {
  const n = contentWeights.length;
  if (previousWeights.length !== n) throw new RangeError(`previous weights have length ${previousWeights.length}, expected ${n}`);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = gate * contentWeights[i]! + (1 - gate) * previousWeights[i]!;
  return out;
}

/**
 * The location-based shift, NTM eq. (8): circular convolution with the shift distribution s of odd width
 * 2K+1, entry j weighing the offset j − K (`w̃(i) = Σ_d w_g((i − d) mod N) s(d)`; +1 moves slot i to i+1).
 * See {@link circularShift}.
 */
export function shiftWeights(gatedWeights: NumberList, shift: NumberList): Float64Array {
  return circularShift(gatedWeights, shift);
}

/**
 * Sharpening, NTM eq. (9): `w(i) = w̃(i)^γ / Σ_j w̃(j)^γ`, γ ≥ 1, for w̃ ≥ 0.
 * Computed as `(w̃(i)/max w̃)^γ` normalised, which is the same quantity but cannot underflow to a zero sum
 * when every entry is small and γ large. When w̃ is all zeros the result is all zeros, never NaN.
 */
export function sharpen(shiftedWeights: NumberList, gamma: number): Weighting {
  const n = shiftedWeights.length;
  const out = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, shiftedWeights[i]!);
  if (!(max > 0)) return asWeighting(out);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = (shiftedWeights[i]! / max) ** gamma;
    out[i] = p;
    sum += p;
  }
  // sum ≥ 1: the largest entry contributes 1^γ = 1.
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return asWeighting(out);
}
