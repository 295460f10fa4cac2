import { describe, expect, it } from 'vitest';
import { frameAt } from '#core/testing/frames.ts';
import { parseActScenario } from '#core/models/act/scenario.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { applyActParameter, presetParameters, presetScenario, scenarioFor } from './act-params.ts';

function applied(r: ReturnType<typeof applyActParameter>) {
  if (!('parameters' in r)) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
  return r.parameters;
}

function combineOf(preset: string, p: ReturnType<typeof presetParameters>) {
  const { data } = frameAt(runActScenario(parseActScenario(scenarioFor(preset, p))), -1);
  if (data.kind !== 'combine') throw new Error(`the last frame of ${preset} is a ${data.kind} frame, not combine`);
  return data;
}

describe('ACT parameters', () => {
  const oneStep = presetParameters('one-step');
  it('reads the presets', () => {
    expect(oneStep).toEqual({ halting: [0.1, 0.3, 0.2, 0.5], epsilon: 0.01, maxSteps: 100 });
    expect(presetParameters('parity')).toEqual({ epsilon: 0.01, maxSteps: 100, seed: 2016 });
    expect(presetParameters('seeded-cell')).toMatchObject({ seed: 7 });
  });
  it('unchanged parameters give every preset back', () => {
    for (const id of ['one-step', 'parity', 'halt-first', 'max-steps', 'seeded-cell']) {
      expect(parseActScenario(scenarioFor(id, presetParameters(id)))).toEqual(presetScenario(id));
    }
  });
  it('edited halting values move the halt and the remainder (0.2 0.2 0.7: N = 3, R = 0.6)', () => {
    const p = applied(applyActParameter('one-step', 'halting', [0.2, 0.2, 0.7], oneStep));
    const c = combineOf('one-step', p);
    expect(c.steps).toBe(3);
    expect(c.remainder).toBeCloseTo(0.6, 12);
    expect(c.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('more halting values than the preset has states repeat its states', () => {
    const p = applied(applyActParameter('one-step', 'halting', [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5], oneStep));
    const s = scenarioFor('one-step', p);
    if (s.source !== 'given') throw new Error('given');
    expect(s.steps[0]!.states[4]).toEqual([1, 0, 0]);
    expect(combineOf('one-step', p).steps).toBe(7);
  });
  it('refuses h outside [0, 1] with the validate.ts message', () => {
    const r = applyActParameter('one-step', 'halting', [0.1, 1.5], oneStep);
    expect(r).toEqual({ problem: { path: 'halting[1]', problem: 'got 1.5', allowed: 'a finite number in [0, 1]' } });
  });
  it('refuses halting values that never reach 1 − ε', () => {
    const r = applyActParameter('one-step', 'halting', [0.1, 0.2], oneStep);
    expect('problem' in r && r.problem.path).toBe('steps[0].halting');
    expect('problem' in r && r.problem.problem).toContain('short of 1 − ε');
  });
  it('refuses ε outside [0, 1) and maxSteps outside [1, 100]', () => {
    expect(applyActParameter('one-step', 'epsilon', 1, oneStep)).toEqual({
      problem: { path: 'epsilon', problem: 'got 1', allowed: 'a finite number in [0, 1)' },
    });
    expect(applyActParameter('one-step', 'maxSteps', 0, oneStep)).toEqual({
      problem: { path: 'maxSteps', problem: 'got 0', allowed: 'an integer in [1, 100]' },
    });
    expect(applyActParameter('one-step', 'maxSteps', 2.5, oneStep)).toMatchObject({ problem: { path: 'maxSteps' } });
  });
  it('a smaller maxSteps caps the step (one-step, maxSteps 2: N = 2, R = 0.9)', () => {
    const p = applied(applyActParameter('one-step', 'maxSteps', 2, oneStep));
    const c = combineOf('one-step', p);
    expect(c).toMatchObject({ steps: 2, capped: true });
    expect(c.remainder).toBeCloseTo(0.9, 12);
  });
  it('ε = 0.5 halts earlier (0.1 + 0.3 + 0.2 = 0.6 ≥ 0.5: N = 3)', () => {
    expect(combineOf('one-step', applied(applyActParameter('one-step', 'epsilon', 0.5, oneStep))).steps).toBe(3);
  });
  it('halting is for hand-set presets, seed for cell presets, in the UI language', () => {
    const parity = presetParameters('parity');
    expect(applyActParameter('parity', 'halting', [0.5, 0.5], parity)).toMatchObject({
      problem: { path: 'halting', problem: 'applies to the hand-set presets only' },
    });
    expect(applyActParameter('one-step', 'seed', 3, oneStep, 'es')).toMatchObject({
      problem: { path: 'seed', problem: 'solo se aplica a los escenarios con celda' },
    });
  });
  it('the seed redraws the parity inputs and the seeded cell', () => {
    const parity = presetParameters('parity');
    const p = applied(applyActParameter('parity', 'seed', 1, parity));
    const a = scenarioFor('parity', parity);
    const b = scenarioFor('parity', p);
    if (a.source !== 'cell' || b.source !== 'cell') throw new Error('cell');
    expect(b.inputs).not.toEqual(a.inputs);
    const cell = presetParameters('seeded-cell');
    const before = combineOf('seeded-cell', cell);
    const after = combineOf('seeded-cell', applied(applyActParameter('seeded-cell', 'seed', 8, cell)));
    expect(after.probabilities).not.toEqual(before.probabilities);
    expect(applyActParameter('seeded-cell', 'seed', -1, cell)).toMatchObject({ problem: { path: 'seed', problem: 'got -1' } });
  });
});
