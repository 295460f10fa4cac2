import { describe, expect, it } from 'vitest';
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { presetScenario } from './ntm-params.ts';
import { ntmLayout } from './ntm-layout.ts';
import { ntmLabels } from './ntm-labels.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import { activeRow, barScale, cachedView, isNtmFrame, memoryRange, mixNtmDisplay, ntmDisplay, ntmView } from './ntm-view.ts';

describe('NTM display values', () => {
  const trace = runNtmScenarioSync(presetScenario('lookup'));
  const views = trace.frames.map(cachedView);
  it('reads a frame written as JSON (typed arrays as plain arrays) exactly as the frame itself', () => {
    const plain = JSON.parse(JSON.stringify(trace.frames[5], (_k, v) => (v instanceof Float64Array ? Array.from(v) : v)));
    expect(isNtmFrame(plain)).toBe(true);
    expect(ntmView(plain)).toEqual(ntmView(trace.frames[5]!));
    expect(isNtmFrame({ index: 0, step: 0, stage: 'ponder', data: { kind: 'combine' } })).toBe(false);
  });
  it('reveals each addressing row at its stage and keeps later rows at zero', () => {
    const content = ntmDisplay(views[0]!);
    expect(content.rows.content).toEqual([...views[0]!.contentWeights]);
    expect(content.rows.previous).toEqual([...views[0]!.previousWeights]);
    expect(content.rows.interpolate.every((w) => w === 0)).toBe(true);
    expect(content.rows.sharpen.every((w) => w === 0)).toBe(true);
    expect(content.keyOn).toBe(1);
    const sharpen = ntmDisplay(views[3]!);
    expect(sharpen.rows.sharpen).toEqual([...views[3]!.weights]);
    expect(sharpen.keyOn).toBe(0.55);
  });
  it('lights the read beam on the read stage and the write beam, e and a on the write stage', () => {
    const read = ntmDisplay(views[4]!);
    expect(read.readBeam).toEqual([...views[4]!.weights]);
    expect(read.writeBeam.every((w) => w === 0)).toBe(true);
    expect(read.read).toEqual([...views[4]!.readVector]);
    const write = ntmDisplay(views[5]!);
    expect(write.writeBeam).toEqual([...views[5]!.weights]);
    expect(write.add).toEqual([...views[5]!.add]);
    expect(write.memory).toEqual([...views[5]!.memoryAfter]);
    expect(read.memory).toEqual([...views[4]!.memoryBefore]);
    expect(write.writeOn).toBe(1);
    expect(read.writeOn).toBe(0.25);
  });
  it('interpolates every number between two frames and is the target at rest', () => {
    const a = ntmDisplay(views[0]!);
    const b = ntmDisplay(views[1]!);
    const half = mixNtmDisplay(a, b, 0.5);
    expect(half.rows.interpolate[0]).toBeCloseTo((a.rows.interpolate[0]! + b.rows.interpolate[0]!) / 2);
    expect(half.keyOn).toBeCloseTo((1 + 0.55) / 2);
    expect(mixNtmDisplay(a, b, 1)).toBe(b);
  });
  it('highlights the row each addressing stage computes and none on read and write', () => {
    expect([0, 1, 2, 3, 4, 5].map(activeRow)).toEqual(['content', 'interpolate', 'shift', 'sharpen', null, null]);
  });
  it('stretches bars by 1 / the largest weight, between 1 and 40, and ranges the colours by the largest value', () => {
    expect(barScale(trace)).toBeGreaterThanOrEqual(1);
    const max = Math.max(...views.flatMap((v) => [...v.contentWeights, ...v.previousWeights, ...v.gatedWeights, ...v.shiftedWeights, ...v.weights]));
    expect(barScale(trace)).toBeCloseTo(Math.min(40, Math.max(1, 1 / max)));
    expect(memoryRange(trace)).toBe(Math.max(...views.flatMap((v) => [...v.memoryBefore, ...v.memoryAfter, ...v.key].map(Math.abs))));
  });
  it('labels the bars with their weights, the memory with its values and the banner with the step and stage', () => {
    const v = views[0]!;
    const layout = ntmLayout(v.n, v.m, trace.steps > 1);
    const labels = ntmLabels(v, {
      layout,
      language: 'en',
      steps: trace.steps,
      heat: false,
      range: memoryRange(trace),
      weightScale: 1,
      activeRow: 'content',
    });
    expect(labels.numbers).toHaveLength(2 * v.n); // w_c and w_prev only, at content addressing
    // Every memory value but the zeros (left out: the grey block says 0).
    expect(labels.memoryNumbers).toHaveLength([...v.memoryBefore].filter((x) => Math.abs(x) >= 0.005).length);
    expect(labels.titles.some((l) => l.text === 'β = 5.00')).toBe(true);
    expect(labels.banner[0]!.text).toContain('1');
    const read = ntmLabels(views[4]!, {
      layout,
      language: 'es',
      steps: trace.steps,
      heat: true,
      range: 1,
      weightScale: 2,
      activeRow: null,
    });
    expect(read.numbers).toHaveLength(5 * v.n);
    expect(read.titles.some((l) => l.text.startsWith('↕ ×2'))).toBe(true);
  });
});

describe('the k, r, e and a columns', () => {
  it('are named on every step, read-only steps included, with the unused ones dimmed', () => {
    const copy = runNtmScenarioSync(presetScenario('copy'));
    const copyViews = copy.frames.map(cachedView);
    const readOnly = copyViews.filter((v) => v.role === 'read');
    expect(readOnly.length).toBeGreaterThan(0);
    const lookup = runNtmScenarioSync(presetScenario('lookup')).frames.map(cachedView);
    for (const v of [...copyViews, ...lookup]) {
      const layout = ntmLayout(v.n, v.m, true);
      const labels = ntmLabels(v, { layout, language: 'en', steps: copy.steps, heat: true, range: 1, weightScale: 1, activeRow: null });
      for (const [name, x] of [
        ['k', layout.keyX],
        ['r', layout.readX],
        ['e', layout.eraseX],
        ['a', layout.addX],
      ] as const) {
        const label = labels.titles.find((l) => l.text === name);
        expect(label, `${name} at step ${v.step} (${v.role})`).toBeDefined();
        expect(label!.x).toBe(x);
        if (v.role === 'read' && (name === 'e' || name === 'a')) expect(label!.style?.color).toBe(DARK_THEME.dimText);
      }
    }
  });
});
