import { describe, expect, it } from 'vitest';
import { frameAt } from '#core/testing/frames.ts';
import { runAttentionScenarioSync } from '#core/models/attention/attention-scenario.ts';
import { attentionNarration, isSpeech } from './attention-narration.ts';
import { applyAttentionParameter, presetParameters, scenarioFor, scoreOf } from './attention-params.ts';
import { shownWeights } from './attention-scene.ts';
import { attentionChapter } from './index.ts';
import { paramsFor } from '../chapter.ts';
import { messages, sentenceCase } from '#app/shared/i18n/i18n.ts';

describe('attention parameters', () => {
  it('switches the compute preset between dot, general and additive by name and refuses anything else', () => {
    const p = presetParameters('compute');
    expect(p.score).toBe('dot');
    expect(['dot', 'general', 'additive'].map(scoreOf)).toEqual(['dot', 'general', 'additive']);
    const ok = applyAttentionParameter('compute', 'score', 'additive', p);
    expect('parameters' in ok && ok.parameters.score).toBe('additive');
    expect('parameters' in ok && scenarioFor('compute', ok.parameters)).toMatchObject({ kind: 'interface', score: 'additive' });
    for (const value of [3, 'cosine']) {
      const bad = applyAttentionParameter('compute', 'score', value, p);
      expect('problem' in bad && bad.problem).toMatchObject({ path: 'score', allowed: 'one of "dot", "general", "additive"' });
    }
  });
  it('offers the score function as a choice with localized option labels, only on the compute preset', () => {
    const spec = attentionChapter.params.find((s) => s.name === 'score')!;
    expect(spec.kind).toBe('choice');
    expect(spec.options!.map((o) => o.value)).toEqual(['dot', 'general', 'additive']);
    expect(spec.options!.map((o) => o.label(messages('es')))).toEqual(['producto escalar', 'general (bilineal)', 'aditiva (Bahdanau)']);
    expect(paramsFor(attentionChapter, 'compute').map((s) => s.name)).toEqual(['score', 'seed', 'noise', 'dimension']);
    expect(paramsFor(attentionChapter, 'translation')).toEqual([]);
    expect(paramsFor(attentionChapter, 'speech')).toEqual([]);
  });
  it('refuses parameters on the data presets (their weights are given)', () => {
    expect(presetParameters('translation')).toEqual({});
    const bad = applyAttentionParameter('translation', 'seed', 1, {}, 'es');
    expect('problem' in bad && bad.problem.problem).toMatch(/calcúlalo/);
  });
});

describe('attention narration', () => {
  it('names the source word the translation looks at, with the credit as the note', () => {
    const trace = runAttentionScenarioSync(scenarioFor('translation', {}));
    const n = attentionNarration(frameAt(trace, 4), 'en');
    expect(n.caption).toContain('“zone”');
    expect(n.caption).toContain('“Area”');
    expect(n.note).toContain('CC-BY 4.0');
    expect(n.tex).toContain('0.71');
  });
  it('recognises the speech data and words the audio frames', () => {
    const trace = runAttentionScenarioSync(scenarioFor('speech', {}));
    const f = frameAt(trace, 20);
    expect(isSpeech(f.data)).toBe(true);
    expect(attentionNarration(f, 'es').caption).toMatch(/(fragmentos de audio \d+–\d+|fragmento de audio \d+) /);
  });
  it('writes the score function of each compute stage', () => {
    const trace = runAttentionScenarioSync(scenarioFor('compute', { score: 'additive', seed: 2015, noise: 0.35, dimension: 8 }));
    expect(attentionNarration(frameAt(trace, 1), 'en').tex).toContain('\\tanh');
  });
  it('blends the weights of two frames during a transition', () => {
    expect(shownWeights([0, 1], [1, 0], 0.25)).toEqual([0.25, 0.75]);
    expect(shownWeights([0, 1, 0], [1, 0], 0.25)).toEqual([1, 0]);
  });
});

describe('speech narration in words a lecture reads out', () => {
  const trace = runAttentionScenarioSync(scenarioFor('speech', {}));
  const weightFrames = trace.frames.filter((f) => f.stage === 'weights');
  it('counts audio frames from 1, as α_t,j does, and names a range of one frame as one frame', () => {
    for (const f of weightFrames) {
      const top = Array.from(f.data.weights).indexOf(Math.max(...f.data.weights));
      const es = attentionNarration(f, 'es');
      // The strongest frame is j + 1 in the words, the tex's index and the frame's name alike.
      expect(es.tex).toContain(`\\alpha_{${f.step + 1},${top + 1}}`);
      expect(es.tex).toContain(`(\\text{f${top + 1}})`);
      expect(es.caption).not.toMatch(/(\d+)–\1\b/); // never “12–12”
      const range = es.caption.match(/fragmentos de audio (\d+)–(\d+)/);
      if (range) expect(Number(range[1])).toBeLessThan(Number(range[2]));
      else expect(es.caption).toContain(`fragmento de audio ${top + 1} `);
    }
  });
  it('says beside a sum other than 1 that Distill’s data are rounded and not normalised, in both languages', async () => {
    const katex = (await import('katex')).default;
    const off = weightFrames.find((f) => Math.abs(f.data.weightSum - 1) > 0.005)!;
    expect(off).toBeDefined();
    for (const language of ['es', 'en'] as const) {
      const n = attentionNarration(off, language);
      // A sentence of its own after the caption's: capitalised, with its full stop.
      expect(n.caption).toContain(`(${sentenceCase(messages(language).attention.labels.sumNote, language)}.)`);
      expect(() => katex.renderToString(n.tex, { throwOnError: true })).not.toThrow();
    }
    const computed = runAttentionScenarioSync(scenarioFor('compute', presetParameters('compute')));
    for (const f of computed.frames) expect(attentionNarration(f, 'en').caption).not.toContain(messages('en').attention.labels.sumNote);
  });
});
