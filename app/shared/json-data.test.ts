import { describe, expect, it } from 'vitest';
import { toJsonData } from './json-data.ts';

/** What the text round trip gives, with typed arrays written as arrays (app/cli/json-output.ts does the same). */
const viaText = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) && !(x instanceof DataView) ? Array.from(x as unknown as ArrayLike<number>) : x)));

describe('toJsonData', () => {
  it('equals JSON.parse(JSON.stringify(...)) with typed arrays as arrays', () => {
    const values: unknown[] = [
      { a: new Float64Array([1.5, -0, Number.NaN]), b: [new Int32Array([3, 4]), undefined, () => 1], c: undefined, d: 'x', e: null },
      [Number.POSITIVE_INFINITY, -0, 0.1 + 0.2, true, false, 'ü'],
      { nested: { deeper: { rows: 2, data: new Float32Array([0.25, 1e-7]) } }, when: new Date(0) },
      42,
      'text',
      null,
    ];
    for (const v of values) expect(toJsonData(v)).toStrictEqual(viaText(v));
  });

  it('writes -0 as 0 and non-finite numbers as null', () => {
    expect(Object.is(toJsonData(-0), 0)).toBe(true);
    expect(toJsonData([Number.NaN, Number.NEGATIVE_INFINITY])).toEqual([null, null]);
  });

  it('refuses a bigint and a cycle, as JSON.stringify does', () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(() => toJsonData(1n)).toThrow(/bigint/);
    expect(() => toJsonData(cycle)).toThrow(/cycle/);
  });

  it('allows the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    expect(toJsonData({ a: shared, b: [shared] })).toEqual({ a: { x: 1 }, b: [{ x: 1 }] });
  });
});
