import { describe, expect, it } from 'vitest';
import { frameAt } from '#core/testing/frames.ts';
import { runFocusScenarioSync } from '#core/models/attention/focus-scenario.ts';
import { focusPreset } from '#core/models/attention/presets.ts';
import { brightKept, focusNarration, shownTokens } from './focus-narration.ts';
import { applyFocusParameter, presetParameters, scenarioFor } from './focus-params.ts';
import { focusTextLabels } from './focus-view.ts';
import { greyPixels, mixedLight, stageLight } from './focus-scene.ts';

describe('focus narration', () => {
  it('writes the sentence vectors with Spanish decimal commas and names the strongest word', () => {
    const trace = runFocusScenarioSync(focusPreset('sentence')!.scenario);
    const mask = focusNarration(frameAt(trace, 1), 'es');
    expect(mask.tex).toContain('0{,}90');
    expect(mask.caption).toContain('«luna»');
    const product = focusNarration(frameAt(trace, 2), 'en');
    expect(product.tex).toMatch(/^x \\odot a = /);
    // The preset's sentence is in the UI language: English words in English.
    expect(product.caption).toContain('“moon”');
  });
  it('substitutes the spot radius and the centre pixel in the image equations', () => {
    const trace = runFocusScenarioSync(focusPreset('moon')!.scenario);
    expect(focusNarration(frameAt(trace, 1), 'en').tex).toContain('0.13');
    const product = focusNarration(frameAt(trace, 2), 'en').tex;
    expect(product).toContain('\\cdot 1.00 =');
  });
});

describe('focus scene helpers', () => {
  it('lights the stages in order and blends during a transition', () => {
    expect(stageLight('object')).toEqual([1, 0.16, 0.16]);
    expect(stageLight('product')).toEqual([1, 1, 1]);
    expect(mixedLight('object', 'mask', 0.5)[1]).toBeCloseTo(0.58);
  });
  it('flips rows for the texture (first row at the bottom)', () => {
    const px = greyPixels([1, 0], 1, 2);
    expect([px[0], px[4]]).toEqual([0, 255]);
  });
});

describe('the focus captions say what is on screen', () => {
  it('keeps the moon only while the mask is on it: moved off, the caption says so, in both languages', () => {
    const on = runFocusScenarioSync(focusPreset('moon')!.scenario);
    expect(brightKept(frameAt(on, 2).data)).toBeGreaterThan(0.5);
    expect(focusNarration(frameAt(on, 2), 'en').caption).toContain('keeps the moon');
    const moved = applyFocusParameter('moon', 'center', [0.15, 0.75], presetParameters('moon'));
    if (!('parameters' in moved)) throw new Error('refused');
    const off = runFocusScenarioSync(scenarioFor('moon', moved.parameters));
    expect(brightKept(frameAt(off, 2).data)).toBeLessThan(0.5);
    for (const [language, word] of [
      ['en', 'off the moon'],
      ['es', 'fuera de la luna'],
    ] as const) {
      expect(focusNarration(frameAt(off, 1), language).caption).toContain(word);
      expect(focusNarration(frameAt(off, 2), language).caption).toContain(word);
    }
    expect(focusNarration(frameAt(off, 2), 'en').caption).not.toContain('keeps the moon');
  });
  it('shows the sentence preset word for word in the UI language, and any other text as written', () => {
    const trace = runFocusScenarioSync(focusPreset('sentence')!.scenario);
    const d = frameAt(trace, 0).data;
    expect(shownTokens(d, 'en')).toEqual(['To', 'fix', 'the', 'attention', 'on', 'the', 'moon']);
    expect(shownTokens(d, 'es')).toEqual(d.tokens);
    const words = focusTextLabels(frameAt(trace, 0), [1, 0.16, 0.16], 'en').map((l) => l.text);
    expect(words).toContain('attention');
    expect(words).not.toContain('luna');
    const own = runFocusScenarioSync({ module: 'focus', kind: 'text', tokens: ['a', 'b'], attention: [0.2, 1] });
    expect(shownTokens(frameAt(own, 0).data, 'en')).toEqual(['a', 'b']);
  });
});
