import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circularShift, positiveModulo, shiftOffsets } from './circular-shift.ts';

/** A shift vector of width 2K+1 with all its mass on offset d. */
function offsetShift(d: number, k: number): number[] {
  return Array.from({ length: 2 * k + 1 }, (_, j) => (j - k === d ? 1 : 0));
}

describe('circular shift (NTM eq. 8, README "The mathematics")', () => {
  it('offsets and modulo', () => {
    expect(shiftOffsets(1)).toEqual([0]);
    expect(shiftOffsets(5)).toEqual([-2, -1, 0, 1, 2]);
    expect(() => shiftOffsets(4)).toThrow(RangeError);
    expect(positiveModulo(-1, 5)).toBe(4);
    expect(positiveModulo(7, 5)).toBe(2);
  });
  it('offset +1 moves slot i to i+1 and wraps the last slot to the first', () => {
    expect(Array.from(circularShift([0, 1, 0, 0], offsetShift(1, 1)))).toEqual([0, 0, 1, 0]);
    expect(Array.from(circularShift([0, 0, 0, 1], offsetShift(1, 1)))).toEqual([1, 0, 0, 0]);
    expect(Array.from(circularShift([0, 1, 0, 0], offsetShift(-1, 1)))).toEqual([1, 0, 0, 0]);
    expect(Array.from(circularShift([1, 0, 0, 0], offsetShift(-1, 1)))).toEqual([0, 0, 0, 1]);
    expect(Array.from(circularShift([0, 0, 0, 1, 0], offsetShift(2, 2)))).toEqual([1, 0, 0, 0, 0]);
    expect(Array.from(circularShift([0, 0, 1, 0, 0], offsetShift(2, 2)))).toEqual([0, 0, 0, 0, 1]);
  });
  it('widths wider than N wrap: N = 2 with offset +2 is the identity; N = 1 works with any width', () => {
    expect(Array.from(circularShift([0.3, 0.7], offsetShift(2, 2)))).toEqual([0.3, 0.7]);
    expect(Array.from(circularShift([0.3, 0.7], offsetShift(3, 3)))).toEqual([0.7, 0.3]);
    expect(Array.from(circularShift([1], [0.2, 0.3, 0.5]))).toEqual([1]);
    expect(Array.from(circularShift([1], offsetShift(-3, 3)))).toEqual([1]);
  });
  it('spreads mass by the shift weights', () => {
    const w = circularShift([0, 1, 0, 0], [0.25, 0.5, 0.25]);
    expect(Array.from(w)).toEqual([0.25, 0.5, 0.25, 0]);
  });
  it('preserves the total mass (property)', () => {
    const dist = (n: number) =>
      fc
        .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
        .filter((v) => v.some((x) => x > 1e-3))
        .map((v) => {
          const s = v.reduce((a, b) => a + b, 0);
          return v.map((x) => x / s);
        });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 4 }), (n, k) => {
        fc.assert(
          fc.property(dist(n), dist(2 * k + 1), (w, s) => {
            const out = circularShift(w, s);
            expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 30 },
    );
  });
});
