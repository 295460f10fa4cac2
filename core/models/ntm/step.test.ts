import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraseAddWrite, memoryFromRows, memoryToRows, simplifiedWrite } from './memory.ts';
import { cpuStepper, ntmStep } from './step.ts';
import type { NtmStepInput } from './types.ts';

const f = (v: number[]) => Float64Array.from(v);
const list = (v: ArrayLike<number>) => Array.from(v);

/** A 4 × 3 memory whose rows are distinct; slot 3 is all zeros. */
function baseInput(overrides: Partial<NtmStepInput> = {}): NtmStepInput {
  return {
    memory: memoryFromRows([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]),
    key: f([0, 1, 0]),
    beta: 0,
    gate: 0,
    shift: f([0, 1, 0]),
    gamma: 1,
    previousWeights: f([1, 0, 0, 0]),
    erase: f([0, 0, 0]),
    add: f([0, 0, 0]),
    ...overrides,
  };
}

describe('ntmStep: hand-checked cases (NTM eqs. 2–9)', () => {
  it('g = 0 with a +1 shift moves the previous one-hot to the next slot, then reads it', () => {
    const r = ntmStep(baseInput({ shift: f([0, 0, 1]) }));
    expect(list(r.gatedWeights)).toEqual([1, 0, 0, 0]);
    expect(list(r.shiftedWeights)).toEqual([0, 1, 0, 0]);
    expect(list(r.weights)).toEqual([0, 1, 0, 0]);
    expect(list(r.readVector)).toEqual([0, 1, 0]);
  });
  it('−1 from slot 0 wraps to the last slot; +2 moves two slots; +1 from the last wraps to the first', () => {
    expect(list(ntmStep(baseInput({ shift: f([1, 0, 0]) })).weights)).toEqual([0, 0, 0, 1]);
    expect(list(ntmStep(baseInput({ shift: f([0, 0, 0, 0, 1]) })).weights)).toEqual([0, 0, 1, 0]);
    expect(list(ntmStep(baseInput({ shift: f([0, 0, 1]), previousWeights: f([0, 0, 0, 1]) })).weights)).toEqual([1, 0, 0, 0]);
  });
  it('g = 1 uses the content weights only; β = 0 makes them uniform', () => {
    const r = ntmStep(baseInput({ gate: 1 }));
    expect(list(r.contentWeights)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(list(r.gatedWeights)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(list(r.readVector)).toEqual([0.25, 0.25, 0.25]);
  });
  it('γ = 1 leaves w̃ unchanged', () => {
    const r = ntmStep(baseInput({ gate: 0.5, shift: f([0.25, 0.5, 0.25]) }));
    r.weights.forEach((x, i) => expect(x).toBeCloseTo(r.shiftedWeights[i]!, 15));
  });
  it('a zero key and a zero memory row have similarity 0', () => {
    const r = ntmStep(baseInput({ key: f([0, 0, 0]), beta: 10, gate: 1 }));
    expect(list(r.similarity)).toEqual([0, 0, 0, 0]);
    expect(list(r.contentWeights)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(ntmStep(baseInput({ key: f([1, 1, 1]), beta: 1 })).similarity[3]).toBe(0);
  });
  it('N = 1', () => {
    const r = ntmStep({
      memory: memoryFromRows([[2, -1]]),
      key: f([1, 0]),
      beta: 3,
      gate: 0.5,
      shift: f([0.2, 0.3, 0.5]),
      gamma: 2,
      previousWeights: f([1]),
      erase: f([1, 0.5]),
      add: f([4, 4]),
    });
    expect(list(r.contentWeights)).toEqual([1]);
    expect(r.weights[0]).toBeCloseTo(1, 15);
    expect(list(r.readVector)).toEqual([2, -1]);
    expect(memoryToRows(r.memoryAfterWrite)[0]![0]).toBeCloseTo(4, 14);
    expect(memoryToRows(r.memoryAfterWrite)[0]![1]).toBeCloseTo(3.5, 14);
  });
  it('reads and writes with the final weights and the memory before the write', () => {
    const input = baseInput({ shift: f([0, 0, 1]), erase: f([1, 1, 1]), add: f([5, 6, 7]) });
    const r = ntmStep(input);
    expect(list(r.readVector)).toEqual([0, 1, 0]);
    expect(memoryToRows(r.memoryAfterWrite)).toEqual([
      [1, 0, 0],
      [5, 6, 7],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    expect(memoryToRows(input.memory)[1]).toEqual([0, 1, 0]);
  });
  it('the simplified write equals erase/add with e = 1 and a = w (the vector written)', () => {
    const r = ntmStep(baseInput({ gate: 0.7, beta: 2, shift: f([0.1, 0.8, 0.1]), gamma: 1.5 }));
    const written = [0.5, -2, 3];
    const lecture = simplifiedWrite(baseInput().memory, r.weights, written);
    const full = eraseAddWrite(baseInput().memory, r.weights, [1, 1, 1], written);
    lecture.data.forEach((x, k) => expect(x).toBeCloseTo(full.data[k]!, 15));
  });
  it('β = 1000 gives a one-hot with no NaN anywhere', () => {
    const r = ntmStep(baseInput({ beta: 1000, gate: 1, key: f([0, 0, 5]) }));
    expect(r.weights[2]).toBe(1);
    for (const v of [r.contentWeights, r.gatedWeights, r.shiftedWeights, r.weights, r.readVector, r.memoryAfterWrite.data]) {
      for (const x of v) expect(Number.isNaN(x)).toBe(false);
    }
  });
  it('sharpening a zero weighting (g = 0, zero previous weights) gives zeros, no NaN', () => {
    const r = ntmStep(baseInput({ previousWeights: f([0, 0, 0, 0]), gamma: 4 }));
    expect(list(r.weights)).toEqual([0, 0, 0, 0]);
    expect(list(r.readVector)).toEqual([0, 0, 0]);
  });
  it('cpuStepper resolves to the same result', async () => {
    expect(cpuStepper.backend).toBe('cpu');
    const input = baseInput({ shift: f([0, 0, 1]) });
    expect(await cpuStepper.step(input)).toEqual(ntmStep(input));
  });
});

describe('ntmStep properties (fast-check)', () => {
  it('weights sum to 1, the read is a convex combination of rows, the step is deterministic', () => {
    const arb = fc.record({ n: fc.integer({ min: 1, max: 24 }), m: fc.integer({ min: 1, max: 8 }), k: fc.integer({ min: 0, max: 3 }) }).chain(({ n, m, k }) =>
      fc.record({
        rows: fc.array(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: m, maxLength: m }), {
          minLength: n,
          maxLength: n,
        }),
        key: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: m, maxLength: m }),
        prev: fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        shift: fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2 * k + 1, maxLength: 2 * k + 1 }),
        erase: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m, maxLength: m }),
        add: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: m, maxLength: m }),
        beta: fc.double({ min: 0, max: 1000, noNaN: true }),
        gate: fc.double({ min: 0, max: 1, noNaN: true }),
        gamma: fc.double({ min: 1, max: 50, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(arb, (c) => {
        const norm = (v: number[]) => f(v.map((x) => x / v.reduce((a, b) => a + b, 0)));
        const input: NtmStepInput = {
          memory: memoryFromRows(c.rows),
          key: f(c.key),
          beta: c.beta,
          gate: c.gate,
          shift: norm(c.shift),
          gamma: c.gamma,
          previousWeights: norm(c.prev),
          erase: f(c.erase),
          add: f(c.add),
        };
        const r = ntmStep(input);
        for (const w of [r.contentWeights, r.gatedWeights, r.shiftedWeights, r.weights]) {
          expect(list(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        }
        for (let j = 0; j < input.memory.columns; j++) {
          const column = c.rows.map((row) => row[j]!);
          expect(r.readVector[j]).toBeGreaterThanOrEqual(Math.min(...column) - 1e-9);
          expect(r.readVector[j]).toBeLessThanOrEqual(Math.max(...column) + 1e-9);
        }
        expect(ntmStep(input)).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });
});
