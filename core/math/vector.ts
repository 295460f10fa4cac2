/**
 * Vector helpers the models share: dot product, Euclidean norm, cosine similarity (NTM eq. 6) and the
 * weighted sum of the rows of a row-major matrix (the NTM read, eq. 2; an attention context vector).
 */
import type { NumberList } from './types.ts';

function checkSameLength(a: NumberList, b: NumberList, what: string): void {
  if (a.length !== b.length) throw new RangeError(`${what}: lengths differ (${a.length} vs ${b.length})`);
}

/** `u · v = Σ_i u_i v_i`, summed in index order. */
export function dot(u: NumberList, v: NumberList): number {
  checkSameLength(u, v, 'dot');
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * v[i]!;
  return sum;
}

/** The Euclidean norm `‖v‖ = sqrt(Σ_i v_i²)`. */
export function norm(v: NumberList): number {
  return Math.sqrt(dot(v, v));
}

/** The index of the largest entry (the first on ties; 0 for an empty vector; −Infinity never beats a finite entry). */
export function argmax(v: NumberList): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** The largest absolute entry (0 for an empty or all-zero vector). */
export function maxAbs(v: NumberList): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}

/**
 * A power of two 2^e close to 1 / maxAbs(v), so that `v · scale` has entries of order 1. Multiplying by a
 * power of two is exact in binary floating point, so scaling never changes a result, it only keeps squares
 * from overflowing (entries near 1e200) or underflowing (entries near 1e-200).
 */
function powerOfTwoScale(v: NumberList): number {
  const m = maxAbs(v);
  if (m === 0) return 1;
  const e = Math.floor(Math.log2(m));
  return 2 ** -Math.max(-1000, Math.min(1000, e));
}

/**
 * Cosine similarity `K[u, v] = u·v / (‖u‖ ‖v‖)` (NTM eq. 6), in [−1, 1].
 * Defined as 0 when either vector is all zeros (the equation would divide by zero). Both vectors are first
 * scaled by an exact power of two, so huge or tiny entries neither overflow nor underflow.
 */
export function cosineSimilarity(u: NumberList, v: NumberList): number {
  checkSameLength(u, v, 'cosineSimilarity');
  const su = powerOfTwoScale(u);
  const sv = powerOfTwoScale(v);
  let uv = 0;
  let uu = 0;
  let vv = 0;
  for (let i = 0; i < u.length; i++) {
    const a = u[i]! * su;
    const b = v[i]! * sv;
    uv += a * b;
    uu += a * a;
    vv += b * b;
  }
  if (uu === 0 || vv === 0) return 0;
  // After scaling the largest entry of each is in [1, 2), so uu·vv neither overflows nor underflows.
  const k = uv / Math.sqrt(uu * vv);
  return Math.min(1, Math.max(-1, k));
}

/**
 * `r = Σ_i w_i · row_i` over the rows of a row-major `rows × columns` matrix `data` (NTM eq. 2, the read;
 * the lecture's `r ← Σ_i a_i M_i`). `weights` has one entry per row.
 */
export function weightedSumOfRows(weights: NumberList, data: NumberList, columns: number): Float64Array {
  const rows = weights.length;
  if (data.length !== rows * columns) {
    throw new RangeError(`weightedSumOfRows: matrix has ${data.length} entries, expected ${rows} × ${columns}`);
  }
  const out = new Float64Array(columns);
  for (let i = 0; i < rows; i++) {
    const w = weights[i]!;
    const base = i * columns;
    for (let j = 0; j < columns; j++) out[j]! += w * data[base + j]!;
  }
  return out;
}
