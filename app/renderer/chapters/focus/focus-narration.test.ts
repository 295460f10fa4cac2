import { describe, expect, it } from 'vitest';
import { frameAt } from '../../../../core/testing/frames.ts';
import { runFocusScenarioSync } from '../../../../core/models/attention/focus-scenario.ts';
import { focusPreset } from '../../../../core/models/attention/presets.ts';
import { focusNarration } from './focus-narration.ts';
import { greyPixels, mixedLight, stageLight } from './focus-scene.ts';

describe('focus narration', () => {
  it('writes the sentence vectors with Spanish decimal commas and names the strongest word', () => {
    const trace = runFocusScenarioSync(focusPreset('sentence')!.scenario);
    const mask = focusNarration(frameAt(trace, 1), 'es');
    expect(mask.tex).toContain('0{,}90');
    expect(mask.caption).toContain('«luna»');
    const product = focusNarration(frameAt(trace, 2), 'en');
    expect(product.tex).toMatch(/^x \\odot a = /);
    expect(product.caption).toContain('“luna”');
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
