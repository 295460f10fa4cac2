import { describe, expect, it } from 'vitest';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { LECTURE_VIEWS, MIN_LECTURE_TEXT_PX, labelFontPx, labelWorldWidth } from '../../scene/screen-size.ts';
import { actLabels } from './act-labels.ts';
import { actFraming } from './act-layout.ts';
import { actDisplay, actTraceInfo, isOverview } from './act-view.ts';

const VIEW = LECTURE_VIEWS['1920x1080'];
const NUMBER = /^[−-]?\d+([.,]\d+)?$/;

/** Every number (zeros are left out) drawn on a state or output cell in a column frame of a preset, with its font size on screen at 1080p. */
function cellNumbers(id: string, language: 'es' | 'en' = 'es') {
  const trace = runActScenario(actPresets.find((p) => p.id === id)!.scenario);
  const info = actTraceInfo(trace);
  const out: { frame: number; text: string; px: number; width: number; room: number }[] = [];
  for (let frame = 0; frame < trace.frames.length; frame++) {
    if (isOverview(trace, frame)) continue;
    const pose = actFraming(info.layout, trace.frames[frame]!.step, VIEW.width / VIEW.height);
    for (const l of actLabels(trace, frame, language, info, actDisplay(info, trace, frame), 0)) {
      if (!NUMBER.test(l.text) || !l.style?.background) continue;
      const h = l.height ?? 1;
      const onOutputs = l.y === info.layout.outputOutY;
      const room = info.layout.rowWidth / (onOutputs ? info.layout.outputSize : info.layout.stateSize);
      out.push({
        frame,
        text: l.text,
        px: labelFontPx(pose, VIEW, { x: l.x, y: l.y, z: l.z ?? 0.4, height: h, background: true }),
        width: labelWorldWidth(l.text, h, true),
        room,
      });
    }
  }
  return out;
}

describe('ACT: the numbers on the cells read from the back of a lecture hall', () => {
  for (const id of ['one-step', 'halt-first', 'max-steps', 'seeded-cell']) {
    it(`${id}: every state and output value is drawn at ≥ ${MIN_LECTURE_TEXT_PX} px at 1080p`, () => {
      const numbers = cellNumbers(id);
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) {
        expect(n.px, `${n.text} on frame ${n.frame}`).toBeGreaterThanOrEqual(MIN_LECTURE_TEXT_PX);
        // …and its panel fits its cell, so neighbouring values never run together.
        expect(n.width, `${n.text} on frame ${n.frame}: width`).toBeLessThanOrEqual(n.room);
      }
    });
  }
});
