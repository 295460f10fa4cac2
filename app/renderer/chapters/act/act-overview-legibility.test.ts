import { describe, expect, it } from 'vitest';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { LECTURE_VIEWS, MIN_LECTURE_TEXT_PX, labelFontPx, labelWorldWidth } from '../../scene/screen-size.ts';
import { actLabels } from './act-labels.ts';
import { actFraming, boardBounds, budgetBar, rowX } from './act-layout.ts';
import { actDisplay, actTraceInfo, isOverview } from './act-view.ts';

const VIEW = LECTURE_VIEWS['1920x1080'];

describe('ACT overview: the labels under and over the stacks read from the back of a lecture hall', () => {
  for (const preset of actPresets) {
    const trace = runActScenario(preset.scenario);
    const frame = trace.frames.length - 1;
    if (!isOverview(trace, frame)) continue;
    for (const language of ['es', 'en'] as const) {
      it(`${preset.id} (${language}): every label is ≥ ${MIN_LECTURE_TEXT_PX} px at 1080p, inside the framed board, no wider than its column`, () => {
        const info = actTraceInfo(trace);
        const L = info.layout;
        const pose = actFraming(L, null, VIEW.width / VIEW.height);
        const labels = actLabels(trace, frame, language, info, actDisplay(info, trace, frame), 0);
        expect(labels.length).toBeGreaterThan(trace.steps);
        // The current column's N stands clear of its budget bar's 1 − ε tick (0.95 tall, act-scene.ts).
        const steps = labels.find((l) => l.text.startsWith('N =') && Math.abs(l.x - (rowX(L, trace.steps - 1) + L.rowWidth / 2)) < 1e-9)!;
        expect(steps.y - (steps.height ?? 1) / 2).toBeGreaterThanOrEqual(budgetBar(L, trace.steps - 1).y + 0.95 / 2);
        // The lines under a stack (the input's name, parity's non-zero count) do not overlap.
        for (const a of labels)
          for (const b of labels)
            if (a !== b && a.x === b.x && a.y > b.y)
              expect(a.y - (a.height ?? 1) / 2, `"${a.text}" over "${b.text}"`).toBeGreaterThanOrEqual(b.y + (b.height ?? 1) / 2 - 1e-9);
        for (const l of labels) {
          const px = labelFontPx(pose, VIEW, { x: l.x, y: l.y, z: l.z ?? 0, height: l.height ?? 1, background: !!l.style?.background });
          expect(px, `"${l.text}"`).toBeGreaterThanOrEqual(MIN_LECTURE_TEXT_PX);
          const [x0, y0, x1, y1] = boardBounds(L);
          expect(l.y - (l.height ?? 1) / 2, `"${l.text}": bottom`).toBeGreaterThanOrEqual(y0);
          expect(l.y + (l.height ?? 1) / 2, `"${l.text}": top`).toBeLessThanOrEqual(y1);
          expect(l.x, `"${l.text}": x`).toBeGreaterThanOrEqual(x0);
          expect(l.x, `"${l.text}": x`).toBeLessThanOrEqual(x1);
          if (l.style?.align === 'left') continue;
          expect(labelWorldWidth(l.text, l.height ?? 1, !!l.style?.background), `"${l.text}": width`).toBeLessThanOrEqual(L.columnWidth);
        }
      });
    }
  }
});
