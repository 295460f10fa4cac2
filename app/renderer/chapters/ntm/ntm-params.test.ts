import { describe, expect, it } from 'vitest';
import { resolveNtmScenario } from '#core/models/ntm/scenario.ts';
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { applyNtmParameter, parameterOfPath, parametersOf, presetScenario, scenarioFor } from './ntm-params.ts';

describe('NTM parameters', () => {
  const lookup = parametersOf(presetScenario('lookup'));
  it('reads the lookup preset', () => {
    expect(lookup).toMatchObject({ N: 8, M: 4, beta: 5, gate: 0.8, gamma: 2, shiftWidth: 3, steps: 1 });
    expect(lookup.erase).toEqual([1, 1, 1, 1]);
  });
  it('unchanged parameters give the preset back', () => {
    expect(resolveNtmScenario(scenarioFor('lookup', lookup))).toEqual(resolveNtmScenario(presetScenario('lookup')));
  });
  it('a changed β overrides every step and sharpens w_c', () => {
    const r = applyNtmParameter('lookup', 'beta', 20, lookup);
    expect('parameters' in r).toBe(true);
    if (!('parameters' in r)) return;
    const before = runNtmScenarioSync(scenarioFor('lookup', lookup)).frames[0]!.data.result.contentWeights;
    const after = runNtmScenarioSync(scenarioFor('lookup', r.parameters)).frames[0]!.data.result.contentWeights;
    expect(Math.max(...after)).toBeGreaterThan(Math.max(...before));
  });
  it('refuses a negative β with the validate.ts message', () => {
    const r = applyNtmParameter('lookup', 'beta', -1, lookup);
    expect(r).toEqual({ problem: { path: 'steps[0].beta', problem: 'got -1', allowed: 'a finite number ≥ 0' } });
  });
  it('refuses a shift that does not sum to 1 and an even width', () => {
    const r = applyNtmParameter('lookup', 'shift', [0.5, 0.6, 0], lookup);
    expect('problem' in r && r.problem.path).toBe('steps[0].shift');
    const w = applyNtmParameter('lookup', 'shiftWidth', 4, lookup);
    expect('problem' in w && w.problem.allowed).toContain('odd');
  });
  it('resizes vectors when M changes and makes a runnable scenario', () => {
    const r = applyNtmParameter('lookup', 'M', 6, lookup);
    if (!('parameters' in r)) throw new Error('refused');
    expect(r.parameters.key).toHaveLength(6);
    const s = resolveNtmScenario(scenarioFor('lookup', r.parameters));
    expect(s.memory.columns).toBe(6);
  });
  it('N out of range names the range', () => {
    const r = applyNtmParameter('free', 'N', 0, parametersOf(presetScenario('free')));
    expect(r).toEqual({ problem: { path: 'N', problem: 'got 0', allowed: 'an integer in [1, 1024]' } });
  });
  it('copy: steps and seed rebuild the copy script', () => {
    const copy = parametersOf(presetScenario('copy'));
    const r = applyNtmParameter('copy', 'steps', 8, copy);
    if (!('parameters' in r)) throw new Error('refused');
    expect(scenarioFor('copy', r.parameters).steps).toHaveLength(8);
  });
  it('maps scenario paths to parameters', () => {
    expect(parameterOfPath('steps[3].gamma')).toBe('gamma');
    expect(parameterOfPath('memory.columns')).toBe('M');
    expect(parameterOfPath('heads[0]')).toBeNull();
  });
});
