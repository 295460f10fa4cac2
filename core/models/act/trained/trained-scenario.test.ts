import { describe, expect, it } from 'vitest';
import { nonZeroCount, parityTarget } from '../parity.ts';
import { parityPreset, parityTrainedPreset, actPresets } from '../presets.ts';
import { ponderStepsPerInput, runActScenario, runActSteps } from '../run.ts';
import { parseActScenario } from '../scenario.ts';
import { sigmoid } from '../cell.ts';
import { trainedActFile } from './registry.ts';

const base = { module: 'act', source: 'cell', cell: { kind: 'trained', model: 'act-parity' }, inputs: [[1, 0, -1, 0, 0, 1, 0, 0]] };

describe('scenarios naming a trained cell', () => {
  it('parse, with an optional checkpoint, and each input runs from s_0 = 0', () => {
    const s = parseActScenario({ ...base, inputs: [base.inputs[0], base.inputs[0]] });
    const [a, b] = runActSteps(s);
    expect(b).toEqual(a); // the same input twice: no state carried over
    const c = parseActScenario({ ...base, cell: { ...base.cell, checkpoint: 0 } });
    expect(runActSteps(c)[0]!.output).not.toEqual(a!.output);
  });

  it('refuse a bad model, checkpoint, input width or an initialState, naming the field', () => {
    expect(() => parseActScenario({ ...base, cell: { kind: 'trained', model: 'ntm-copy' } })).toThrow(/cell\.model/);
    const last = trainedActFile('act-parity').checkpoints.length - 1;
    expect(() => parseActScenario({ ...base, cell: { ...base.cell, checkpoint: last + 1 } })).toThrow(new RegExp(`cell\\.checkpoint.*${last}`));
    expect(() => parseActScenario({ ...base, inputs: [[1, 0, 1]] })).toThrow(/inputs/);
    expect(() => parseActScenario({ ...base, inputs: [[2, 0, 0, 0, 0, 0, 0, 0]] })).toThrow(/inputs/);
    expect(() => parseActScenario({ ...base, initialState: [0] })).toThrow(/initialState/);
  });
});

describe('the ACT presets', () => {
  it('each say where their numbers come from, in both languages', () => {
    for (const p of actPresets) {
      expect(['trained', 'scripted', 'random-untrained', 'distill-data']).toContain(p.provenance);
      expect(p.provenanceNote.es.length).toBeGreaterThan(0);
      expect(p.provenanceNote.en.length).toBeGreaterThan(0);
    }
    expect(parityPreset.name).toEqual({ es: 'Contar entradas', en: 'Count entries' });
    expect(parityPreset.provenance).toBe('scripted');
    expect(parityTrainedPreset.provenance).toBe('trained');
    expect(parityTrainedPreset.provenanceNote.es).toMatch(/^entrenado \(/);
  });

  it('parity-trained outputs the parity and ponders at least as long on the fullest input as on the emptiest', () => {
    const s = parityTrainedPreset.scenario;
    if (s.source !== 'cell') throw new Error('parity-trained is a cell scenario');
    const results = runActSteps(s);
    const right = results.filter((r, t) => (sigmoid(r.output[0]!) > 0.5 ? 1 : 0) === parityTarget(s.inputs[t]!)).length;
    expect(right).toBeGreaterThanOrEqual(7);
    const steps = ponderStepsPerInput(runActScenario(s));
    expect(s.inputs.map(nonZeroCount)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(steps.at(-1)!).toBeGreaterThanOrEqual(steps[0]!);
  });
});
