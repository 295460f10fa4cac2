import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { presetScenario } from './ntm-params.ts';
import { texNumber } from '../narration-format.ts';
import { focusSlot, ntmNarration } from './ntm-narration.ts';

describe('NTM narration', () => {
  const trace = runNtmScenarioSync(presetScenario('lookup'));
  it('writes Spanish decimals for TeX', () => {
    expect(texNumber('es', 0.25)).toBe('0{,}25');
    expect(texNumber('en', 0.25)).toBe('0.25');
  });
  it('gives every stage an equation KaTeX parses, with the frame’s numbers, and a caption', () => {
    for (const frame of trace.frames) {
      for (const language of ['es', 'en'] as const) {
        const n = ntmNarration(frame, language);
        expect(() => katex.renderToString(n.tex, { throwOnError: true })).not.toThrow();
        expect(n.caption.length).toBeGreaterThan(20);
      }
    }
    const content = ntmNarration(trace.frames[0]!, 'en');
    expect(content.tex).toContain('5.00'); // β of the lookup preset
    const wc = Math.max(...trace.frames[0]!.data.result.contentWeights);
    expect(content.tex).toContain(wc.toFixed(2));
    expect(ntmNarration(trace.frames[5]!, 'es').tex).toContain('{,}');
  });
});

describe('long vectors in equations', () => {
  it('keeps the first six entries and the last for M > 10', async () => {
    const { applyNtmParameter, parametersOf, scenarioFor } = await import('./ntm-params.ts');
    const free = parametersOf(presetScenario('free'));
    const r = applyNtmParameter('free', 'M', 16, free);
    if (!('parameters' in r)) throw new Error('refused');
    const trace = runNtmScenarioSync(scenarioFor('free', r.parameters));
    const tex = ntmNarration(trace.frames[4]!, 'en').tex;
    expect(tex).toContain('\\dots');
    expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });
});

describe('heads that only read or only write', () => {
  it('say so instead of showing a write or a read that does not happen', () => {
    const copy = runNtmScenarioSync(presetScenario('copy'));
    const readStepWrite = copy.frames[copy.frames.length - 1]!; // a read-only step's write frame
    const n = ntmNarration(readStepWrite, 'en');
    expect(n.caption).toContain('only reads');
    expect(() => katex.renderToString(n.tex, { throwOnError: true })).not.toThrow();
    expect(ntmNarration(copy.frames[4]!, 'es').caption).toContain('solo escribe');
  });
});

describe('the slot each equation shows', () => {
  it('is where the stage’s own weighting peaks, so free play’s content equation is not “w_c(0) = … = 0.00”', async () => {
    const { cachedView } = await import('./ntm-view.ts');
    const { argmax } = await import('../narration-format.ts');
    for (const preset of ['free', 'lookup', 'copy'] as const) {
      for (const frame of runNtmScenarioSync(presetScenario(preset)).frames) {
        const v = cachedView(frame);
        const byStage: Partial<Record<string, readonly number[]>> = {
          content: v.contentWeights,
          interpolate: v.gatedWeights,
          shift: v.shiftedWeights,
        };
        const own = byStage[v.stage] ?? v.weights;
        const i = focusSlot(v);
        expect(i).toBe(argmax(own));
        // The value shown is the stage's largest, never a slot the stage leaves near 0.
        expect(own[i]).toBe(Math.max(...own));
      }
    }
    const free = runNtmScenarioSync(presetScenario('free')).frames.find((f) => f.stage === 'content')!;
    const v = cachedView(free);
    const tex = ntmNarration(free, 'en').tex;
    expect(tex).toContain(`w^c_t(${argmax(v.contentWeights)})`);
    expect(tex).toContain(`= ${Math.max(...v.contentWeights).toFixed(2)}`);
  });
});
