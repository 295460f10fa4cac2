import { describe, expect, it } from 'vitest';
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { LECTURE_VIEWS, MIN_LECTURE_TEXT_PX, labelFontPx, labelWorldWidth } from '../../scene/screen-size.ts';
import { ntmLabels } from './ntm-labels.ts';
import { ntmLayout, writesValues } from './ntm-layout.ts';
import { presetScenario } from './ntm-params.ts';
import { fitCamera } from './ntm-scene.ts';
import { activeRow, barScale, cachedView, memoryRange, stageIndex } from './ntm-view.ts';

const VIEW = LECTURE_VIEWS['1920x1080'];

/** Every number on the memory blocks, on k/r/e/a and over the bars of a preset, with its font size at 1080p. */
function numbersOf(id: string) {
  const trace = runNtmScenarioSync(presetScenario(id));
  const out: { group: string; text: string; px: number; frame: number; width: number; room: number }[] = [];
  trace.frames.forEach((f, frame) => {
    const v = cachedView(f);
    const L = ntmLayout(v.n, v.m, trace.steps > 1);
    const stage = stageIndex(v.stage);
    const pose = fitCamera(L, stage, VIEW.width / VIEW.height);
    const labels = ntmLabels(v, {
      layout: L,
      language: 'es',
      steps: trace.steps,
      heat: trace.steps > 1,
      range: memoryRange(trace),
      weightScale: barScale(trace),
      activeRow: activeRow(stage),
    });
    const groups = [
      ['memory', labels.memoryNumbers, L.memoryNumberHeight],
      ['vector', labels.vectorNumbers, L.vectorNumberHeight],
      ['bars', labels.numbers, L.numberHeight],
    ] as const;
    for (const [group, list, height] of groups) {
      for (const l of list) {
        if (!l.text) continue;
        const h = l.height ?? height;
        const background = !!l.style?.background;
        const px = labelFontPx(pose, VIEW, { x: l.x, y: l.y, z: l.z ?? 0.4, height: h, background });
        // The room a number has: its slot (memory, bars) or, for k/r/e/a, the gap between two columns; a row
        // written once ("0,08 in every slot") has the whole tape.
        const room = group === 'vector' ? L.eraseX - L.readX : l.text.includes(' ') ? L.width : L.dx;
        out.push({ group, text: l.text, px, frame, width: labelWorldWidth(l.text, h, background, !background), room });
      }
    }
  });
  return out;
}

describe('NTM: the numbers in the view read from the back of a lecture hall', () => {
  for (const id of ['lookup', 'copy', 'free', 'copy-trained']) {
    it(`${id}: memory values, k/r/e/a and the weights over the bars are drawn at ≥ ${MIN_LECTURE_TEXT_PX} px at 1080p`, () => {
      const numbers = numbersOf(id);
      for (const g of ['memory', 'vector', 'bars']) {
        const list = numbers.filter((n) => n.group === g);
        console.log(id, g, list.length, list.length ? Math.min(...list.map((n) => n.px)).toFixed(1) : '-');
      }
      // The trained copy has N = 16 slots, too narrow for a number at that size: it writes none (hover gives them).
      expect(numbers.filter((n) => n.group === 'memory').length > 0).toBe(writesValues(id === 'copy-trained' ? 16 : 12));
      for (const n of numbers) {
        expect(n.px, `${n.group} ${n.text} on frame ${n.frame}`).toBeGreaterThanOrEqual(MIN_LECTURE_TEXT_PX);
        // …and it fits its room, so neighbours never run together (panels, or the glyphs of bare numbers).
        expect(n.width, `${n.group} ${n.text} on frame ${n.frame}: width`).toBeLessThanOrEqual(n.room);
      }
    });
  }
});
