/**
 * What the fuzz suites feed the parsers and the `atenea` command: one valid case per `compute` module, the
 * fields that are known somewhere (so a generated "unknown" key is really unknown), and values that are wrong
 * for nearly every field, also as JSON text built without recursion (a 100,000-deep array cannot go through
 * JSON.stringify). Used by core/models/input-fuzz.test.ts (in-process) and app/cli/process-fuzz*.test.ts (the
 * real process).
 */
import fc from 'fast-check';

/** One valid case per `compute` module, as the README's contract writes them. */
export const VALID_COMPUTE_CASES = {
  ntm: {
    memory: [
      [1, 0],
      [0, 1],
    ],
    key: [1, 0],
    beta: 2,
    gate: 1,
    shift: [0, 1, 0],
    gamma: 1,
    previousWeights: [0.5, 0.5],
    erase: [0, 0],
    add: [0, 0],
  },
  attention: {
    score: 'dot',
    query: [1, 0],
    keys: [
      [1, 0],
      [0, 1],
    ],
    mask: [true, true],
  },
  act: { halting: [0.4, 0.7], states: [[1], [2]], epsilon: 0.01, maxSteps: 5 },
  programmer: {
    table: [
      [1, 2],
      [3, 4],
    ],
    columns: ['X', 'Y'],
    pivot: 2,
    steps: [{ op: 'sum', column: 'X' }],
    mode: 'soft',
  },
} as const satisfies Record<string, Record<string, unknown>>;

/** Fields some entry point knows, though not every valid input above has them: adding one is not an unknown field. */
export const OPTIONAL_FIELDS: readonly string[] = [
  'name',
  'values',
  'seed',
  'mask',
  'parameters',
  'columns',
  'mode',
  'outputs',
  'initialState',
  'heads',
  'question',
  'epsilon',
  'maxSteps',
  '__proto__',
];

/** A value nested `depth` levels deep, arrays and objects alternating. */
export function nested(depth: number): unknown {
  let v: unknown = [1];
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** The JSON text of {@link nested}(depth), built as text. */
export function nestedJson(depth: number): string {
  let open = '';
  let close = '';
  for (let i = depth - 1; i >= 0; i--) {
    open += i % 2 ? '[' : '{"a":';
    close = (i % 2 ? ']' : '}') + close;
  }
  return `${open}[1]${close}`;
}

/** Deep, huge and giant values. */
export const DEEP = nested(100_000);
export const HUGE = `"\n${'x'.repeat(1 << 20)}`;
export const BIG_ARRAY: readonly string[] = new Array<string>(100_000).fill('x');

/** JSON texts of values wrong for nearly every field: non-finite tokens (not JSON), deep nesting, huge strings and arrays, junk. */
export const evilJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '-1e999',
    'null',
    'true',
    '""',
    '{}',
    '[]',
    '[[]]',
    '[null]',
    '-0',
    '1e308',
    '"\\u0000"',
    '{"\\n": 1}',
    nestedJson(100_000),
    JSON.stringify(HUGE),
    JSON.stringify(BIG_ARRAY),
  ),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
);

const HOLE = 'atenea-fuzz-hole-7f3a';

/** A path into a JSON value: keys and indices. */
export type JsonPath = readonly (string | number)[];

/** The JSON text of `value` with the value at `path` (created when absent) replaced by the JSON text `text`. */
export function jsonWith(value: unknown, path: JsonPath, text: string): string {
  if (path.length === 0) return text;
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = HOLE;
  return JSON.stringify(copy).split(JSON.stringify(HOLE)).join(text);
}

/** Every path into `value` down to `depth` levels (the first two entries of each array), the whole value excluded. */
export function pathsOf(value: unknown, depth = 3): JsonPath[] {
  if (depth === 0 || typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? [...value.keys()].slice(0, 2) : Object.keys(value);
  return keys.flatMap((k) => [[k], ...pathsOf((value as Record<string | number, unknown>)[k], depth - 1).map((p) => [k, ...p])]);
}
