import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../chapters/registry.ts';
import { openedParameters } from './opened-parameters.ts';

describe('the parameters panel of an opened scenario file', () => {
  it('NTM: the file’s N, M and addressing, not the preset’s', () => {
    const ntm = CHAPTERS.ntm!;
    const first = ntm.presets[0]!.id;
    const other = ntm.presets.find((p) => p.id === 'lookup')!.id;
    let p = ntm.presetParameters(other);
    for (const [name, value] of [
      ['beta', 7.5],
      ['gamma', 3],
    ] as const) {
      const applied = ntm.applyParameter(other, name, value, p, 'en');
      if (!('parameters' in applied)) throw new Error(`${name} refused`);
      p = applied.parameters;
    }
    const json = ntm.scenarioJson(other, p);
    const shown = openedParameters('ntm', json, ntm, first);
    expect(shown).toMatchObject({ beta: 7.5, gamma: 3, N: p.N, M: p.M, key: p.key });
    expect(ntm.presetParameters(first).beta).not.toBe(7.5);
  });

  it('other modules: a parameter named as a field of the file takes its value when it is of the parameter’s kind', () => {
    const focus = CHAPTERS.focus!;
    const text = { module: 'focus', kind: 'text', tokens: ['a', 'b', 'c'], attention: [0.1, 0.2, 0.7], values: [1, 2, 3] };
    expect(openedParameters('focus', text, focus, focus.presets[0]!.id)).toMatchObject({ attention: [0.1, 0.2, 0.7], values: [1, 2, 3] });
    const act = CHAPTERS.act!;
    const base = act.presetParameters(act.presets[0]!.id);
    const json = { ...act.scenarioJson(act.presets[0]!.id, base), epsilon: 0.05, maxSteps: 'many' };
    const shown = openedParameters('act', json, act, act.presets[0]!.id);
    expect(shown.epsilon).toBe(0.05);
    expect(shown.maxSteps).toBe(base.maxSteps); // not of its kind: the preset's stays
  });
});
