import { describe, expect, it } from 'vitest';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import type { Label } from '../../scene/label-pool.ts';
import { labelWorldWidth } from '../../scene/screen-size.ts';
import { actLabels } from './act-labels.ts';
import { H_BAR_MAX, MAX_BEAM_WIDTH, collectorBeam, fanBeam, rowX, type ActLayout } from './act-layout.ts';
import { actDisplay, actTraceInfo, isOverview } from './act-view.ts';

type Segment = readonly [number, number, number, number];
type Box = readonly [number, number, number, number];

/** A label's box [x0, y0, x1, y1] (world units) from its anchor, height and estimated width. */
function boxOf(l: Label): Box {
  const h = l.height ?? 1;
  const w = labelWorldWidth(l.text, h, !!l.style?.background);
  const align = l.style?.align ?? 'center';
  const x0 = align === 'left' ? l.x : align === 'right' ? l.x - w : l.x - w / 2;
  return [x0, l.y - h / 2, x0 + w, l.y + h / 2];
}

/** Whether a segment, drawn `width` wide, touches a box (sampled every 0.01 units along it). */
function crosses([x0, y0, x1, y1]: Segment, [bx0, by0, bx1, by1]: Box, width: number): boolean {
  const r = width / 2;
  const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 0.01);
  for (let i = 0; i <= steps; i++) {
    const x = x0 + ((x1 - x0) * i) / steps;
    const y = y0 + ((y1 - y0) * i) / steps;
    if (x >= bx0 - r && x <= bx1 + r && y >= by0 - r && y <= by1 + r) return true;
  }
  return false;
}

/** Every flow line of the columns shown: each row's beam into the output, the collectors and the time axis. */
function lines(L: ActLayout, columns: readonly number[]): { segment: Segment; width: number; name: string }[] {
  const out: { segment: Segment; width: number; name: string }[] = [];
  for (const t of columns) {
    for (let n = 1; n <= (L.ponderSteps[t] ?? 0); n++) out.push({ segment: fanBeam(L, t, n), width: MAX_BEAM_WIDTH, name: `beam ${t}/${n}` });
    out.push({ segment: collectorBeam(L, t), width: 0.16, name: `collector ${t}` });
  }
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  out.push({ segment: [rowX(L, first) - H_BAR_MAX - 0.3 - 0.3, L.axisY, rowX(L, last) + L.rowWidth + 1.2, L.axisY], width: 0.06, name: 'axis' });
  return out;
}

describe('ACT: no label is crossed by a flow line', () => {
  for (const id of ['parity', 'parity-trained', 'seeded-cell']) {
    it(`${id}: the overview's labels and each column frame's input label stay clear of the beams and the axis`, () => {
      const trace = runActScenario(actPresets.find((p) => p.id === id)!.scenario);
      const info = actTraceInfo(trace);
      const L = info.layout;
      for (let frame = 0; frame < trace.frames.length; frame++) {
        const overview = isOverview(trace, frame);
        const step = trace.frames[frame]!.step;
        const columns = overview ? Array.from({ length: trace.steps }, (_, t) => t) : [step];
        const labels = actLabels(trace, frame, 'es', info, actDisplay(info, trace, frame), 0);
        // In a column frame the budget, rows and outputs have their own places; the input label is the one near the fan.
        const checked = overview ? labels : labels.filter((l) => l.text.startsWith('x'));
        expect(checked.length).toBeGreaterThan(0);
        for (const l of checked) {
          for (const line of lines(L, columns)) {
            expect(crosses(line.segment, boxOf(l), line.width), `"${l.text}" × ${line.name} on frame ${frame}`).toBe(false);
          }
        }
        if (overview) {
          // …and the input labels do not run into each other.
          const inputs = labels.filter((l) => l.text.startsWith('x')).map(boxOf);
          for (let i = 1; i < inputs.length; i++) expect(inputs[i]![0]).toBeGreaterThan(inputs[i - 1]![2]);
        }
      }
    });
  }
});
