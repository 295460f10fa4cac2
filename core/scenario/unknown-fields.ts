/**
 * Refusing unknown fields: a typo such as `"maxstep"` would otherwise be ignored and the default used without
 * a word. Every parser of a JSON object (the `compute` cases, the scenario files, the lesson files) calls
 * {@link rejectUnknownFields}, which suggests the intended field when the unknown one is one edit away.
 */
import { previewString } from './describe-value.ts';
import { ValidationError, join } from './validate.ts';

/**
 * Whether two strings are at most one edit apart, ignoring case: one character inserted, deleted, replaced,
 * or two neighbours swapped (the optimal-string-alignment form of the Damerau–Levenshtein distance ≤ 1).
 * Runs in time linear in the shorter string.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i === x.length && i === y.length) return true;
  const restX = x.slice(i);
  const restY = y.slice(i);
  if (restX.slice(1) === restY.slice(1)) return true; // replace
  if (restX.slice(1) === restY || restX === restY.slice(1)) return true; // delete or insert
  return restX.length >= 2 && restX[0] === restY[1] && restX[1] === restY[0] && restX.slice(2) === restY.slice(2); // swap
}

/** The known names one edit away from `name` (see {@link withinOneEdit}), in their listed order. */
export function nearNames(name: string, known: readonly string[]): string[] {
  return known.filter((k) => withinOneEdit(name, k));
}

/**
 * `; did you mean "a"?` or `; did you mean "a" or "b"?` when known names are one edit away, else empty: the
 * tail of a message's `allowed` part.
 */
export function didYouMean(name: string, known: readonly string[]): string {
  const near = nearNames(name, known);
  return near.length === 0 ? '' : `; did you mean ${near.map(previewString).join(' or ')}?`;
}

/**
 * The path of a field named by the user: `path.key` for a plain short key, else `path["…"]` with the key
 * quoted and cut (a key may be a megabyte long or hold a newline).
 */
export function fieldPath(path: string, key: string): string {
  return /^[A-Za-z0-9_$-]{1,40}$/.test(key) ? join(path, key) : `${path}[${previewString(key)}]`;
}

/**
 * Throws a {@link ValidationError} for the first field of `value` not in `allowed`:
 * `steps[0].bta: unknown field; allowed: only head, role, …; did you mean "beta"?`. `listing` replaces the
 * `only a, b, c` wording when given. Does nothing for a value that is not a plain object (the caller's type
 * check reports that).
 */
export function rejectUnknownFields(value: unknown, path: string, allowed: readonly string[], listing = `only ${allowed.join(', ')}`): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue;
    throw new ValidationError(fieldPath(path, key), 'unknown field', `${listing}${didYouMean(key, allowed)}`);
  }
}
