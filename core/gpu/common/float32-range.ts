/**
 * The one range rule for numbers sent to the GPU (README, "The WebGPU backend's number range"). The kernels
 * compute in float32, whose finite range is about 1.2e-38 (smallest normal) to 3.4e38: a float64 input beyond
 * it (memory 1e39) becomes ∞, and a key of 1e20 or 1e-30 has a square that overflows or underflows, so the
 * results would be wrong or non-finite. Every engine checks its inputs against this rule first and refuses
 * with the field's name: a value must be 0 or have 1e-18 ≤ |x| ≤ 1e18, so any product of two inputs, squares
 * included, stays finite and normal in float32. Values that are never squared and may be computed by an
 * earlier step (an NTM memory carried over, weights, ACT states) are held only to |x| ≤ 1e18.
 */
import { ValidationError, join } from '../../scenario/validate.ts';

/** The largest magnitude a GPU input may have. */
export const FLOAT32_INPUT_MAX = 1e18;
/** The smallest non-zero magnitude a GPU input may have. */
export const FLOAT32_INPUT_MIN = 1e-18;
/** The rule in words, the `allowed` part of every refusal. */
export const FLOAT32_INPUT_RULE = `for the webgpu backend (float32), 0 or a number with 1e-18 ≤ |x| ≤ 1e18; use --backend cpu for wider values`;

/** How a field is checked: `full` (the whole rule) or `magnitude` (only |x| ≤ 1e18, for values that are never squared and whose flush to 0 below 1e-18 changes a result by less than 1e-18). */
export type Float32Check = 'full' | 'magnitude';

/** Whether one number obeys the rule (finite, and 0 or within [{@link FLOAT32_INPUT_MIN}, {@link FLOAT32_INPUT_MAX}] in magnitude). */
export function inFloat32InputRange(x: number, check: Float32Check = 'full'): boolean {
  const a = Math.abs(x);
  return a <= FLOAT32_INPUT_MAX && (check === 'magnitude' || x === 0 || a >= FLOAT32_INPUT_MIN);
}

function allowedFor(check: Float32Check): string {
  return check === 'full' ? FLOAT32_INPUT_RULE : `for the webgpu backend (float32), |x| ≤ 1e18; use --backend cpu for wider values`;
}

/** Throws a {@link ValidationError} at `path` when the number breaks the rule. */
export function expectFloat32Number(x: number, path: string, check: Float32Check = 'full'): void {
  if (!inFloat32InputRange(x, check)) throw new ValidationError(path, `got ${x}`, allowedFor(check));
}

/**
 * Checks every entry of a list; a breach is named `path[i]`, or `path[r][c]` when `columns` is given (the
 * list is then a row-major matrix).
 */
export function expectFloat32Values(values: ArrayLike<number>, path: string, columns?: number, check: Float32Check = 'full'): void {
  for (let k = 0; k < values.length; k++) {
    if (inFloat32InputRange(values[k]!, check)) continue;
    const at = columns === undefined || columns === 0 ? join(path, k) : join(join(path, Math.floor(k / columns)), k % columns);
    throw new ValidationError(at, `got ${values[k]}`, allowedFor(check));
  }
}
