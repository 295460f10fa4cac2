import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nonZeroCount, parityCell, parityInputs, parityTarget } from './parity.ts';
import { ponderStepsByNonZeroCount } from './parity-plot.ts';
import { ponderWithCell } from './ponder.ts';
import { parityPreset } from './presets.ts';
import { ponderStepsPerInput, runActScenario } from './run.ts';

const stepsFor = (x: number[], bits: number, previous?: number[]): number =>
  ponderWithCell(parityCell(bits), x, previous ?? new Array<number>(2 * bits + 1).fill(0), 0.01, 100).decision.steps;

describe('parity (Graves 2016 §3.1)', () => {
  it('builds inputs with 1 … bits non-zero ±1 entries, from the seed', () => {
    const inputs = parityInputs(8, 2016);
    expect(inputs.map(nonZeroCount)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const x of inputs) for (const v of x) expect([-1, 0, 1]).toContain(v);
    expect(parityInputs(8, 2016)).toEqual(inputs);
    expect(parityInputs(8, 2017)).not.toEqual(inputs);
    expect(parityTarget([1, 0, -1, 1, 1])).toBe(1);
    expect(parityTarget([1, -1, 1, 0])).toBe(0);
  });

  it('the preset takes more ponder steps for inputs with more non-zero entries', () => {
    const trace = runActScenario(parityPreset.scenario);
    const steps = ponderStepsPerInput(trace);
    expect(steps).toHaveLength(8);
    for (let t = 1; t < steps.length; t++) expect(steps[t]!).toBeGreaterThanOrEqual(steps[t - 1]!);
    expect(steps[7]!).toBeGreaterThan(steps[0]! + 10);
    expect(steps[7]!).toBeLessThan(100); // halts by the threshold, not the cap
  });

  it('an all-zero input halts at the first step; the output counts the non-zero entries', () => {
    expect(stepsFor(new Array<number>(8).fill(0), 8)).toBe(1);
    const x = [1, 0, -1, 0, 0, 1, 0, 0];
    const r = ponderWithCell(parityCell(8), x, new Array<number>(17).fill(0), 0.01, 100);
    for (const p of r.ponders) expect(p.output[0]).toBeCloseTo(3, 12);
  });

  it('more non-zero entries never take fewer ponder steps, whatever the widths, positions, signs and previous state (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 64 })
          .chain((bits) =>
            fc.tuple(
              fc.constant(bits),
              fc.array(fc.constantFrom(-1, 0, 1), { minLength: bits, maxLength: bits }),
              fc.array(fc.constantFrom(-1, 1), { minLength: bits, maxLength: bits }),
              fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2 * bits + 1, maxLength: 2 * bits + 1 }),
            ),
          ),
        ([bits, x, fill, previous]) => {
          // x′: x with one more zero entry made non-zero (when there is one).
          const zero = x.indexOf(0);
          if (zero < 0) return;
          const more = [...x];
          more[zero] = fill[zero]!;
          expect(stepsFor(more, bits, previous)).toBeGreaterThanOrEqual(stepsFor(x, bits));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the parity plot', () => {
  it('pairs each input with its non-zero count and ponder steps, sorted by difficulty (and inputs do not depend on the order)', () => {
    const scenario = parityPreset.scenario;
    if (scenario.source !== 'cell') throw new Error('parity is a cell scenario');
    const reversed = { ...scenario, inputs: [...scenario.inputs].reverse() };
    const points = ponderStepsByNonZeroCount(reversed, runActScenario(reversed));
    expect(points.map((p) => p.nonZero)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(points.map((p) => p.step)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    expect(points.map((p) => p.ponderSteps)).toEqual(ponderStepsPerInput(runActScenario(scenario)));
  });
});
