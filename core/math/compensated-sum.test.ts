import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CompensatedSum, compensatedSum } from './compensated-sum.ts';

describe('compensatedSum', () => {
  it('adds ten thousand copies of 1e-4 to 1 within one ulp, where a plain sum drifts', () => {
    const values = new Array<number>(10_000).fill(1e-4);
    let plain = 0;
    for (const v of values) plain += v;
    expect(Math.abs(plain - 1)).toBeGreaterThan(1e-14);
    expect(Math.abs(compensatedSum(values) - 1)).toBeLessThanOrEqual(2 ** -52);
  });

  it('keeps a small term next to a large one (Neumaier case)', () => {
    expect(compensatedSum([1, 1e100, 1, -1e100])).toBe(2);
  });

  it('is exact on an empty list and on dyadic terms', () => {
    expect(compensatedSum([])).toBe(0);
    expect(new CompensatedSum().add(0.5).add(0.25).add(0.125).value).toBe(0.875);
  });

  it('is exact on multiples of 2^-10 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 200 }), (ints) => {
        const values = ints.map((i) => i / 1024);
        const exact = ints.reduce((a, b) => a + b, 0) / 1024;
        expect(compensatedSum(values)).toBe(exact);
      }),
    );
  });
});
