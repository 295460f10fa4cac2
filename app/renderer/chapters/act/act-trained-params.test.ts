import { describe, expect, it } from 'vitest';
import { runActScenario } from '#core/models/act/run.ts';
import { parseActScenario } from '#core/models/act/scenario.ts';
import { parityInputs } from '#core/models/act/parity.ts';
import { ponderStepsPerInput } from '#core/models/act/run.ts';
import { applyActParameter, presetParameters, scenarioFor, trainingSteps } from './act-params.ts';
import { formatParityVectors } from './act-parity-input.ts';

describe('ACT trained preset: the training checkpoint', () => {
  const start = presetParameters('parity-trained');
  it('starts on the final checkpoint; only the trained preset has the parameter', () => {
    expect(start.training).toBe(trainingSteps().length - 1);
    expect(trainingSteps()[0]).toBe(0);
    expect(presetParameters('parity').training).toBeUndefined();
    expect(applyActParameter('parity', 'training', 1, presetParameters('parity'))).toMatchObject({
      problem: { path: 'training', problem: 'applies to the trained preset only' },
    });
  });
  it('an earlier checkpoint runs other weights on the same inputs; out of range is refused', () => {
    const r = applyActParameter('parity-trained', 'training', 0, start);
    expect('parameters' in r).toBe(true);
    if (!('parameters' in r)) return;
    const early = parseActScenario(scenarioFor('parity-trained', r.parameters));
    const final = parseActScenario(scenarioFor('parity-trained', start));
    expect(early.source === 'cell' && early.cell.kind === 'trained' && early.cell.checkpoint).toBe(0);
    expect(early.source === 'cell' && final.source === 'cell' && early.inputs).toEqual(final.source === 'cell' && final.inputs);
    expect(JSON.stringify(runActScenario(early).frames.at(-1))).not.toBe(JSON.stringify(runActScenario(final).frames.at(-1)));
    expect(applyActParameter('parity-trained', 'training', trainingSteps().length, start)).toMatchObject({ problem: { path: 'training' } });
  });
});

describe('ACT trained preset: typed parity inputs', () => {
  const start = presetParameters('parity-trained');
  const edit = (name: string, value: string | number, from = start) => applyActParameter('parity-trained', name, value, from);
  it('the panel starts on the preset’s own inputs, written out; only the trained preset takes them', () => {
    expect(start.inputs).toBe(formatParityVectors(parityInputs(8, 2016)));
    expect(parseActScenario(scenarioFor('parity-trained', start))).toEqual(
      parseActScenario(scenarioFor('parity-trained', { ...start, inputs: undefined as never })),
    );
    expect(presetParameters('parity').inputs).toBeUndefined();
    expect(applyActParameter('parity', 'inputs', '1 0 0 0 0 0 0 0', presetParameters('parity'))).toMatchObject({ problem: { path: 'inputs' } });
  });
  it('typed inputs are what the trained cell ponders on, one column each', () => {
    const r = edit('inputs', '0 0 0 0 0 0 0 1; 1 1 -1 1 -1 1 1 -1; 0 1 0 0 0 0 0 0');
    if (!('parameters' in r)) throw new Error(JSON.stringify(r.problem));
    expect(r.parameters.inputs).toBe('0 0 0 0 0 0 0 1; 1 1 −1 1 −1 1 1 −1; 0 1 0 0 0 0 0 0');
    const s = parseActScenario(scenarioFor('parity-trained', r.parameters));
    expect(s.source === 'cell' && s.inputs).toEqual([
      [0, 0, 0, 0, 0, 0, 0, 1],
      [1, 1, -1, 1, -1, 1, 1, -1],
      [0, 1, 0, 0, 0, 0, 0, 0],
    ]);
    const trace = runActScenario(s);
    expect(trace.steps).toBe(3);
    expect(ponderStepsPerInput(trace)).toHaveLength(3);
  });
  it('a bad input is refused with a one-line message naming the input and what is allowed; the last inputs stay', () => {
    const r = edit('inputs', '1 0 0 0 0 0 0 0; 1 0 2 0 0 0 0 0');
    expect(r).toMatchObject({ problem: { path: 'inputs' } });
    expect(JSON.stringify(r)).toContain('input 2');
    expect(JSON.stringify(edit('inputs', '1 0 0'))).toContain('8 entries −1, 0 or 1');
  });
  it('a new seed draws new inputs into the field', () => {
    const r = edit('seed', 5);
    if (!('parameters' in r)) throw new Error(JSON.stringify(r.problem));
    expect(r.parameters.inputs).toBe(formatParityVectors(parityInputs(8, 5)));
  });
});
