/**
 * Circular convolution of a weighting with a shift distribution (NTM eq. 8), as the README's `compute ntm` defines it:
 * `shift` has odd length 2K+1, entry j weighs the offset d = j − K, and
 * `w̃(i) = Σ_d w((i − d) mod N) · s(d)`. Offset +1 moves attention from slot i to slot i+1; the last slot wraps
 * to the first. Offsets larger than N wrap as many times as needed (N = 2 with offset +2 is the identity;
 * N = 1 works with any width).
 */
import type { NumberList } from './types.ts';

/** `a mod n` in [0, n), also for negative `a` (JavaScript's `%` keeps the sign of `a`). */
export function positiveModulo(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** The offsets a shift vector of odd length 2K+1 weighs, in order: −K … +K. Throws for an even length. */
export function shiftOffsets(width: number): number[] {
  if (!Number.isInteger(width) || width < 1 || width % 2 === 0) {
    throw new RangeError(`shift width must be an odd integer ≥ 1, got ${width}`);
  }
  const k = (width - 1) / 2;
  return Array.from({ length: width }, (_, j) => j - k);
}

/**
 * `w̃(i) = Σ_{j=0}^{2K} w((i − (j − K)) mod N) · s(j)` (NTM eq. 8). The sums run over j in order, so the
 * result is the same bit for bit on every run.
 */
export function circularShift(weights: NumberList, shift: NumberList): Float64Array {
  const n = weights.length;
  const offsets = shiftOffsets(shift.length);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < offsets.length; j++) sum += weights[positiveModulo(i - offsets[j]!, n)]! * shift[j]!;
    out[i] = sum;
  }
  return out;
}
