/**
 * A value as JSON data: what `JSON.parse` gives back for a value written with typed arrays as arrays of numbers
 * (the trace files of `atenea trace`, and the trace the render page receives), built without going through text.
 */

/** JSON data. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** What JSON keeps of an array element that it cannot write (undefined, a function, a symbol): null. */
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * `value` as JSON data, equal to `JSON.parse(JSON.stringify(value))` with every ArrayBuffer view (except DataView)
 * written as an array of numbers: non-finite numbers become null, -0 becomes 0, object fields that are undefined
 * are left out, a `toJSON` method is honoured. Throws on a bigint or a cycle, as `JSON.stringify` does.
 */
export function toJsonData(value: unknown): JsonValue {
  return convert(value, new Set());
}

function convert(value: unknown, seen: Set<object>): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (typeof value === 'bigint') throw new TypeError('a bigint has no JSON form');
  if (typeof value !== 'object') return null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number | bigint>, (x) => convert(x, seen));
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') return convert(withToJson.toJSON(), seen);
  if (seen.has(value)) throw new TypeError('a cycle has no JSON form');
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item: unknown) => (skipped(item) ? null : convert(item, seen)));
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) if (!skipped(item)) out[key] = convert(item, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}
