import { describe, expect, it } from 'vitest';
import { runFocusScenarioSync } from '#core/models/attention/focus-scenario.ts';
import { focusPreset } from '#core/models/attention/presets.ts';
import { contrast, LIGHT_THEME, themedColor } from '../../scene/theme.ts';
import { FOCUS_LABELS, imageLayout, TEXT_ROWS } from './focus-layout.ts';
import { focusImageLabels, focusTextLabels, maskPixels, mixedLight, stageLight } from './focus-view.ts';

describe('focus display values', () => {
  it('lights the current and earlier parts and dims the later ones, blending on a transition', () => {
    expect(stageLight('object')).toEqual([1, 0.16, 0.16]);
    expect(stageLight('product')).toEqual([1, 1, 1]);
    expect(mixedLight('object', 'mask', 0.5)).toEqual([1, 0.58, 0.16]);
  });
  it('paints a mask in the colour map, rows flipped', () => {
    const px = maskPixels([0, 1], 1, 2);
    expect(Array.from(px.subarray(4, 8))).not.toEqual(Array.from(px.subarray(0, 4)));
    expect(px[3]).toBe(255);
  });
  it('labels each word, its weight a_i and, at the product, x_i a_i', () => {
    const trace = runFocusScenarioSync(focusPreset('sentence')!.scenario);
    const mask = trace.frames[1]!;
    const product = trace.frames[2]!;
    const tokens = mask.data.tokens ?? [];
    const atMask = focusTextLabels(mask, stageLight('mask'), 'en');
    const atProduct = focusTextLabels(product, stageLight('product'), 'en');
    expect(atProduct.length - atMask.length).toBe(tokens.length);
    expect(atMask[0]!.text).toContain('1');
  });
  it('draws the emphasised words in theme text roles: the strongest reads at AA on the light theme (it was white on white)', () => {
    const trace = runFocusScenarioSync(focusPreset('sentence')!.scenario);
    const product = trace.frames[2]!;
    const words = focusTextLabels(product, stageLight('product'), 'en').filter((l) => l.y === TEXT_ROWS.product);
    expect(words).toHaveLength(product.data.tokens!.length);
    const ratios = words.map((l) => contrast(themedColor(LIGHT_THEME, l.style!.color!), LIGHT_THEME.background));
    for (const r of ratios) expect(r).toBeGreaterThanOrEqual(2);
    expect(Math.max(...ratios)).toBeGreaterThanOrEqual(4.5);
    for (const l of words) expect(l.height!).toBeLessThanOrEqual(FOCUS_LABELS.word);
  });
  it('names the three image panels and the spot', () => {
    const trace = runFocusScenarioSync(focusPreset('moon')!.scenario);
    const f = trace.frames[0]!;
    const labels = focusImageLabels(f, imageLayout(f.data.width, f.data.height), stageLight(f.stage), 'en');
    expect(labels.some((l) => l.text === '⊙')).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(6);
  });
});
