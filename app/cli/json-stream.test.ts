import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '#core/testing/fuzz-runs.ts';
import { toJson } from './json-output.ts';
import { jsonChunks } from './json-stream.ts';

const joined = (value: unknown, chunk?: number): string => [...jsonChunks(value, chunk)].join('');

/** Values a trace can hold: JSON data, typed arrays, -0 and non-finite numbers, undefined fields, toJSON. */
const traceLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.double(),
    fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, null, true, false, undefined),
    fc.string(),
    fc.array(fc.double()).map((xs) => Float64Array.from(xs)),
    fc.array(fc.float({ noNaN: false })).map((xs) => Float32Array.from(xs)),
    fc.array(fc.integer({ min: 0, max: 255 })).map((xs) => Uint8Array.from(xs)),
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 6 }),
    tie('value').map((inner) => ({ toJSON: () => inner })),
  ),
})).value;

describe('jsonChunks', () => {
  it('writes exactly the text of toJson, for any chunk size', () => {
    fc.assert(
      fc.property(traceLike, fc.integer({ min: 1, max: 64 }), (value, chunk) => {
        expect(joined(value, chunk)).toBe(toJson(value) ?? '');
      }),
      fuzzRuns(400, 13),
    );
  });

  it('writes in bounded pieces, so no piece is the whole of a long trace', () => {
    const trace = { module: 'ntm', frames: Array.from({ length: 2000 }, (_, t) => ({ t, weights: new Float64Array(64).fill(t / 3) })) };
    const pieces = [...jsonChunks(trace, 4096)];
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4096 + 2000);
    expect(JSON.parse(pieces.join(''))).toEqual(JSON.parse(toJson(trace)));
  });

  it('refuses a bigint and a cycle as JSON.stringify does', () => {
    expect(() => [...jsonChunks({ a: 1n })]).toThrow(TypeError);
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(() => [...jsonChunks(cycle)]).toThrow(/cycle/);
    const shared = [1];
    expect(joined({ a: shared, b: shared })).toBe('{"a":[1],"b":[1]}');
  });
});
