import { describe, expect, it } from 'vitest';
import { resolveFocusScenario, runFocusScenario, runFocusScenarioSync } from './focus-scenario.ts';
import { focusPreset } from './presets.ts';

const message = (s: unknown): string => {
  try {
    resolveFocusScenario(s);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('focus scenarios (the definition)', () => {
  it('moon: object, mask and product frames of one step; moving the spot changes the product', () => {
    const moon = focusPreset('moon')!.scenario;
    const trace = runFocusScenarioSync(moon);
    expect(trace.module).toBe('focus');
    expect(trace.frames.map((f) => f.stage)).toEqual(['object', 'mask', 'product']);
    const d = trace.frames[2]!.data;
    expect(d.object.length).toBe(320 * 180);
    expect(d.product.every((p, i) => p === d.object[i]! * d.mask[i]!)).toBe(true);
    const moved = runFocusScenarioSync({ ...moon, mask: { kind: 'spot', x: 0.2, y: 0.7, radius: 0.1, softness: 0.02 } }).frames[2]!.data;
    expect(Array.from(moved.product)).not.toEqual(Array.from(d.product));
    expect(Array.from(moved.object)).toEqual(Array.from(d.object));
  });

  it('a painted mask and a text', async () => {
    const painted = await runFocusScenario({
      module: 'focus',
      kind: 'image',
      width: 2,
      height: 2,
      seed: 1,
      mask: {
        kind: 'painted',
        values: [
          [1, 0],
          [0.5, 0],
        ],
      },
    });
    const p = painted.frames[0]!.data;
    expect(Array.from(p.mask)).toEqual([1, 0, 0.5, 0]);
    expect(Array.from(p.product)).toEqual([p.object[0]!, 0, p.object[2]! * 0.5, 0]);
    const text = runFocusScenarioSync(focusPreset('sentence')!.scenario).frames[2]!.data;
    expect(text.tokens).toEqual(['Para', 'fijar', 'la', 'atención', 'sobre', 'la', 'luna']);
    expect(Array.from(text.product)).toEqual([0.05, 0.3, 0.02, 0.9, 0.1, 0.05, 1]);
    const custom = runFocusScenarioSync({ module: 'focus', kind: 'text', tokens: ['a', 'b'], values: [2, -1], attention: [0.5, 1] }).frames[2]!.data;
    expect(Array.from(custom.product)).toEqual([1, -1]);
  });

  it('runs with another product (the GPU hook) and keeps its numbers', async () => {
    const t = await runFocusScenario(focusPreset('sentence')!.scenario, async (x, m) => x.map((v, i) => v * m[i]! + 1));
    expect(t.frames[2]!.data.product[0]).toBeCloseTo(1.05, 15);
  });

  it('names the field and what is allowed', () => {
    const image = {
      module: 'focus',
      kind: 'image',
      width: 10,
      height: 10,
      seed: 1,
      mask: { kind: 'spot', x: 0.5, y: 0.5, radius: 0.2, softness: 0.1 },
    };
    expect(message({ ...image, width: 5000 })).toBe('width: got 5000; allowed: an integer in [1, 4096]');
    expect(message({ ...image, height: 0 })).toContain('height: got 0');
    expect(message({ ...image, seed: 1.5 })).toContain('seed: got 1.5');
    expect(message({ ...image, mask: { ...image.mask, x: 2 } })).toBe('mask.x: got 2; allowed: a finite number in [0, 1]');
    expect(message({ ...image, mask: { ...image.mask, softness: -1 } })).toContain('mask.softness: got -1');
    expect(message({ ...image, mask: { kind: 'brush' } })).toContain('mask.kind: got the string "brush"; allowed: one of "spot", "painted"');
    expect(message({ ...image, width: 2, height: 1, mask: { kind: 'painted', values: [[0, 2]] } })).toContain(
      'mask.values[0][1]: got 2; allowed: a finite number in [0, 1]',
    );
    expect(message({ ...image, width: 2, height: 2, mask: { kind: 'painted', values: [[0, 1]] } })).toContain(
      'mask.values: got 1 rows; allowed: an array of 2 rows of 2 numbers',
    );
    expect(message({ module: 'focus', kind: 'text', tokens: [], attention: [] })).toBe('tokens: empty; allowed: a non-empty array of strings');
    expect(message({ module: 'focus', kind: 'text', tokens: ['a'], attention: [1, 0] })).toContain('attention: got length 2; allowed: an array of length 1');
    expect(message({ module: 'focus', kind: 'text', tokens: ['a'], attention: [1.2] })).toContain('attention[0]: got 1.2');
    expect(message({ module: 'attention' })).toBe('module: got "attention"; allowed: "focus"');
  });
});
