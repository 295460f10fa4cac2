import { describe, expect, it } from 'vitest';
import { ntmPreset } from '#core/models/ntm/presets.ts';
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { resolveNtmScenario } from '#core/models/ntm/scenario.ts';
import { weightingsPerHeadStep } from '#core/models/ntm/weightings-over-time.ts';
import { rowApplies } from '../param-table.ts';
import { NTM_PARAMS, applyNtmParameter, presetParameters, scenarioFor } from './ntm-params.ts';
import { formatBits, parseBitPattern, trainingSteps } from './ntm-trained-params.ts';

const start = presetParameters('copy-trained');

describe('NTM trained preset parameters', () => {
  it('starts on the last checkpoint and the preset’s own bits, and gives the preset back', () => {
    expect(start.training).toBe(trainingSteps().length - 1);
    expect(start.input).toBe(formatBits(ntmPreset('copy-trained')!.trained!.input));
    expect(resolveNtmScenario(scenarioFor('copy-trained', start))).toEqual(resolveNtmScenario(ntmPreset('copy-trained')!.scenario));
  });
  it('the checkpoints run from step 0 to the last training step', () => {
    const steps = trainingSteps();
    expect(steps[0]).toBe(0);
    expect(steps.length).toBe(6);
    expect(steps[5]).toBe(2000);
  });
  it('parses and refuses bit patterns naming the row', () => {
    expect(parseBitPattern(' 101100  011010 ', 'input', 6)).toEqual([
      [1, 0, 1, 1, 0, 0],
      [0, 1, 1, 0, 1, 0],
    ]);
    expect(() => parseBitPattern('101100 01201a', 'input', 6)).toThrow('input: row 2: got "01201a"; allowed: 6 characters 0 or 1 in every row');
    expect(() => parseBitPattern('10110', 'input', 6)).toThrow(/row 1: got "10110"/);
    expect(() => parseBitPattern('', 'input', 6)).toThrow(/got 0 rows; allowed: 1 to 32 rows of 6 characters 0 or 1/);
  });
  it('a new input is copied: the trained model’s answer rows hold it', () => {
    const r = applyNtmParameter('copy-trained', 'input', '111000 000111 101010', start);
    expect('parameters' in r).toBe(true);
    if (!('parameters' in r)) return;
    const scenario = scenarioFor('copy-trained', r.parameters);
    // Per time step one read-head step and one write-head step: (2L + 1) · 2 for L = 3.
    expect(scenario.steps).toHaveLength(14);
    const trace = runNtmScenarioSync(scenario);
    const w = weightingsPerHeadStep(trace);
    expect(w.read).toHaveLength(7);
    expect(w.write).toHaveLength(7);
  });
  it('the training slider changes the weights; out of range is refused', () => {
    const early = applyNtmParameter('copy-trained', 'training', 0, start);
    expect('parameters' in early).toBe(true);
    if (!('parameters' in early)) return;
    expect(scenarioFor('copy-trained', early.parameters).steps[0]!.key).not.toEqual(scenarioFor('copy-trained', start).steps[0]!.key);
    expect(applyNtmParameter('copy-trained', 'training', 6, start)).toEqual({
      problem: { path: 'training', problem: 'got 6', allowed: 'an integer in [0, 5]' },
    });
  });
  it('the structural and addressing parameters are the controller’s: refused on copy-trained, and the trained ones elsewhere', () => {
    for (const name of ['N', 'M', 'steps', 'beta', 'key']) expect(rowApplies(NTM_PARAMS, name, 'copy-trained')).toBe(false);
    expect(rowApplies(NTM_PARAMS, 'training', 'copy-trained')).toBe(true);
    expect(rowApplies(NTM_PARAMS, 'input', 'lookup')).toBe(false);
    const r = applyNtmParameter('copy-trained', 'N', 32, start);
    expect('problem' in r && r.problem.path).toBe('N');
    expect(applyNtmParameter('lookup', 'training', 2, presetParameters('lookup'))).toMatchObject({ problem: { path: 'training' } });
  });
});
