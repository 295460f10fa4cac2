import { describe, expect, it } from 'vitest';
import { applyFocusParameter, paintedMask, presetParameters, scenarioFor } from './focus-params.ts';
import { dabsAlong, gestureEdit, startGesture } from './focus-pointer.ts';

describe('focus parameters', () => {
  it('reads the moon preset into the spot parameters and back into the same scenario', () => {
    const p = presetParameters('moon');
    expect(p.center).toEqual([0.72, 0.3]);
    const s = scenarioFor('moon', p);
    expect(s.kind === 'image' && s.mask.kind === 'spot' && s.mask.radius).toBe(0.13);
  });

  it('accepts a moved centre and refuses one outside [0, 1] with the range', () => {
    const p = presetParameters('moon');
    const ok = applyFocusParameter('moon', 'center', [0.2, 0.5], p);
    expect('parameters' in ok && ok.parameters.center).toEqual([0.2, 0.5]);
    const bad = applyFocusParameter('moon', 'center', [1.5, 0.5], p);
    expect('problem' in bad && bad.problem).toMatchObject({ path: 'center[0]', allowed: expect.stringContaining('[0, 1]') });
    const radius = applyFocusParameter('moon', 'radius', -1, p);
    expect('problem' in radius && radius.problem.allowed).toContain('[0, 2]');
  });

  it('refuses text parameters on the image preset and a wrong-length attention vector', () => {
    const bad = applyFocusParameter('moon', 'attention', [1], presetParameters('moon'));
    expect('problem' in bad && bad.problem.problem).toMatch(/text presets/);
    const p = presetParameters('sentence');
    const short = applyFocusParameter('sentence', 'attention', [0.5, 0.5], p);
    expect('problem' in short && short.problem.problem).toBe('got length 2');
    const ok = applyFocusParameter('sentence', 'attention', [1, 0, 0, 0, 0, 0, 0], p);
    expect('parameters' in ok).toBe(true);
  });

  it('paints dabs over the spot (v = 1 raises, v = 0 erases) and keeps the mask in [0, 1]', () => {
    const spot = { x: 0.5, y: 0.5, radius: 0, softness: 0 };
    const painted = paintedMask(20, 10, spot, [0.25, 0.5, 0.3, 1]);
    expect(painted[5]![5]).toBeGreaterThan(0.85);
    expect(painted[0]![19]).toBe(0);
    const erased = paintedMask(20, 10, { x: 0.5, y: 0.5, radius: 2, softness: 0 }, [0.5, 0.5, 0.3, 0]);
    expect(erased[5]![10]).toBeLessThan(0.15);
    expect(erased[0]![0]).toBe(1);
    const p = presetParameters('moon');
    const bad = applyFocusParameter('moon', 'strokes', [0.5, 0.5, 0.1], p);
    expect('problem' in bad && bad.problem.allowed).toMatch(/multiple of 4/);
    const ok = applyFocusParameter('moon', 'strokes', [0.5, 0.5, 0.1, 1], p);
    expect('parameters' in ok && scenarioFor('moon', ok.parameters).kind === 'image').toBe(true);
  });
});

describe('focus gestures', () => {
  const target = { width: 320, height: 180, spot: { x: 0.72, y: 0.3, radius: 0.13 } };
  it('moves the spot by the pointer motion from where the gesture began', () => {
    const g = startGesture(target, 0.5, 0.5, { shiftKey: false, altKey: false });
    expect(g.mode).toBe('move');
    const base = {};
    const edit = gestureEdit(g, target, 0.4, 0.6, base)({ center: [0.72, 0.3] });
    expect(edit.name).toBe('center');
    expect((edit.value as number[])[0]).toBeCloseTo(0.62);
    expect((edit.value as number[])[1]).toBeCloseTo(0.4);
  });
  it('resizes from the rim and paints with Shift', () => {
    const onRim = 0.72 + (0.13 * 180) / 320;
    const g = startGesture(target, onRim, 0.3, { shiftKey: false, altKey: false });
    expect(g.mode).toBe('resize');
    expect(gestureEdit(g, target, 0.72 + (0.2 * 180) / 320, 0.3, {})({}).value).toBeCloseTo(0.2, 3);
    const paint = startGesture(target, 0.1, 0.1, { shiftKey: true, altKey: false });
    const base = {};
    const first = gestureEdit(paint, target, 0.1, 0.1, base)({ strokes: [0.9, 0.9, 0.05, 1], brush: 0.05 });
    expect(first).toEqual({ name: 'strokes', value: [0.9, 0.9, 0.05, 1, 0.1, 0.1, 0.05, 1] });
  });
});

describe('a painted stroke', () => {
  const target = { width: 320, height: 180, spot: null };
  it('is a line, not dots: a fast drag fills in dabs at most a quarter brush apart', () => {
    const paint = startGesture(target, 0.1, 0.5, { shiftKey: true, altKey: false });
    const base = {};
    const current = { strokes: [], brush: 0.04 };
    gestureEdit(paint, target, 0.1, 0.5, base)(current);
    // One pointer event far along: 0.6 of the width = 1.07 shorter sides, ~27 quarter brushes.
    const edit = gestureEdit(paint, target, 0.7, 0.5, base)(current);
    const dabs = edit.value as number[];
    const xs = dabs.filter((_, i) => i % 4 === 0);
    expect(xs.length).toBeGreaterThan(20);
    expect(xs[xs.length - 1]).toBeCloseTo(0.7);
    for (let k = 1; k < xs.length; k++) expect(((xs[k]! - xs[k - 1]!) * 320) / 180).toBeLessThanOrEqual(0.04 / 4 + 5e-4); // dabs are rounded to 4 digits
    // A small move within a quarter brush adds nothing.
    expect((gestureEdit(paint, target, 0.7001, 0.5, base)(current).value as number[]).length).toBe(dabs.length);
  });
  it('spaces dabs in units of the shorter side and refuses a spacing that is not positive', () => {
    expect(dabsAlong({ width: 200, height: 100 }, [0, 0], [0.5, 0], 0.25)).toEqual([
      [0.125, 0],
      [0.25, 0],
      [0.375, 0],
      [0.5, 0],
    ]);
    expect(dabsAlong({ width: 200, height: 100 }, [0, 0], [0.1, 0], 0.25)).toEqual([]);
    expect(() => dabsAlong({ width: 1, height: 1 }, [0, 0], [1, 1], 0)).toThrow(/dab spacing/);
  });
});
