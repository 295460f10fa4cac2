import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentAddressing, interpolate, sharpen, shiftWeights } from './addressing.ts';
import { memoryFromRows } from './memory.ts';

const list = (v: ArrayLike<number>) => Array.from(v);
const oneHot = (n: number, i: number) => Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
/** Width 3 shift vectors: offsets −1, 0, +1. */
const MINUS_ONE = [1, 0, 0];
const PLUS_ONE = [0, 0, 1];

describe('content addressing (NTM eqs. 5–6)', () => {
  const memory = memoryFromRows([
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 0],
  ]);
  it('similarity is the cosine per row, 0 for a zero memory row', () => {
    const { similarity } = contentAddressing(memory, [1, 0, 0], 1);
    expect([similarity[0], similarity[1], similarity[3]]).toEqual([1, 0, 0]);
    expect(similarity[2]).toBeCloseTo(1 / Math.sqrt(2), 15);
  });
  it('β = 0 gives uniform weights', () => {
    expect(list(contentAddressing(memory, [1, 0, 0], 0).weights)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it('a zero key gives similarity 0 everywhere, so uniform weights whatever β', () => {
    const { similarity, weights } = contentAddressing(memory, [0, 0, 0], 50);
    expect(list(similarity)).toEqual([0, 0, 0, 0]);
    expect(list(weights)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it('w_c = softmax(β K) by hand', () => {
    const { weights } = contentAddressing(memory, [1, 0, 0], 2);
    const e = [Math.exp(2), 1, Math.exp(2 * Math.SQRT1_2), 1];
    const s = e.reduce((a, b) => a + b, 0);
    e.forEach((x, i) => expect(weights[i]).toBeCloseTo(x / s, 15));
  });
  it('β = 1000 gives a one-hot on the best match, not NaN', () => {
    const w = list(contentAddressing(memory, [0, 1, 0], 1000).weights);
    expect(w[1]).toBe(1);
    for (const x of w) expect(Number.isNaN(x)).toBe(false);
    expect(Math.max(w[0]!, w[2]!, w[3]!)).toBeLessThan(1e-100);
  });
  it('N = 1 gives weight 1', () => {
    expect(list(contentAddressing(memoryFromRows([[3, 4]]), [1, 1], 5).weights)).toEqual([1]);
  });
});

describe('interpolation (NTM eq. 7)', () => {
  const wc = [0.1, 0.2, 0.7];
  const wp = [0.5, 0.5, 0];
  it('g = 1 keeps the content weights, g = 0 the previous weights, exactly', () => {
    expect(list(interpolate(wc, wp, 1))).toEqual(wc);
    expect(list(interpolate(wc, wp, 0))).toEqual(wp);
  });
  it('g = 0.5 averages', () => {
    const w = interpolate([0.25, 0.75], [0.75, 0.25], 0.5);
    expect(list(w)).toEqual([0.5, 0.5]);
  });
});

describe('shift (NTM eq. 8)', () => {
  it('moves a one-hot by +1, −1, +2 and across the wrap', () => {
    expect(list(shiftWeights(oneHot(5, 1), PLUS_ONE))).toEqual(oneHot(5, 2));
    expect(list(shiftWeights(oneHot(5, 1), MINUS_ONE))).toEqual(oneHot(5, 0));
    expect(list(shiftWeights(oneHot(5, 1), [0, 0, 0, 0, 1]))).toEqual(oneHot(5, 3));
    expect(list(shiftWeights(oneHot(5, 4), PLUS_ONE))).toEqual(oneHot(5, 0));
    expect(list(shiftWeights(oneHot(5, 0), MINUS_ONE))).toEqual(oneHot(5, 4));
    expect(list(shiftWeights(oneHot(5, 4), [0, 0, 0, 0, 1]))).toEqual(oneHot(5, 1));
  });
  it('N = 2 with offset +2 is the identity; N = 1 with any width', () => {
    expect(list(shiftWeights([0.25, 0.75], [0, 0, 0, 0, 1]))).toEqual([0.25, 0.75]);
    expect(shiftWeights([1], [0.1, 0.2, 0.4, 0.2, 0.1])[0]).toBeCloseTo(1, 15);
    expect(list(shiftWeights([1], [0, 0, 0, 0, 0, 0, 1]))).toEqual([1]);
  });
});

describe('sharpening (NTM eq. 9)', () => {
  it('γ = 1 leaves w̃ unchanged', () => {
    expect(list(sharpen([0.25, 0.5, 0.25], 1))).toEqual([0.25, 0.5, 0.25]);
    const w = [0.1, 0.3, 0.6];
    sharpen(w, 1).forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 15));
  });
  it('γ = 2 squares and renormalises', () => {
    expect(list(sharpen([0.5, 0.25, 0.25], 2))).toEqual([4 / 6, 1 / 6, 1 / 6]);
  });
  it('a zero w̃ gives all zeros, never NaN', () => {
    expect(list(sharpen([0, 0, 0], 3))).toEqual([0, 0, 0]);
  });
  it('tiny entries with a large γ still sum to 1 (no underflow to 0/0)', () => {
    expect(list(sharpen([1e-300, 2e-300, 1e-300], 2000))).toEqual([0, 1, 0]);
    const w = sharpen([1e-300, 2e-300, 1e-300], 50);
    expect(list(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(w[0]).toBeCloseTo(2 ** -50, 25);
  });
});

describe('addressing properties (fast-check)', () => {
  it('every stage weighting sums to 1 for valid inputs', () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 16 }),
      m: fc.integer({ min: 1, max: 6 }),
      k: fc.integer({ min: 0, max: 3 }),
      seed: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 200, maxLength: 200 }),
      prev: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
      shift: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }),
      beta: fc.double({ min: 0, max: 1000, noNaN: true }),
      gate: fc.double({ min: 0, max: 1, noNaN: true }),
      gamma: fc.double({ min: 1, max: 30, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, ({ n, m, k, seed, prev, shift, beta, gate, gamma }) => {
        const rows = Array.from({ length: n }, (_, i) => seed.slice(i * m + 1, i * m + 1 + m));
        const memory = memoryFromRows(rows);
        const normalise = (v: number[]) => {
          const s = v.reduce((a, b) => a + b, 0);
          return s > 0 ? v.map((x) => x / s) : v.map(() => 1 / v.length);
        };
        const wPrev = normalise(prev.slice(0, n));
        const s = normalise(shift.slice(0, 2 * k + 1));
        const { weights: wc } = contentAddressing(memory, seed.slice(0, m), beta);
        const wg = interpolate(wc, wPrev, gate);
        const ws = shiftWeights(wg, s);
        const w = sharpen(ws, gamma);
        for (const v of [wc, wg, ws, w]) {
          const total = list(v).reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(1, 9);
          for (const x of v) {
            expect(Number.isFinite(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
