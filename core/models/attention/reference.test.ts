import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attentionSequence, attentionStep, matrixFromRows, scoreAll } from './reference.ts';
import type { AttentionInput } from './types.ts';

const keys = matrixFromRows([
  [1, 0],
  [0, 1],
  [1, 1],
]);
const all = [true, true, true];

function dotCase(query: number[], k = keys, mask = all): AttentionInput {
  return { score: 'dot', query: Float64Array.from(query), keys: k, values: k, mask };
}

describe('attention reference (Bahdanau eqs. 5–6, Luong eq. 8)', () => {
  it('equal keys give uniform weights and the context is that key', () => {
    const same = matrixFromRows([
      [0.3, -2, 5],
      [0.3, -2, 5],
      [0.3, -2, 5],
      [0.3, -2, 5],
    ]);
    const r = attentionStep({ score: 'dot', query: Float64Array.of(4, 1, -1), keys: same, values: same, mask: [true, true, true, true] });
    expect(Array.from(r.weights)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(r.context)).toEqual([0.3, -2, 5]);
  });

  it('a hand-checked dot case', () => {
    const r = attentionStep(dotCase([2, 0]));
    expect(Array.from(r.scores)).toEqual([2, 0, 2]);
    const z = 2 * Math.exp(2) + 1;
    expect(r.weights[0]).toBeCloseTo(Math.exp(2) / z, 15);
    expect(r.weights[1]).toBeCloseTo(1 / z, 15);
    expect(r.context[0]).toBeCloseTo((2 * Math.exp(2)) / z, 15);
    expect(r.context[1]).toBeCloseTo((Math.exp(2) + 1) / z, 15);
  });

  it('a mask zeroes its positions exactly and the rest renormalise; masked scores are −∞', () => {
    const r = attentionStep(dotCase([2, 0], keys, [false, true, true]));
    expect(r.weights[0]).toBe(0);
    expect(r.scores[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(r.weights[1]! + r.weights[2]!).toBeCloseTo(1, 15);
    expect(r.weights[2]! / r.weights[1]!).toBeCloseTo(Math.exp(2), 12);
  });

  it('a one-position sequence gives weight 1', () => {
    const one = matrixFromRows([[7, -3]]);
    const r = attentionStep(dotCase([100, 100], one, [true]));
    expect(Array.from(r.weights)).toEqual([1]);
    expect(Array.from(r.context)).toEqual([7, -3]);
  });

  it('scores in the hundreds and thousands do not overflow', () => {
    const big = matrixFromRows([[1000], [999], [-1000]]);
    const r = attentionStep(dotCase([1], big));
    expect(r.weights.every(Number.isFinite)).toBe(true);
    expect(r.weights[0]! / r.weights[1]!).toBeCloseTo(Math.E, 12);
    expect(r.weights[2]).toBe(0);
    const huge = attentionStep(dotCase([800], matrixFromRows([[1], [1]]), [true, true]));
    expect(Array.from(huge.weights)).toEqual([0.5, 0.5]);
  });

  it('general with W = I equals dot; general with a W computes qᵀ W h', () => {
    const W = matrixFromRows([
      [1, 0],
      [0, 1],
    ]);
    const q = Float64Array.of(0.5, -1.5);
    expect(Array.from(scoreAll({ score: 'general', W }, q, keys))).toEqual(Array.from(scoreAll({ score: 'dot' }, q, keys)));
    // q = [1, 2], W = [[1, 2, 0], [0, 1, 3]] (Dq 2 × Dk 3), h = [1, 1, 1]: qᵀW = [1, 4, 6], e = 11.
    const W2 = matrixFromRows([
      [1, 2, 0],
      [0, 1, 3],
    ]);
    expect(
      Array.from(
        scoreAll(
          { score: 'general', W: W2 },
          Float64Array.of(1, 2),
          matrixFromRows([
            [1, 1, 1],
            [0, 0, 1],
          ]),
        ),
      ),
    ).toEqual([11, 6]);
  });

  it('additive: vᵀ tanh(W q + U h_j + b) + b_v with U of A rows of Dk numbers', () => {
    // A = 2, Dq = 1, Dk = 2.
    const params = {
      score: 'additive' as const,
      W: matrixFromRows([[1], [-1]]),
      U: matrixFromRows([
        [1, 0],
        [0, 2],
      ]),
      v: Float64Array.of(2, 3),
      b: Float64Array.of(0.5, 0),
      bv: -1,
    };
    const e = scoreAll(
      params,
      Float64Array.of(0.25),
      matrixFromRows([
        [1, 1],
        [0, -1],
      ]),
    );
    expect(e[0]).toBeCloseTo(2 * Math.tanh(0.25 + 1 + 0.5) + 3 * Math.tanh(-0.25 + 2) - 1, 15);
    expect(e[1]).toBeCloseTo(2 * Math.tanh(0.25 + 0.5) + 3 * Math.tanh(-0.25 - 2) - 1, 15);
  });

  it('a mask that keeps nothing is refused', () => {
    expect(() => attentionStep(dotCase([1, 0], keys, [false, false, false]))).toThrow('keeps no position');
  });

  it('property: weights are a distribution, 0 where masked, and the context is inside the values’ box', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (T, D, S, seed) => {
          let x = seed;
          const rnd = (): number => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648) * 200 - 100;
          const k = matrixFromRows(Array.from({ length: T }, () => Array.from({ length: D }, rnd)));
          const q = matrixFromRows(Array.from({ length: S }, () => Array.from({ length: D }, rnd)));
          const mask = Array.from({ length: T }, (_, j) => j === seed % T || rnd() > 0);
          const r = attentionSequence({ score: 'dot', queries: q, keys: k, values: k, mask });
          for (let t = 0; t < S; t++) {
            const w = r.weights.data.subarray(t * T, (t + 1) * T);
            expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
            mask.forEach((m, j) => {
              if (!m) expect(w[j]).toBe(0);
            });
            for (let d = 0; d < D; d++) {
              const col = Array.from({ length: T }, (_, j) => k.data[j * D + d]!).filter((_, j) => mask[j]);
              const c = r.contexts.data[t * D + d]!;
              expect(c).toBeGreaterThanOrEqual(Math.min(...col) - 1e-9);
              expect(c).toBeLessThanOrEqual(Math.max(...col) + 1e-9);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
