/** JSON output of the command: typed arrays (Float64Array, ...) become plain arrays of numbers. */

/** `JSON.stringify` with every ArrayBuffer view written as an array of numbers. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v as unknown as ArrayLike<number>) : v),
    indent,
  );
}
