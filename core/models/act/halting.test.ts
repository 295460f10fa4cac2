import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compensatedSum } from '../../math/compensated-sum.ts';
import { HALTING_TOLERANCE, HaltingAccumulator, decideHalting } from './halting.ts';

const sumOf = (p: readonly number[]): number => compensatedSum(p);

describe('decideHalting (Graves 2016 §2)', () => {
  it('halts at the first step when h¹ ≥ 1 − ε, with p¹ = R = 1 (not h¹)', () => {
    const d = decideHalting([0.995, 0.5], 0.01, 100)!;
    expect(d.steps).toBe(1);
    expect(d.remainder).toBe(1);
    expect(d.probabilities).toEqual([1]);
    expect(d.ponderCost).toBe(2);
    expect(d.capped).toBe(false);
    expect(decideHalting([0.99], 0.01, 100)!.steps).toBe(1); // h¹ exactly 1 − ε
    expect(decideHalting([1], 0, 100)!.steps).toBe(1);
    expect(decideHalting([0.98, 0.5], 0.01, 100)!.steps).toBe(2);
  });

  it('halts when the sum is exactly 1 − ε (dyadic values, exact in float64)', () => {
    const d = decideHalting([0.5, 0.25, 0.125], 0.25, 100)!;
    expect(d.steps).toBe(2);
    expect(d.remainder).toBe(0.5);
    expect(d.probabilities).toEqual([0.5, 0.5]);
    expect(d.ponderCost).toBe(2.5);
    // One step short of the line does not halt.
    expect(decideHalting([0.5, 0.2499, 0.3], 0.25, 100)!.steps).toBe(3);
  });

  it('halts when decimal values sum to 1 − ε although float64 rounds the plain sum below it', () => {
    expect(0.2 + 0.7 >= 1 - 0.1).toBe(false); // why the rule uses a compensated sum and a tolerance
    const d = decideHalting([0.2, 0.7, 0.05], 0.1, 100)!;
    expect(d.steps).toBe(2);
    expect(d.remainder).toBeCloseTo(0.8, 15);
    expect(decideHalting([0.3, 0.69, 0.5], 0.01, 100)!.steps).toBe(2);
    expect(decideHalting([0.1, 0.2, 0.69, 0.5], 0.01, 100)!.steps).toBe(3);
  });

  it('does not halt a sum short of 1 − ε by more than the tolerance', () => {
    expect(decideHalting([0.5, 0.25 - 1e-9, 0.5], 0.25, 100)!.steps).toBe(3);
    expect(decideHalting([0.5, 0.25 - 10 * HALTING_TOLERANCE, 0.5], 0.25, 100)!.steps).toBe(3);
  });

  it('with ε = 0 needs the whole budget of 1', () => {
    const d = decideHalting([0.5, 0.49, 0.25], 0, 100)!;
    expect(d.steps).toBe(3);
    expect(d.remainder).toBeCloseTo(0.01, 15);
    expect(decideHalting([0.5, 0.5, 0.25], 0, 100)!.steps).toBe(2);
    expect(decideHalting([0.99, 0.25], 0, 100)!.steps).toBe(2);
    expect(decideHalting([0.5, 0.49], 0, 100)).toBeUndefined();
  });

  it('stops at the cap maxSteps with the remainder on the last step', () => {
    const d = decideHalting([0.1, 0.05, 0.15, 0.1, 0.1, 0.2], 0.01, 5)!;
    expect(d.steps).toBe(5);
    expect(d.capped).toBe(true);
    expect(d.remainder).toBeCloseTo(0.6, 15);
    expect(d.probabilities.slice(0, 4)).toEqual([0.1, 0.05, 0.15, 0.1]);
    expect(d.ponderCost).toBeCloseTo(5.6, 14);
    const one = decideHalting([0], 0.01, 1)!;
    expect(one).toMatchObject({ steps: 1, remainder: 1, probabilities: [1], capped: true });
    // Reaching the threshold exactly at the cap is a threshold halt, not a capped one.
    expect(decideHalting([0.5, 0.5], 0.01, 2)!.capped).toBe(false);
  });

  it('counts long sequences of tiny h exactly: 10,000 × 10⁻⁴ with ε = 0 halts at 10,000', () => {
    const h = new Array<number>(20_000).fill(1e-4);
    let plain = 0;
    for (let i = 0; i < 10_000; i++) plain += h[i]!;
    expect(plain < 1).toBe(true); // a plain running sum would wait one more step
    const d = decideHalting(h, 0, 100_000)!;
    expect(d.steps).toBe(10_000);
    expect(d.remainder).toBeCloseTo(1e-4, 14);
    expect(Math.abs(sumOf(d.probabilities) - 1)).toBeLessThan(1e-14);
    expect(decideHalting(new Array<number>(2000).fill(1e-3), 0.01, 100_000)!.steps).toBe(990);
    expect(decideHalting(h, 0, 100)!).toMatchObject({ steps: 100, capped: true });
  });

  it('returns undefined when the values run out before a decision', () => {
    expect(decideHalting([], 0.01, 100)).toBeUndefined();
    expect(decideHalting([0.1, 0.2], 0.01, 100)).toBeUndefined();
    expect(decideHalting([0.1, 0.2], 0.01, 3)).toBeUndefined();
    expect(decideHalting([0.1, 0.2, 0], 0.01, 3)!.steps).toBe(3);
  });

  it('p sums to 1, N is the first crossing (or the cap), ρ = N + R, in every case (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1e-3, noNaN: true }), fc.constantFrom(0, 1, 0.5, 0.25)), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.oneof(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom(0, 0.01, 0.5)),
        fc.integer({ min: 1, max: 400 }),
        (h, epsilon, maxSteps) => {
          const d = decideHalting(h, epsilon, maxSteps);
          if (d === undefined) {
            expect(h.length).toBeLessThan(maxSteps);
            expect(sumOf(h)).toBeLessThan(1 - epsilon);
            return;
          }
          expect(d.probabilities).toHaveLength(d.steps);
          expect(Math.abs(sumOf(d.probabilities) - 1)).toBeLessThan(1e-12);
          for (const p of d.probabilities) expect(p >= 0 && p <= 1).toBe(true);
          expect(d.steps).toBeLessThanOrEqual(maxSteps);
          for (let n = 0; n < d.steps - 1; n++) expect(sumOf(h.slice(0, n + 1))).toBeLessThan(1 - epsilon);
          if (!d.capped) expect(sumOf(h.slice(0, d.steps))).toBeGreaterThanOrEqual(1 - epsilon - HALTING_TOLERANCE);
          else expect(d.steps).toBe(maxSteps);
          expect(d.remainder).toBeGreaterThan(0);
          expect(d.ponderCost).toBe(d.steps + d.remainder);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the accumulator refuses a value after the halt', () => {
    const acc = new HaltingAccumulator(0.01, 100);
    expect(acc.push(0.5)).toBe(false);
    expect(acc.push(0.6)).toBe(true);
    expect(() => acc.push(0.1)).toThrow(/already halted/);
  });
});
