import { describe, expect, it } from 'vitest';
import { runAttentionScenarioSync } from './attention-scenario.ts';
import { speechAlignment, translationAlignment } from './data.ts';
import { runFocusScenarioSync } from './focus-scenario.ts';
import { ATTENTION_PRESETS, attentionPreset, FOCUS_PRESETS, focusPreset } from './presets.ts';

describe('attention presets', () => {
  it('every preset has an id, names in both languages, and a valid scenario that survives JSON', () => {
    const ids = [...FOCUS_PRESETS, ...ATTENTION_PRESETS].map((p) => p.id);
    expect(ids).toEqual(['moon', 'sentence', 'translation', 'speech', 'compute', 'reorder-trained']);
    for (const p of FOCUS_PRESETS) {
      expect(p.name.en && p.name.es && p.description.en && p.description.es).toBeTruthy();
      expect(runFocusScenarioSync(JSON.parse(JSON.stringify(p.scenario))).frames).toHaveLength(3);
    }
    for (const p of ATTENTION_PRESETS) {
      expect(p.name.en && p.name.es && p.description.en && p.description.es).toBeTruthy();
      expect(runAttentionScenarioSync(JSON.parse(JSON.stringify(p.scenario))).steps).toBeGreaterThan(0);
    }
    expect(focusPreset('nope')).toBeUndefined();
    expect(attentionPreset('nope')).toBeUndefined();
  });

  it('every preset says where its numbers come from, in both languages', () => {
    const all = [...FOCUS_PRESETS, ...ATTENTION_PRESETS];
    expect(all.map((p) => [p.id, p.provenance])).toEqual([
      ['moon', 'scripted'],
      ['sentence', 'scripted'],
      ['translation', 'distill-data'],
      ['speech', 'distill-data'],
      ['compute', 'random-untrained'],
      ['reorder-trained', 'trained'],
    ]);
    for (const p of all) expect(p.provenanceNote.en.length * p.provenanceNote.es.length).toBeGreaterThan(0);
    expect(attentionPreset('translation')!.provenanceNote.es).toBe('datos de Distill (redondeados)');
  });

  it('translation: each French step shows exactly the data’s column', () => {
    const trace = runAttentionScenarioSync(attentionPreset('translation')!.scenario);
    const data = translationAlignment();
    expect(trace.steps).toBe(15);
    trace.frames.forEach((f, t) => {
      expect(f.data.outputToken).toBe(data.outputTokens[t]);
      expect(Array.from(f.data.weights)).toEqual(data.weights[t]);
    });
  });

  it('speech: 33 characters over 38 audio frames, the data’s columns', () => {
    const trace = runAttentionScenarioSync(attentionPreset('speech')!.scenario);
    const data = speechAlignment();
    expect(trace.steps).toBe(33);
    expect(trace.frames[0]!.data.inputTokens).toHaveLength(38);
    trace.frames.forEach((f, t) => expect(Array.from(f.data.weights)).toEqual(data.weights[t]));
  });
});
