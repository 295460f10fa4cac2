/**
 * The JSON contract of `atenea compute attention` (README "`compute attention`"), validated with messages that name the field
 * and what is allowed (core/scenario/validate.ts):
 * ```
 * input:  {"score": "dot" | "general" | "additive", "query": [Dq], "keys": [[Dk] x T],
 *          "values": [[Dv] x T] (optional), "W": [[..]] (general: Dq x Dk; additive: A x Dq),
 *          "U": [[Dk] x A] (additive), "v": [A] (additive), "b": [A] (optional), "bv": number (optional),
 *          "mask": [T booleans, true = attend] (optional)}
 * output: {"scores": [T] (null where masked), "weights": [T], "context": [Dv]}
 * ```
 * `[[Dk] x T]` is T rows of Dk numbers; likewise U is A rows of Dk numbers (an A × Dk matrix, U h_j).
 */
import { describeValue, previewString } from '../../scenario/describe-value.ts';
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { expectMatrix, expectNumber, expectObject, expectOneOf, expectVector, join, ValidationError } from '../../scenario/validate.ts';
import { matrixFromRows, scoreAll } from './reference.ts';
import { SCORE_FUNCTIONS, type AttentionInput, type AttentionResult, type RowMajor, type ScoreFunction, type ScoreParameters } from './types.ts';

/** The command's output for one case. */
export interface AttentionOutput {
  /** e_j, null where masked. */
  readonly scores: (number | null)[];
  readonly weights: number[];
  readonly context: number[];
}

const FIELDS = ['score', 'query', 'keys', 'values', 'W', 'U', 'v', 'b', 'bv', 'mask'] as const;
const USED_BY: Record<string, readonly ScoreFunction[]> = {
  W: ['general', 'additive'],
  U: ['additive'],
  v: ['additive'],
  b: ['additive'],
  bv: ['additive'],
};

/** Checks a mask: an array of `length` booleans with at least one true. */
export function expectMask(value: unknown, path: string, length: number): boolean[] {
  const allowed = `an array of ${length} booleans (true = attend) with at least one true`;
  if (!Array.isArray(value)) throw new ValidationError(path, `got ${describeValue(value)}`, allowed);
  if (value.length !== length) throw new ValidationError(path, `got length ${value.length}`, allowed);
  value.forEach((m, j) => {
    if (typeof m !== 'boolean') throw new ValidationError(join(path, j), `got ${describeValue(m)}`, 'true or false');
  });
  if (!value.includes(true)) throw new ValidationError(path, 'every position is masked', allowed);
  return value as boolean[];
}

const toMatrix = (rows: number[][]): RowMajor => matrixFromRows(rows);

/**
 * Refuses a query whose scores against the kept keys overflow float64 (e.g. q = [1e200] and h = [1e200]:
 * e = ∞, and the softmax would have nothing finite to normalise): every result must be a finite number.
 * `path` names the query (`query`, or `queries[t]` in a scenario).
 */
export function expectFiniteScores(params: ScoreParameters, query: ArrayLike<number>, keys: RowMajor, mask: readonly boolean[], path: string): void {
  const scores = scoreAll(params, query, keys);
  const j = scores.findIndex((e, k) => mask[k] === true && !Number.isFinite(e));
  if (j >= 0) {
    throw new ValidationError(
      path,
      `its score against keys[${j}] overflows float64 (e = ${scores[j]})`,
      'a query, keys and parameters whose scores stay finite (|e_j| < 1.8e308)',
    );
  }
}

/**
 * Validates a score function's parameters from an object holding `W`, `U`, `v`, `b`, `bv` (the contract's case,
 * or a scenario's `parameters.general` / `parameters.additive`). Paths are prefixed with `path`.
 */
export function parseScoreParameters(o: Record<string, unknown>, score: ScoreFunction, dq: number, dk: number, path = ''): ScoreParameters {
  if (score === 'dot') return { score };
  if (score === 'general') {
    return { score, W: toMatrix(expectMatrix(o.W, join(path, 'W'), { rows: dq, columns: dk })) };
  }
  const W = expectMatrix(o.W, join(path, 'W'), { minRows: 1, columns: dq });
  const A = W.length;
  const U = expectMatrix(o.U, join(path, 'U'), { rows: A, columns: dk });
  const v = expectVector(o.v, join(path, 'v'), { length: A });
  const b = o.b === undefined ? new Array<number>(A).fill(0) : expectVector(o.b, join(path, 'b'), { length: A });
  const bv = o.bv === undefined ? 0 : expectNumber(o.bv, join(path, 'bv'));
  return { score, W: toMatrix(W), U: toMatrix(U), v: Float64Array.from(v), b: Float64Array.from(b), bv };
}

/** Validates one case of the contract; throws a {@link ValidationError} whose path is relative to the case. */
export function parseAttentionCase(value: unknown): AttentionInput {
  const o = expectObject(value, '');
  rejectUnknownFields(o, '', FIELDS, `the fields ${FIELDS.join(', ')}`);
  const score = expectOneOf(o.score, 'score', SCORE_FUNCTIONS);
  for (const [key, users] of Object.entries(USED_BY)) {
    if (o[key] !== undefined && !users.includes(score)) {
      throw new ValidationError(key, `not used by score ${previewString(score)}`, `only with score ${users.map(previewString).join(' or ')}`);
    }
  }
  const keys = expectMatrix(o.keys, 'keys', { minRows: 1, minColumns: 1 });
  const T = keys.length;
  const dk = keys[0]!.length;
  const query = score === 'dot' ? expectVector(o.query, 'query', { length: dk }) : expectVector(o.query, 'query', { minLength: 1 });
  const values = o.values === undefined ? keys : expectMatrix(o.values, 'values', { rows: T, minColumns: 1 });
  const mask = o.mask === undefined ? new Array<boolean>(T).fill(true) : expectMask(o.mask, 'mask', T);
  const params = parseScoreParameters(o, score, query.length, dk);
  const keyMatrix = toMatrix(keys);
  expectFiniteScores(params, query, keyMatrix, mask, 'query');
  return { ...params, query: Float64Array.from(query), keys: keyMatrix, values: toMatrix(values), mask };
}

/** The contract's output: plain arrays, null for masked scores. */
export function toAttentionOutput(result: AttentionResult, mask: readonly boolean[]): AttentionOutput {
  return {
    scores: Array.from(result.scores, (s, j) => (mask[j] ? s : null)),
    weights: Array.from(result.weights),
    context: Array.from(result.context),
  };
}
