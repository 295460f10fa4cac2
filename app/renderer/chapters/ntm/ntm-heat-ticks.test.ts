import { describe, expect, it } from 'vitest';
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { LECTURE_VIEWS, MIN_LECTURE_TEXT_PX, labelFontPx, labelWorldWidth } from '../../scene/screen-size.ts';
import type { Label } from '../../scene/label-pool.ts';
import { heatMapY, heatTicks, slotTicks, timeTicks } from './ntm-heat-ticks.ts';
import { ntmLabels } from './ntm-labels.ts';
import { ntmLayout } from './ntm-layout.ts';
import { presetScenario } from './ntm-params.ts';
import { fitCamera } from './ntm-scene.ts';
import { barScale, cachedView, memoryRange } from './ntm-view.ts';

const VIEW = LECTURE_VIEWS['1920x1080'];

function box(l: Label): [number, number, number, number] {
  const h = l.height ?? 0.5;
  const w = labelWorldWidth(l.text, h, !!l.style?.background);
  const align = l.style?.align ?? 'center';
  const x0 = align === 'left' ? l.x : align === 'right' ? l.x - w : l.x - w / 2;
  return [x0, l.y - h / 2, x0 + w, l.y + h / 2];
}
const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describe('NTM heat maps: slot and time ticks', () => {
  it('ticks: time from 1, every 5th and the last; slots first, middle, last', () => {
    expect(timeTicks(16)).toEqual([1, 5, 10, 16]);
    expect(timeTicks(12)).toEqual([1, 5, 10, 12]);
    expect(timeTicks(1)).toEqual([1]);
    expect(slotTicks(12)).toEqual([0, 5, 11]);
    expect(slotTicks(1)).toEqual([0]);
  });
  for (const id of ['copy', 'copy-trained']) {
    it(`${id}: each tick sits on its row or column, reads at ≥ 22 px at 1080p, and touches no other label`, () => {
      const trace = runNtmScenarioSync(presetScenario(id));
      const v = cachedView(trace.frames.at(-1)!);
      const L = ntmLayout(v.n, v.m, true);
      const ticks = heatTicks(L, trace.steps);
      const left = L.heatX - L.heatWidth / 2;
      const { read, write } = heatMapY(L);
      // Slot i's row centre on each map; step t's column centre (1-based t).
      for (const y of [read, write]) {
        for (const i of slotTicks(v.n))
          expect(ticks.some((l) => l.text === String(i) && Math.abs(l.y - (y + L.heatHeight / 2 - ((i + 0.5) * L.heatHeight) / v.n)) < 1e-9)).toBe(true);
      }
      for (const t of timeTicks(trace.steps))
        expect(ticks.some((l) => l.text === String(t) && Math.abs(l.x - (left + ((t - 0.5) * L.heatWidth) / trace.steps)) < 1e-9)).toBe(true);
      const pose = fitCamera(L, 5, VIEW.width / VIEW.height);
      for (const l of ticks)
        expect(labelFontPx(pose, VIEW, { x: l.x, y: l.y, z: 0, height: l.height!, background: false })).toBeGreaterThanOrEqual(MIN_LECTURE_TEXT_PX);
      // Against every other label of the frame (titles, numbers, banner) and each other.
      const all = ntmLabels(v, {
        layout: L,
        language: 'es',
        steps: trace.steps,
        heat: true,
        range: memoryRange(trace),
        weightScale: barScale(trace),
        activeRow: null,
      });
      const others = [...all.titles, ...all.numbers, ...all.memoryNumbers, ...all.vectorNumbers, ...all.banner].filter((l) => !ticks.includes(l));
      expect(all.titles.filter((l) => ticks.some((t) => t.text === l.text && t.x === l.x && t.y === l.y))).toHaveLength(ticks.length);
      for (const t of ticks) {
        for (const o of [...others.filter((o) => !ticks.some((k) => k.x === o.x && k.y === o.y && k.text === o.text)), ...ticks.filter((k) => k !== t)]) {
          expect(overlap(box(t), box({ ...o, height: o.height ?? 0.5 })), `${t.text} × "${o.text}"`).toBe(false);
        }
      }
    });
  }
});
