import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argmax, cosineSimilarity, dot, maxAbs, norm, weightedSumOfRows } from './vector.ts';

describe('dot, norm, maxAbs', () => {
  it('hand-checked values', () => {
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(12);
    expect(norm([3, 4])).toBe(5);
    expect(maxAbs([1, -7, 3])).toBe(7);
    expect(maxAbs([])).toBe(0);
  });
  it('rejects vectors of different lengths', () => {
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
  });
});

describe('argmax', () => {
  it('is the index of the first largest entry', () => {
    expect(argmax([0.2, 0.5, 0.5, 0.1])).toBe(1);
    expect(argmax(new Float64Array([-Infinity, -2, -1]))).toBe(2);
    expect(argmax([])).toBe(0);
  });
});

describe('cosineSimilarity (NTM eq. 6)', () => {
  it('hand-checked values', () => {
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([1, 1], [2, 2])).toBe(1);
    expect(cosineSimilarity([1, 0], [-3, 0])).toBe(-1);
    expect(cosineSimilarity([1, 2, 2], [2, 1, 2])).toBeCloseTo(8 / 9, 15);
  });
  it('is 0 when either vector is all zeros', () => {
    expect(cosineSimilarity([0, 0, 0], [1, 2, 3])).toBe(0);
    expect(cosineSimilarity([1, 2, 3], [0, 0, 0])).toBe(0);
    expect(cosineSimilarity([0, 0], [0, 0])).toBe(0);
  });
  it('neither overflows nor underflows at extreme scales', () => {
    expect(cosineSimilarity([1e200, 1e200], [1e200, 0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(cosineSimilarity([1e-200, 1e-200], [3e-300, 0])).toBeCloseTo(Math.SQRT1_2, 15);
  });
  it('stays in [−1, 1] and is scale invariant (property)', () => {
    const vec = (n: number) => fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(vec(n), vec(n))),
        ([u, v]) => {
          const k = cosineSimilarity(u, v);
          expect(k).toBeGreaterThanOrEqual(-1);
          expect(k).toBeLessThanOrEqual(1);
          expect(
            cosineSimilarity(
              u.map((x) => x * 8),
              v,
            ),
          ).toBe(k);
        },
      ),
    );
  });
});

describe('weightedSumOfRows (NTM eq. 2)', () => {
  it('hand-checked values', () => {
    const rows = [1, 2, 3, 4, 5, 6]; // 3 rows × 2 columns
    expect(Array.from(weightedSumOfRows([0, 1, 0], rows, 2))).toEqual([3, 4]);
    expect(Array.from(weightedSumOfRows([0.5, 0, 0.5], rows, 2))).toEqual([3, 4]);
    expect(Array.from(weightedSumOfRows([0.25, 0.25, 0.5], rows, 2))).toEqual([0.25 + 0.75 + 2.5, 0.5 + 1 + 3]);
  });
  it('rejects a matrix of the wrong size', () => {
    expect(() => weightedSumOfRows([1, 0], [1, 2, 3], 2)).toThrow(RangeError);
  });
});
