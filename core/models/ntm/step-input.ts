/**
 * Validation of NTM step parameters from JSON (the `atenea compute ntm` case of the README's "`compute ntm`", and each step of
 * a scenario file). Every failure is a {@link ValidationError} naming the field and what is allowed.
 */
import { ValidationError, expectDistribution, expectMatrix, expectNumber, expectObject, expectVector, join } from '../../scenario/validate.ts';
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { memoryFromRows } from './memory.ts';
import type { MemoryMatrix, NtmStepInput } from './types.ts';

/** The per-step head parameters (everything in a step input except the memory and the previous weights). */
export interface NtmHeadParameters {
  readonly key: Float64Array;
  readonly beta: number;
  readonly gate: number;
  readonly shift: Float64Array;
  readonly gamma: number;
  readonly erase: Float64Array;
  readonly add: Float64Array;
}

/** The fields of a `compute ntm` case, in the order they are checked. */
export const NTM_CASE_FIELDS = ['memory', 'key', 'beta', 'gate', 'shift', 'gamma', 'previousWeights', 'erase', 'add'] as const;

/** What a shift may be, in words (used in messages). */
export const SHIFT_ALLOWED = 'a probability vector of odd length 2K+1 (entry j weighs offset j − K), entries in [0, 1] summing to 1 (within 1e-6)';

/**
 * The widest shift offset K (README "`compute ntm`"): the circular shift, NTM eq. (8), costs N × (2K+1) per step,
 * so K is capped at 64 (129 entries); the paper and the lecture use K = 1.
 */
export const MAX_SHIFT_OFFSET = 64;

/** What a shift's length may be, in words, when it is too long. */
export const SHIFT_WIDTH_ALLOWED = `at most ${2 * MAX_SHIFT_OFFSET + 1} entries (K ≤ ${MAX_SHIFT_OFFSET})`;

/** Checks a memory: N ≥ 1 rows of M ≥ 1 finite numbers each. */
export function parseMemory(value: unknown, path: string): MemoryMatrix {
  return memoryFromRows(expectMatrix(value, path, { minRows: 1, minColumns: 1 }));
}

/**
 * Checks a shift distribution: odd length 2K+1 with K ≤ {@link MAX_SHIFT_OFFSET}, entries in [0, 1], sum 1 within
 * 1e-6 (README "`compute ntm`").
 */
export function parseShift(value: unknown, path: string): Float64Array {
  if (Array.isArray(value) && value.length % 2 === 0) {
    throw new ValidationError(path, `got even length ${value.length}`, SHIFT_ALLOWED);
  }
  if (Array.isArray(value) && value.length > 2 * MAX_SHIFT_OFFSET + 1) {
    throw new ValidationError(path, `got length ${value.length}`, SHIFT_WIDTH_ALLOWED);
  }
  if (!Array.isArray(value)) expectVector(value, path, { minLength: 1 });
  return Float64Array.from(expectDistribution(value, path, { tolerance: 1e-6 }));
}

/**
 * Checks the head parameters of one step for a memory of width `columns`: key [M] finite, β ≥ 0, g in
 * [0, 1], shift (see {@link parseShift}), γ ≥ 1, erase in [0, 1]^M, add [M] finite. A field missing from
 * `obj` takes its value from `defaults` when there is one, else it is reported missing.
 */
export function parseHeadParameters(obj: Record<string, unknown>, path: string, columns: number, defaults: Partial<NtmHeadParameters> = {}): NtmHeadParameters {
  const pick = <T>(field: keyof NtmHeadParameters, parse: (v: unknown, p: string) => T): T =>
    obj[field] === undefined && defaults[field] !== undefined ? (defaults[field] as T) : parse(obj[field], join(path, field));
  const key = pick('key', (v, p) => Float64Array.from(expectVector(v, p, { length: columns })));
  const beta = pick('beta', (v, p) => expectNumber(v, p, { min: 0 }));
  const gate = pick('gate', (v, p) => expectNumber(v, p, { min: 0, max: 1 }));
  const shift = pick('shift', parseShift);
  const gamma = pick('gamma', (v, p) => expectNumber(v, p, { min: 1 }));
  const erase = pick('erase', (v, p) => Float64Array.from(expectVector(v, p, { length: columns, min: 0, max: 1 })));
  const add = pick('add', (v, p) => Float64Array.from(expectVector(v, p, { length: columns })));
  return { key, beta, gate, shift, gamma, erase, add };
}

/** Checks a weighting over N slots as a previous weighting: N finite numbers ≥ 0. */
export function parsePreviousWeights(value: unknown, path: string, rows: number): Float64Array {
  return Float64Array.from(expectVector(value, path, { length: rows, min: 0 }));
}

/**
 * Parses one `compute ntm` case (README "`compute ntm`"): a JSON object with exactly the fields of
 * {@link NTM_CASE_FIELDS}. Paths in errors are relative to the case (`shift`, `memory[3][1]`).
 */
export function parseNtmStepInput(value: unknown, path = ''): NtmStepInput {
  const obj = expectObject(value, path);
  rejectUnknownFields(obj, path, NTM_CASE_FIELDS);
  const memory = parseMemory(obj.memory, join(path, 'memory'));
  const { key, beta, gate, shift, gamma, erase, add } = parseHeadParameters(obj, path, memory.columns);
  const previousWeights = parsePreviousWeights(obj.previousWeights, join(path, 'previousWeights'), memory.rows);
  return { memory, key, beta, gate, shift, gamma, previousWeights, erase, add };
}
