/**
 * The float64 reference of the attentional interface: scores, a softmax over the unmasked positions, and the
 * context vector. Bahdanau, Cho & Bengio 2014 eqs. (5)–(6); Luong, Pham & Manning 2015 eq. (8).
 */
import { softmax } from '../../math/softmax.ts';
import { dot, weightedSumOfRows } from '../../math/vector.ts';
import type { AttentionInput, AttentionResult, AttentionSequenceInput, AttentionSequenceResult, RowMajor, ScoreParameters } from './types.ts';

/** Makes a row-major matrix from rows of numbers (all of the same length). */
export function matrixFromRows(rows: readonly (readonly number[])[], columns = rows[0]?.length ?? 0): RowMajor {
  const data = new Float64Array(rows.length * columns);
  rows.forEach((row, i) => data.set(row, i * columns));
  return { rows: rows.length, columns, data };
}

/** The rows of a row-major matrix as plain arrays. */
export function matrixToRows(m: RowMajor): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.columns, (i + 1) * m.columns)));
}

/** Row i of a matrix, as a view. */
export function row(m: RowMajor, i: number): Float64Array {
  return m.data.subarray(i * m.columns, (i + 1) * m.columns);
}

/** M x for an R × C matrix M and a vector x of length C, plus an optional bias of length R. */
function matVec(m: RowMajor, x: ArrayLike<number>, bias?: ArrayLike<number>): Float64Array {
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) out[r] = dot(row(m, r), x) + (bias ? bias[r]! : 0);
  return out;
}

/** Mᵀ x for an R × C matrix M and a vector x of length R. */
function matTVec(m: RowMajor, x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(m.columns);
  for (let r = 0; r < m.rows; r++) {
    const xr = x[r]!;
    for (let c = 0; c < m.columns; c++) out[c]! += m.data[r * m.columns + c]! * xr;
  }
  return out;
}

/**
 * The raw scores e_j of one query against every key, masked or not (the mask is applied by the softmax).
 * - dot: qᵀ h_j; general: qᵀ W h_j = (Wᵀ q)ᵀ h_j (Luong eq. 8);
 * - additive: vᵀ tanh(W q + U h_j + b) + b_v (Bahdanau eq. 6 with biases).
 */
export function scoreAll(params: ScoreParameters, query: ArrayLike<number>, keys: RowMajor): Float64Array {
  const T = keys.rows;
  const e = new Float64Array(T);
  if (params.score === 'dot' || params.score === 'general') {
    const p = params.score === 'dot' ? query : matTVec(params.W, query);
    for (let j = 0; j < T; j++) e[j] = dot(p, row(keys, j));
    return e;
  }
  const { W, U, v, b, bv } = params;
  const wq = matVec(W, query, b); // W q + b, shared by every position
  for (let j = 0; j < T; j++) {
    const uh = matVec(U, row(keys, j));
    let s = bv;
    for (let a = 0; a < v.length; a++) s += v[a]! * Math.tanh(wq[a]! + uh[a]!);
    e[j] = s;
  }
  return e;
}

/** c = Σ_j α_j v_j (Bahdanau eq. 5); masked positions have α_j = 0 and add nothing. */
export function context(weights: ArrayLike<number>, values: RowMajor): Float64Array {
  return weightedSumOfRows(weights, values.data, values.columns);
}

/**
 * One decoder step: scores (−Infinity where masked), weights α = softmax over the kept positions (Bahdanau
 * eq. 6; stable: the largest kept score is subtracted first) and the context (eq. 5).
 */
export function attentionStep(input: AttentionInput): AttentionResult {
  if (!input.mask.some(Boolean)) throw new RangeError('attentionStep: the mask keeps no position');
  const raw = scoreAll(input, input.query, input.keys);
  const scores = raw.map((s, j) => (input.mask[j] ? s : Number.NEGATIVE_INFINITY));
  const weights = softmax(raw, input.mask);
  return { scores, weights, context: context(weights, input.values) };
}

/** Every output step of a sequence: row t of each result is {@link attentionStep} with query row t. */
export function attentionSequence(input: AttentionSequenceInput): AttentionSequenceResult {
  const S = input.queries.rows;
  const T = input.keys.rows;
  const scores = new Float64Array(S * T);
  const weights = new Float64Array(S * T);
  const contexts = new Float64Array(S * input.values.columns);
  for (let t = 0; t < S; t++) {
    const r = attentionStep({ ...input, query: row(input.queries, t) } as AttentionInput);
    scores.set(r.scores, t * T);
    weights.set(r.weights, t * T);
    contexts.set(r.context, t * input.values.columns);
  }
  return {
    scores: { rows: S, columns: T, data: scores },
    weights: { rows: S, columns: T, data: weights },
    contexts: { rows: S, columns: input.values.columns, data: contexts },
  };
}
