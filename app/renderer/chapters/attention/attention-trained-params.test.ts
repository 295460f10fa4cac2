import { describe, expect, it } from 'vitest';
import { attentionPreset } from '#core/models/attention/presets.ts';
import { resolveAttentionScenario } from '#core/models/attention/attention-scenario.ts';
import { messages } from '#app/shared/i18n/i18n.ts';
import { applyAttentionParameter, presetParameters, scenarioFor } from './attention-params.ts';
import { checkPhrase, trainingSteps } from './attention-trained-params.ts';

const start = presetParameters('reorder-trained');

describe('attention trained preset: checkpoint and phrase', () => {
  it('starts on the final checkpoint and the preset’s phrase, and gives the preset back', () => {
    expect(start.training).toBe(trainingSteps().length - 1);
    expect(typeof start.phrase).toBe('string');
    expect(resolveAttentionScenario(scenarioFor('reorder-trained', start))).toEqual(resolveAttentionScenario(attentionPreset('reorder-trained')!.scenario));
  });
  it('a typed phrase is translated with the noun–adjective order of English', () => {
    const r = applyAttentionParameter('reorder-trained', 'phrase', '  El GATO azul ', start);
    expect(r).toMatchObject({ parameters: { phrase: 'el gato azul' } });
    if (!('parameters' in r)) return;
    const s = scenarioFor('reorder-trained', r.parameters);
    expect(s.kind === 'interface' && s.outputTokens).toEqual(['the', 'blue', 'cat', '<end>']);
  });
  it('refuses unknown words naming the word and listing the vocabulary, in the UI language', () => {
    const m = messages('es');
    expect(() => checkPhrase('el perro azulado', 'phrase', m)).toThrow(/la palabra 3, "azulado", no está en el vocabulario/);
    expect(() => checkPhrase('', 'phrase', messages('en'))).toThrow(/got 0 words; allowed: 1 to 12 words of the vocabulary: .*gato/);
    expect(applyAttentionParameter('reorder-trained', 'training', 99, start)).toMatchObject({ problem: { path: 'training' } });
    expect(applyAttentionParameter('compute', 'phrase', 'el gato', presetParameters('compute'))).toMatchObject({
      problem: { path: 'phrase' },
    });
  });
  it('an earlier checkpoint gives another alignment', () => {
    const r = applyAttentionParameter('reorder-trained', 'training', 0, start);
    if (!('parameters' in r)) throw new Error('refused');
    const early = scenarioFor('reorder-trained', r.parameters);
    const final = scenarioFor('reorder-trained', start);
    expect(early.kind === 'interface' && early.keys).not.toEqual(final.kind === 'interface' && final.keys);
  });
});
