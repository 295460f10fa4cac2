import { describe, expect, it } from 'vitest';
import { runActScenario } from '#core/models/act/run.ts';
import { parseActScenario } from '#core/models/act/scenario.ts';
import { applyActParameter, presetParameters, scenarioFor, trainingSteps } from './act-params.ts';

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
