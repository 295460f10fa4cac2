import { describe, expect, it } from 'vitest';
import { parityExamples } from '../parity-data.ts';
import { evaluateActParity } from './evaluate.ts';
import { runParityCase, summariseParity } from './held-out.ts';
import { trainedActFile } from './registry.ts';
import { parseTrainedActFile } from './trained-file.ts';

const file = trainedActFile('act-parity');
const { epsilon, maxSteps } = file.card.sizes;

describe('the shipped act-parity file', () => {
  it('has a model card and six checkpoints from step 0 to the last step, the last being the final weights', () => {
    expect(file.card.library).toBe('tfjs-core 4.22 cpu');
    expect(file.card.sizes).toMatchObject({ bits: 8, epsilon: 0.01 });
    expect(file.checkpoints.map((c) => c.step)).toEqual(Array.from({ length: 6 }, (_, i) => Math.round((i * file.card.steps) / 5)));
    expect(file.checkpoints.at(-1)!.weights).toEqual(file.weights);
    expect(file.checkpoints.at(-1)!.loss).toBeLessThan(file.checkpoints[0]!.loss);
  });

  it('reaches its card held-out accuracy on a fresh set, and ponders longer on inputs with more non-zero entries', () => {
    const fresh = summariseParity(parityExamples(31_337, 8, 800).map((e) => runParityCase(file.weights, e, epsilon, maxSteps)));
    expect(fresh.accuracy).toBeGreaterThan(file.card.heldOut.accuracy - 0.04);
    expect(fresh.accuracy).toBeGreaterThan(0.9);
    const ponder = fresh.byNonZero.map((r) => r.meanPonderSteps);
    expect(ponder.at(-1)!).toBeGreaterThan(ponder[0]!);
    const untrained = summariseParity(parityExamples(31_337, 8, 800).map((e) => runParityCase(file.checkpoints[0]!.weights, e, epsilon, maxSteps)));
    expect(untrained.accuracy).toBeLessThan(0.6);
  });

  it('a damaged file is refused with the field named', () => {
    const bad = structuredClone(JSON.parse(JSON.stringify(file))) as { weights: { bias: number[] }; checkpoints: unknown[] };
    bad.weights.bias = bad.weights.bias.slice(1);
    expect(() => parseTrainedActFile(bad)).toThrow(/weights\.bias/);
    expect(() => parseTrainedActFile({ ...file, checkpoints: [] })).toThrow(/checkpoints/);
    expect(() => parseTrainedActFile({ ...file, weights: { ...file.weights, recurrentWeights: [[1]] } })).toThrow(/weights\.recurrentWeights/);
  });
});

describe('evaluateActParity', () => {
  it('writes the evaluate JSON: fresh seeded inputs, 0/1 targets, probabilities and ponder steps', async () => {
    const a = await evaluateActParity({ cases: 5, seed: 3 });
    expect(a.model).toBe('act-parity');
    expect(a.backend).toBe('cpu');
    expect(a.cases).toHaveLength(5);
    for (const c of a.cases) {
      expect(c.input).toHaveLength(8);
      expect([0, 1]).toContain(c.target);
      expect(c.output).toBeGreaterThanOrEqual(0);
      expect(c.output).toBeLessThanOrEqual(1);
      expect(Number.isInteger(c.ponderSteps) && c.ponderSteps >= 1 && c.ponderSteps <= maxSteps).toBe(true);
    }
    expect(await evaluateActParity({ cases: 5, seed: 3 })).toEqual(a);
    expect((await evaluateActParity({ cases: 5, seed: 4 })).cases).not.toEqual(a.cases);
    await expect(evaluateActParity({ cases: 0, seed: 3 })).rejects.toThrow(/cases: got 0; expected an integer ≥ 1/);
  });
});
