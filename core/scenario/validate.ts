/**
 * Validation with messages a person can act on: every failure names the field (a path such as
 * `cases[2].shift` or `steps[0].beta`) and what is allowed. Shared by the command line, scenario files and
 * the parameter panel, so one rule gives one message everywhere. A message is always one line: user values
 * are described, never echoed (./describe-value.ts).
 */
import { describeValue, oneLine, previewString } from './describe-value.ts';
import { quote } from './describe-value.ts';
export { quote };

/**
 * A value that broke a rule. `path` names the field; `allowed` says what would be accepted. The message is
 * one line whatever the parts hold (control characters escaped, the whole cut to 2,000 characters).
 */
export class ValidationError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly allowed: string,
  ) {
    super(oneLine(`${path || 'input'}: ${problem}; allowed: ${allowed}`));
    this.name = 'ValidationError';
  }
}

/** Bounds for a number. */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  /** Exclusive bounds instead of inclusive ones. */
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  readonly integer?: boolean;
}

/** Joins a parent path and a key or index: `join('a', 2)` is `a[2]`, `join('a', 'b')` is `a.b`. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Describes a rule in words, e.g. "a finite number in [0, 1]" or "an integer ≥ 1". */
export function describeRule(rule: NumberRule = {}): string {
  const kind = rule.integer ? 'an integer' : 'a finite number';
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) {
    return `${kind} in ${rule.minExclusive ? '(' : '['}${quote(min)}, ${quote(max)}${rule.maxExclusive ? ')' : ']'}`;
  }
  if (min !== undefined) return `${kind} ${rule.minExclusive ? '>' : '≥'} ${quote(min)}`;
  if (max !== undefined) return `${kind} ${rule.maxExclusive ? '<' : '≤'} ${quote(max)}`;
  return kind;
}

/** Checks one number against a rule; returns it. */
export function expectNumber(value: unknown, path: string, rule: NumberRule = {}): number {
  const allowed = describeRule(rule);
  if (value === undefined) throw new ValidationError(path, 'missing', allowed);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValidationError(path, `got ${describeValue(value)}`, allowed);
  }
  const tooLow = rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min);
  const tooHigh = rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max);
  if (tooLow || tooHigh || (rule.integer && !Number.isInteger(value))) {
    throw new ValidationError(path, `got ${value}`, allowed);
  }
  return value;
}

/** Checks an array of numbers, optionally of a given length, each against a rule. */
export function expectVector(value: unknown, path: string, options: { length?: number; minLength?: number } & NumberRule = {}): number[] {
  const { length, minLength, ...rule } = options;
  const lengthText = length !== undefined ? ` of length ${length}` : minLength !== undefined ? ` of length ≥ ${minLength}` : '';
  // Plural of the noun, not of the whole phrase: "finite numbers ≥ 0", not "finite number ≥ 0s".
  const allowed = `an array${lengthText} of ${describeRule(rule).replace(/^an? (finite number|integer)/, '$1s')}`;
  if (value === undefined) throw new ValidationError(path, 'missing', allowed);
  if (!Array.isArray(value)) throw new ValidationError(path, `got ${describeValue(value)}`, allowed);
  if (length !== undefined && value.length !== length) throw new ValidationError(path, `got length ${value.length}`, allowed);
  if (minLength !== undefined && value.length < minLength) throw new ValidationError(path, `got length ${value.length}`, allowed);
  return value.map((x, i) => expectNumber(x, join(path, i), rule));
}

/** Checks a rows × columns array of arrays of numbers; `columns` fixes the row length, else rows must agree. */
export function expectMatrix(
  value: unknown,
  path: string,
  options: { rows?: number; minRows?: number; columns?: number; minColumns?: number } & NumberRule = {},
): number[][] {
  const { rows, minRows, columns, minColumns, ...rule } = options;
  const shape = `${rows ?? (minRows !== undefined ? `≥ ${minRows}` : 'N')} rows of ${columns ?? (minColumns !== undefined ? `≥ ${minColumns}` : 'equal-length')} numbers`;
  const allowed = `an array of ${shape}`;
  if (value === undefined) throw new ValidationError(path, 'missing', allowed);
  if (!Array.isArray(value)) throw new ValidationError(path, `got ${describeValue(value)}`, allowed);
  if (rows !== undefined && value.length !== rows) throw new ValidationError(path, `got ${value.length} rows`, allowed);
  if (minRows !== undefined && value.length < minRows) throw new ValidationError(path, `got ${value.length} rows`, allowed);
  const width = columns ?? (Array.isArray(value[0]) ? value[0].length : undefined);
  return value.map((row, i) => {
    const rowPath = join(path, i);
    if (!Array.isArray(row)) throw new ValidationError(rowPath, `got ${describeValue(row)}`, `an array of ${width ?? 'M'} numbers`);
    if (minColumns !== undefined && row.length < minColumns)
      throw new ValidationError(rowPath, `got length ${row.length}`, `an array of ≥ ${minColumns} numbers`);
    return expectVector(row, rowPath, { ...rule, ...(width !== undefined ? { length: width } : {}) });
  });
}

/** Checks that a value is a plain object (not an array or null). */
export function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(path, `got ${describeValue(value)}`, 'a JSON object');
  }
  return value as Record<string, unknown>;
}

/** Checks that a value is one of a list of strings. */
export function expectOneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw new ValidationError(path, value === undefined ? 'missing' : `got ${describeValue(value)}`, `one of ${options.map(previewString).join(', ')}`);
  }
  return value as T;
}

/** Checks a probability vector: entries in [0, 1] summing to 1 within `tolerance`. */
export function expectDistribution(value: unknown, path: string, options: { length?: number; tolerance?: number } = {}): number[] {
  const tolerance = options.tolerance ?? 1e-6;
  const v = expectVector(value, path, {
    ...(options.length !== undefined ? { length: options.length } : { minLength: 1 }),
    min: 0,
    max: 1,
  });
  const sum = v.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > tolerance) {
    throw new ValidationError(path, `sums to ${quote(sum)}`, `entries in [0, 1] summing to 1 (within ${quote(tolerance)})`);
  }
  return v;
}
