import { describe, expect, it } from 'vitest';
import { ValidationError } from '#core/scenario/validate.ts';
import { computeAct } from './compute-act.ts';

function badMessage(value: unknown): string {
  try {
    computeAct.parseCase(value);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message;
  }
  throw new Error('expected a ValidationError');
}

describe('compute act (README "compute act"), called directly', () => {
  it('computes N, p, R, ρ and the weighted state', () => {
    const out = computeAct.computeCpu(
      computeAct.parseCase({
        halting: [0.1, 0.3, 0.2, 0.5],
        states: [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
          [1, 1, 0],
        ],
        epsilon: 0.01,
        maxSteps: 100,
      }),
    );
    expect(out.steps).toBe(4);
    expect(out.probabilities.slice(0, 3)).toEqual([0.1, 0.3, 0.2]);
    expect(out.probabilities[3]).toBeCloseTo(0.4, 15);
    expect(out.remainder).toBeCloseTo(0.4, 15);
    expect(out.ponderCost).toBeCloseTo(4.4, 15);
    expect(out.state.map((x) => +x.toFixed(12))).toEqual([0.5, 0.7, 0.2]);
    expect(Object.keys(out)).toEqual(['steps', 'probabilities', 'remainder', 'ponderCost', 'state']);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('defaults ε to 0.01 and maxSteps to 100, ignores values past N, and honours the cap', () => {
    const out = computeAct.computeCpu(computeAct.parseCase({ halting: [0.995, 0.7], states: [[2], [4]] }));
    expect(out).toEqual({ steps: 1, probabilities: [1], remainder: 1, ponderCost: 2, state: [2] });
    const capped = computeAct.computeCpu(computeAct.parseCase({ halting: [0.1, 0.1, 0.1], states: [[1], [2]], maxSteps: 2 }));
    expect(capped.steps).toBe(2);
    expect(capped.remainder).toBe(0.9);
    expect(capped.state[0]).toBeCloseTo(0.1 + 1.8, 15);
    const zero = computeAct.computeCpu(computeAct.parseCase({ halting: [0.5, 0.5], states: [[1], [3]], epsilon: 0 }));
    expect(zero).toEqual({ steps: 2, probabilities: [0.5, 0.5], remainder: 0.5, ponderCost: 2.5, state: [2] });
  });

  it('rejects each kind of bad input naming the field and what is allowed', () => {
    expect(badMessage({ halting: [0.1, 0.2], states: [[1], [2]] })).toMatch(
      /^halting: 2 values sum to .*short of 1 − ε = 0.99.*; allowed: values in \[0, 1\], enough of them/,
    );
    expect(badMessage({ halting: [0.5, 0.6], states: [[1]] })).toMatch(/^states: got 1 rows, but the step halts at N = 2; allowed: at least 2 rows/);
    expect(badMessage({ halting: [1.2], states: [[1]] })).toMatch(/^halting\[0\]: got 1.2; allowed: a finite number in \[0, 1\]/);
    expect(badMessage({ halting: [-0.01, 1], states: [[1], [1]] })).toMatch(/^halting\[0\]: got -0.01/);
    expect(badMessage({ halting: [1], states: [[1]], epsilon: 1 })).toMatch(/^epsilon: got 1; allowed: a finite number in \[0, 1\)/);
    expect(badMessage({ halting: [1], states: [[1]], epsilon: -0.5 })).toMatch(/^epsilon: got -0.5/);
    expect(badMessage({ halting: [1], states: [[1]], maxSteps: 0 })).toMatch(/^maxSteps: got 0; allowed: an integer ≥ 1/);
    expect(badMessage({ halting: [1], states: [[1]], maxSteps: 1.5 })).toMatch(/^maxSteps: got 1.5/);
    expect(badMessage({ halting: [], states: [[1]] })).toMatch(/^halting: got length 0/);
    expect(badMessage({ states: [[1]] })).toMatch(/^halting: missing/);
    expect(badMessage({ halting: [1] })).toMatch(/^states: missing/);
    expect(badMessage({ halting: [1], states: [[1, 2], [3]] })).toMatch(/^states\[1\]: got length 1/);
    expect(badMessage({ halting: [1], states: [[]] })).toMatch(/^states\[0\]: got length 0/);
    expect(badMessage([1, 2])).toMatch(/^input: got an array of length 2; allowed: a JSON object/);
  });
});
