/**
 * Where a text stops being JSON (RFC 8259), as a line and a column, so a parse error is reported on one line
 * without quoting the input back (V8's own message quotes it, newlines and all). The scan is iterative (no
 * recursion, any nesting depth) and linear in the text's length; it is only run after `JSON.parse` failed. A field
 * given twice in one object is found the same way ({@link findDuplicateField}).
 */
import { previewString } from './describe-value.ts';

/** The first syntax error of a text: 1-based line and column (in UTF-16 units) and what was wrong there. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  /** E.g. `unexpected "x"`, `unexpected end of text`, `expected ',' or '}'`. */
  readonly problem: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function position(text: string, offset: number, problem: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, problem };
}

/** The end of the string starting at `i` (the offset after its closing quote), or an error offset and problem. */
function scanString(text: string, i: number): number | [number, string] {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) return k + 1;
    if (c < 0x20) return [k, 'a control character inside a string (write it as an escape such as \\n)'];
    if (c === 0x5c) {
      const e = text[k + 1];
      if (e === 'u') {
        HEX4.lastIndex = k + 2;
        if (!HEX4.test(text)) return [k, 'a \\u escape without 4 hex digits'];
        k += 5;
      } else if (e !== undefined && ESCAPES.has(e)) k++;
      else return [k, e === undefined ? 'unexpected end of text' : `an unknown escape \\${e}`];
    }
  }
  return [text.length, 'unexpected end of text inside a string'];
}

/**
 * The first syntax error of `text`, or `undefined` when it is one valid JSON value (surrounded by optional
 * whitespace).
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: ('[' | '{')[] = [];
  let i = 0;
  let expectValue = true; // else: after a value
  const skip = (): void => {
    while (i < n && WS.has(text[i]!)) i++;
  };
  const unexpected = (): JsonSyntaxError => position(text, i, i >= n ? 'unexpected end of text' : `unexpected ${previewString(text[i]!)}`);
  const key = (): JsonSyntaxError | undefined => {
    skip();
    if (text[i] !== '"') return i >= n ? unexpected() : position(text, i, `expected a field name in double quotes, got ${previewString(text[i]!)}`);
    const end = scanString(text, i);
    if (typeof end !== 'number') return position(text, end[0], end[1]);
    i = end;
    skip();
    if (text[i] !== ':') return i >= n ? unexpected() : position(text, i, `expected ':', got ${previewString(text[i]!)}`);
    i++;
    return undefined;
  };
  for (;;) {
    skip();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{') {
          const bad = key();
          if (bad) return bad;
        }
        continue;
      }
      if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return position(text, end[0], end[1]);
        i = end;
      } else if (c === 't' || c === 'f' || c === 'n') {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
        if (text.startsWith(word, i)) i += word.length;
        else return unexpected();
      } else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m || m[0] === '-') return unexpected();
        i += m[0].length;
      }
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? position(text, i, `unexpected ${previewString(text[i]!)} after the JSON value`) : undefined;
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
    } else if (text[i] === ',') {
      i++;
      expectValue = true;
      if (top === '{') {
        const bad = key();
        if (bad) return bad;
      }
    } else {
      return i >= n ? unexpected() : position(text, i, `expected ',' or '${close}', got ${previewString(text[i]!)}`);
    }
  }
}

/**
 * The first field that appears twice in one object of `text`, which must be valid JSON (run it after `JSON.parse`
 * succeeded): JSON.parse keeps only the last of `{"beta": 2, "beta": 50}`, so a pasted or merged field would change
 * the answer without a word. Names are compared after unescaping (`"a"` and `"\u0061"` are one field). Iterative
 * and linear, like {@link findJsonSyntaxError}.
 */
export function findDuplicateField(text: string): JsonSyntaxError | undefined {
  const stack: (Set<string> | null)[] = [];
  let expectName = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = scanString(text, i) as number;
      if (expectName) {
        const raw = text.slice(i + 1, end - 1);
        const name = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        const names = stack[stack.length - 1]!;
        if (names.has(name)) return position(text, i, `field ${previewString(name)} given twice`);
        names.add(name);
        expectName = false;
      }
      i = end - 1;
    } else if (c === 0x7b) {
      stack.push(new Set());
      expectName = true;
    } else if (c === 0x5b) {
      stack.push(null);
      expectName = false;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectName = false;
    } else if (c === 0x2c) {
      expectName = stack[stack.length - 1] != null;
    }
  }
  return undefined;
}
