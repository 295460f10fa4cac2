import { describe, expect, it } from 'vitest';
import { compensatedSum } from '../../math/compensated-sum.ts';
import { actPresets, findActPreset, maxStepsPreset, oneStepPreset, seededCellPreset } from './presets.ts';
import { ponderCosts, ponderStepsPerInput, runActScenario, runActSteps } from './run.ts';
import { parseActScenario } from './scenario.ts';
import type { ActCombineData, ActPonderData } from './types.ts';

describe('runActScenario', () => {
  it('"One step": four ponder frames draining the budget, then the combination with R = 0.4 on the last step', () => {
    const trace = runActScenario(oneStepPreset.scenario);
    expect(trace.module).toBe('act');
    expect(trace.steps).toBe(1);
    expect(trace.frames.map((f) => f.stage)).toEqual(['ponder', 'ponder', 'ponder', 'ponder', 'combine']);
    const ponders = trace.frames.slice(0, 4).map((f) => f.data as ActPonderData);
    expect(ponders.map((p) => p.ponder)).toEqual([1, 2, 3, 4]);
    expect(ponders.map((p) => p.halting)).toEqual([0.1, 0.3, 0.2, 0.5]);
    expect(ponders.map((p) => p.budget)).toEqual([0.9, 1 - (0.1 + 0.3), 1 - compensatedSum([0.1, 0.3, 0.2]), 1 - compensatedSum([0.1, 0.3, 0.2, 0.5])]);
    expect(ponders.map((p) => p.halts)).toEqual([false, false, false, true]);
    expect(ponders[0]!.threshold).toBe(0.99);
    const c = trace.frames[4]!.data as ActCombineData;
    expect(c.steps).toBe(4);
    expect(c.probabilities.slice(0, 3)).toEqual([0.1, 0.3, 0.2]);
    expect(c.remainder).toBeCloseTo(0.4, 15);
    expect(c.ponderCost).toBeCloseTo(4.4, 15);
    expect(c.state[0]).toBeCloseTo(0.5, 15);
    expect(c.state[1]).toBeCloseTo(0.7, 15);
    expect(c.state[2]).toBeCloseTo(0.2, 15);
    expect(c.output[0]).toBeCloseTo(0.64, 15);
    expect(c.output[1]).toBeCloseTo(0.36, 15);
  });

  it('every preset validates, runs, and its trace survives a JSON round trip', () => {
    expect(new Set(actPresets.map((p) => p.id)).size).toBe(actPresets.length);
    expect(actPresets.map((p) => p.id)).toEqual(expect.arrayContaining(['one-step', 'parity', 'halt-first', 'max-steps']));
    for (const p of actPresets) {
      expect(findActPreset(p.id)).toBe(p);
      expect(p.name.es && p.name.en).toBeTruthy();
      expect(parseActScenario(JSON.parse(JSON.stringify(p.scenario)))).toEqual(p.scenario);
      const trace = runActScenario(p.scenario);
      expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
      // One ponder frame per ponder step and one combine frame per input step.
      const steps = ponderStepsPerInput(trace);
      expect(trace.frames.length).toBe(steps.reduce((a, b) => a + b + 1, 0));
      for (const f of trace.frames) {
        if (f.data.kind !== 'combine') continue;
        expect(Math.abs(compensatedSum(f.data.probabilities) - 1)).toBeLessThan(1e-12);
        expect(f.data.ponderCost).toBe(f.data.steps + f.data.remainder);
      }
    }
    expect(findActPreset('nope')).toBeUndefined();
  });

  it('"max-steps" is cut at 5 and "halt-first" halts at once', () => {
    const cut = runActScenario(maxStepsPreset.scenario).frames.at(-1)!.data as ActCombineData;
    expect(cut).toMatchObject({ steps: 5, capped: true });
    expect(cut.remainder).toBeCloseTo(0.6, 15);
    const first = runActScenario(findActPreset('halt-first')!.scenario).frames.map((f) => f.data);
    expect(first).toHaveLength(2);
    expect(first[1]).toMatchObject({ steps: 1, probabilities: [1], remainder: 1, ponderCost: 2 });
  });

  it('a cell carries the combined state into the next input step and is deterministic', () => {
    const results = runActSteps(seededCellPreset.scenario);
    expect(runActSteps(seededCellPreset.scenario)).toEqual(results);
    expect(results).toHaveLength(5);
    // Recompute step 2's first ponder state from step 1's combined state.
    const scenario = seededCellPreset.scenario;
    if (scenario.source !== 'cell') throw new Error('seeded-cell is a cell scenario');
    const again = runActSteps({ ...scenario, inputs: scenario.inputs.slice(1, 2), initialState: results[0]!.state });
    expect(again[0]!.ponders[0]!.state).toEqual(results[1]!.ponders[0]!.state);
    const costs = ponderCosts(runActScenario(seededCellPreset.scenario));
    expect(costs.perStep).toHaveLength(5);
    expect(costs.total).toBeCloseTo(
      costs.perStep.reduce((a, b) => a + b, 0),
      12,
    );
  });
});
