/**
 * The JSON text of a value written piece by piece, so a trace of any length reaches stdout without ever being one
 * string (V8 caps a string near 512 MiB; README "The atenea command"). The text is exactly what `toJson` (json-output.ts) writes.
 */
/** About how many characters each piece holds (a piece may run over by one number or one string). */
export const JSON_CHUNK_CHARS = 1 << 16;

const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** What JSON.stringify (with `toJson`'s replacer) writes in place of `value`, before looking inside it. */
function prepared(value: unknown, key: string): unknown {
  let v = value;
  if (v !== null && (typeof v === 'object' || typeof v === 'bigint')) {
    const withToJson = v as { toJSON?: (key: string) => unknown };
    if (typeof withToJson.toJSON === 'function') v = withToJson.toJSON(key);
  }
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return v.valueOf();
  return v;
}

/** The text of a value that has no inside (null, boolean, number, string); undefined for an object or array. */
function leaf(v: unknown): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return Number.isFinite(v) ? String(v + 0) : 'null';
    case 'string':
      return JSON.stringify(v);
    case 'bigint':
      throw new TypeError('a bigint has no JSON form');
    default:
      return undefined;
  }
}

/**
 * Yields the JSON text of `value` (as `toJson` writes it, no indent) in pieces of about `chunkChars`
 * characters; joined, they are that text. Throws on a bigint or a cycle, as `JSON.stringify` does.
 */
export function* jsonChunks(value: unknown, chunkChars: number = JSON_CHUNK_CHARS): Generator<string, void, undefined> {
  let buffer = '';
  const seen = new Set<object>();
  function* write(v: unknown): Generator<string, void, undefined> {
    const text = leaf(v);
    if (text !== undefined) {
      buffer += text;
    } else {
      const node = v as object;
      if (seen.has(node)) throw new TypeError('a cycle has no JSON form');
      seen.add(node);
      if (Array.isArray(node)) {
        buffer += '[';
        for (let i = 0; i < node.length; i++) {
          if (i > 0) buffer += ',';
          const item = prepared(node[i], String(i));
          const text = skipped(item) ? 'null' : leaf(item);
          if (text !== undefined) buffer += text;
          else yield* write(item);
          if (buffer.length >= chunkChars) yield flush();
        }
        buffer += ']';
      } else {
        buffer += '{';
        let first = true;
        for (const key of Object.keys(node)) {
          const item = prepared((node as Record<string, unknown>)[key], key);
          if (skipped(item)) continue;
          buffer += `${first ? '' : ','}${JSON.stringify(key)}:`;
          first = false;
          yield* write(item);
          if (buffer.length >= chunkChars) yield flush();
        }
        buffer += '}';
      }
      seen.delete(node);
    }
  }
  function flush(): string {
    const out = buffer;
    buffer = '';
    return out;
  }
  const top = prepared(value, '');
  if (skipped(top)) return;
  yield* write(top);
  if (buffer) yield flush();
}
