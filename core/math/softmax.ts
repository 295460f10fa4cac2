/**
 * The numerically stable softmax shared by NTM content addressing (NTM eq. 5), attention scores and the
 * Neural Programmer's soft selections.
 */
import { asWeighting, type NumberList, type Weighting } from './types.ts';

/**
 * `softmax(x)_i = exp(x_i − max x) / Σ_j exp(x_j − max x)`. Subtracting the maximum changes nothing
 * mathematically and keeps every exponent ≤ 0, so large logits (β = 1000 in NTM eq. 5) give a one-hot
 * weighting instead of Infinity / Infinity = NaN.
 *
 * `mask`, when given, has one entry per logit; entries where it is false get exactly 0 and the others
 * renormalise among themselves. When every entry is masked (or the input is empty) the result is all zeros.
 * Logits may be ±Infinity: −Infinity entries get 0 (as if masked); when some kept logits are +Infinity (a
 * score that overflowed float64) they share the weight equally and the others get 0, the limit of the
 * finite case, instead of ∞ − ∞ = NaN.
 */
export function softmax(logits: NumberList, mask?: ArrayLike<boolean>): Weighting {
  const n = logits.length;
  if (mask && mask.length !== n) throw new RangeError(`softmax: mask has length ${mask.length}, logits ${n}`);
  const out = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (!mask || mask[i]) max = Math.max(max, logits[i]!);
  if (max === -Infinity) return asWeighting(out);
  if (max === Infinity) {
    let count = 0;
    for (let i = 0; i < n; i++) if ((!mask || mask[i]) && logits[i] === Infinity) count++;
    for (let i = 0; i < n; i++) if ((!mask || mask[i]) && logits[i] === Infinity) out[i] = 1 / count;
    return asWeighting(out);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (mask && !mask[i]) continue;
    const e = Math.exp(logits[i]! - max);
    out[i] = e;
    sum += e;
  }
  // sum ≥ 1: the maximum entry contributes exp(0) = 1.
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return asWeighting(out);
}
