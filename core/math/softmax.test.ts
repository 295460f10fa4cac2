import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax } from './softmax.ts';

const sum = (v: ArrayLike<number>) => Array.from(v).reduce((a, b) => a + b, 0);

describe('softmax (stable, NTM eq. 5)', () => {
  it('hand-checked values', () => {
    expect(Array.from(softmax([0, 0, 0, 0]))).toEqual([0.25, 0.25, 0.25, 0.25]);
    const w = softmax([0, Math.log(3)]);
    expect(w[0]).toBeCloseTo(0.25, 15);
    expect(w[1]).toBeCloseTo(0.75, 15);
    expect(Array.from(softmax([7]))).toEqual([1]);
    expect(Array.from(softmax([]))).toEqual([]);
  });
  it('is one-hot, not NaN, for huge logits', () => {
    expect(Array.from(softmax([1000, 0, -1000, 999 - 1000]))).toEqual([1, 0, 0, 0]);
    expect(Array.from(softmax([1e300, 1e300]))).toEqual([0.5, 0.5]);
  });
  it('+Infinity logits (an overflowed score) share the weight; never NaN', () => {
    expect(Array.from(softmax([Infinity, Infinity]))).toEqual([0.5, 0.5]);
    expect(Array.from(softmax([Infinity, 3, -Infinity]))).toEqual([1, 0, 0]);
    expect(Array.from(softmax([Infinity, Infinity, 1], [false, true, true]))).toEqual([0, 1, 0]);
    expect(Array.from(softmax([1e308, -1e308]))).toEqual([1, 0]);
  });
  it('masked entries get exactly 0 and the rest renormalise', () => {
    expect(Array.from(softmax([5, 1, 1], [false, true, true]))).toEqual([0, 0.5, 0.5]);
    expect(Array.from(softmax([1, 2], [false, false]))).toEqual([0, 0]);
    expect(Array.from(softmax([-Infinity, 0]))).toEqual([0, 1]);
    expect(() => softmax([1, 2], [true])).toThrow(RangeError);
  });
  it('sums to 1 and is shift invariant (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -700, max: 700, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (x, c) => {
          const w = softmax(x);
          expect(sum(w)).toBeCloseTo(1, 12);
          for (const v of w) expect(v).toBeGreaterThanOrEqual(0);
          const shifted = softmax(x.map((v) => v + c));
          for (let i = 0; i < x.length; i++) expect(shifted[i]).toBeCloseTo(w[i]!, 9);
        },
      ),
    );
  });
});
