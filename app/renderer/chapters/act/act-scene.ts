/**
 * The ACT scene (three.js): input steps along the time axis; above each, its ponder steps stacking up one row
 * per frame (halting bar hⁿ on the left, state sⁿ as a row of cells); the budget of 1 as a bar above the current
 * step, draining segment by segment by each h, with the 1 − ε line; the halting row tagged, the remainder R in
 * magenta on the last step (in the budget and on its bar); at the combination, the bars become the weights pⁿ
 * and a fan of beams (width ∝ pⁿ) carries the ponder states into the output s_t (and y_t) under the axis, with
 * the ponder cost ρ = N + R. On the last frame of a multi-step trace the camera pulls back over all the stacks:
 * their heights are the plot of ponder steps per input (labelled with N and, for parity, the non-zero count).
 *
 * A pure function of (trace, frame, fromFrame, progress, language): every number drawn is interpolated between
 * the two frames' display states (act-view.ts), then placed with the scene kit's boxes and beams.
 */
import * as THREE from 'three/webgpu';
import type { ActTrace } from '#core/models/act/run.ts';
import type { ActFrameData, ActStage } from '#core/models/act/types.ts';
import { formatNumber } from '#app/shared/i18n/i18n.ts';
import { divergingColor, type Rgb } from '../../scene/colormap.ts';
import { beamBetween, type Beam } from '../../scene/beams.ts';
import { disposeScene } from '../../scene/dispose.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { BUS_WIDTH, H_BAR_MAX, OUTPUT_ROW_HEIGHT, actFraming, actLayout, barX, budgetBar, collectorBeam, fanBeam, rowX, rowY } from './act-layout.ts';
import { actLabels } from './act-labels.ts';
import { buildActParts, type ActParts } from './act-parts.ts';
import { subscript, superscript } from './act-narration.ts';
import { actDisplay, isOverview, mixActDisplay } from './act-view.ts';

export { isOverview };

const CYAN: Rgb = [0.31, 0.86, 1.0];
const CYAN_DARK: Rgb = [0.16, 0.52, 0.86];
const MAGENTA: Rgb = [1.0, 0.42, 0.85];
const YELLOW: Rgb = [1.0, 0.85, 0.3];
const GREY: Rgb = [0.42, 0.45, 0.53];
const TRACK: Rgb = [0.14, 0.18, 0.26];

/** What the ACT scene draws from. */
type ActSceneInput = SceneInput<ActStage, ActFrameData>;

/** Builds the ACT scene; its parts are rebuilt when the trace changes. */
export function createActScene(labels: LabelFactory): ChapterScene<ActStage, ActFrameData> {
  const root = new THREE.Group();
  root.name = 'act';
  const materials = {
    solid: new THREE.MeshLambertMaterial({ color: 0xffffff }),
    flat: new THREE.MeshBasicMaterial({ color: 0xffffff }),
    glow: new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false }),
  };
  let parts: ActParts | null = null;
  let builtFor: ActTrace | null = null;

  function build(trace: ActTrace): ActParts {
    parts?.dispose();
    root.clear();
    return buildActParts(root, trace, labels, materials);
  }

  function update(input: ActSceneInput): void {
    const { theme } = input;
    applyGlowBlending(materials.glow, theme);
    const { trace } = input;
    const target = trace.frames[input.frame];
    if (!target) {
      root.visible = false;
      return;
    }
    root.visible = true;
    if (builtFor !== trace || !parts) {
      parts = build(trace);
      builtFor = trace;
    }
    const p = parts;
    const { info } = p;
    const L = info.layout;
    const to = actDisplay(info, trace, input.frame);
    const from = trace.frames[input.fromFrame] ? actDisplay(info, trace, input.fromFrame) : to;
    const d = mixActDisplay(from, to, input.progress);
    const t = to.step;
    const c = info.combine[t]!;
    const rh = L.rowHeight;

    // Ponder rows: the state cells and the halting / weight bars.
    const beams: Beam[] = [];
    const cellW = L.rowWidth / L.stateSize;
    let k = 0;
    for (let u = 0; u < trace.steps; u++) {
      const cu = info.combine[u]!;
      const gain = u === t ? 1 : 0.6;
      for (let n = 0; n < cu.steps; n++) {
        const i = info.offsets[u]! + n;
        const on = d.rowOn[i]!;
        const y = rowY(L, n + 1);
        for (let j = 0; j < L.stateSize; j++) {
          const v = cu.states[n]![j] ?? 0;
          p.cells.place(k++, rowX(L, u) + j * cellW + cellW * 0.06, y, 0, cellW * 0.88, rh * 0.8 * on, 0.3, divergingColor(v, L.range), theme, gain);
        }
        const kind = to.barKind[i]!;
        const color = kind === 2 ? MAGENTA : CYAN;
        p.bars.place(i, barX(L, u), y, 0.05, Math.max(0, d.bar[i]!) * H_BAR_MAX, rh * 0.62 * on, 0.3, color, theme, gain);
        p.plates.place(i, barX(L, u), y, -0.12, H_BAR_MAX * on, rh * 0.74 * on, 0.04, TRACK, theme);
        // The beam from row n into the output: width ∝ pⁿ.
        const w = d.beam[i]!;
        const [ax, ay, bx, by] = fanBeam(L, u, n + 1);
        beams[i] = beamBetween(
          ax,
          ay,
          bx,
          by,
          0.35,
          w > 1e-4 ? 0.03 + 0.3 * w : 0,
          kind === 2 ? MAGENTA : CYAN,
          (u === t ? 0.95 : 0.5) * Math.min(1, d.outOn[u]! * 1.5),
        );
      }
    }
    // The collector: from where the fan meets into the output row s_t.
    for (let u = 0; u < trace.steps; u++) {
      const on = d.outOn[u]!;
      const [cx0, cy0, cx1, cy1] = collectorBeam(L, u);
      beams[info.rows + u] = beamBetween(cx0, cy0, cx1, cy1, 0.35, on > 1e-3 ? 0.16 : 0, [0.85, 0.9, 1], (u === t ? 0.9 : 0.45) * on);
    }
    // Output rows s_t (and y_t) under the axis.
    const outW = L.outputSize > 0 ? L.rowWidth / L.outputSize : 0;
    for (let u = 0; u < trace.steps; u++) {
      const cu = info.combine[u]!;
      const on = d.outOn[u]!;
      const gain = u === t ? 1 : 0.6;
      for (let j = 0; j < L.stateSize; j++) {
        p.cells.place(
          k++,
          rowX(L, u) + j * cellW + cellW * 0.06,
          L.stateOutY,
          0,
          cellW * 0.88,
          OUTPUT_ROW_HEIGHT * on,
          0.3,
          divergingColor(cu.state[j] ?? 0, L.range),
          theme,
          gain,
        );
      }
      for (let j = 0; j < L.outputSize; j++) {
        p.cells.place(
          k++,
          rowX(L, u) + j * outW + outW * 0.06,
          L.outputOutY,
          0,
          outW * 0.88,
          OUTPUT_ROW_HEIGHT * on * (cu.output.length ? 1 : 0),
          0.3,
          divergingColor(cu.output[j] ?? 0, L.range),
          theme,
          gain,
        );
      }
    }
    p.cells.commit();
    p.bars.commit();
    p.beams.update(beams, theme);

    // Plates: the time axis, the current row, the budget's frame and the 1 − ε line.
    const base = info.rows;
    // The time axis under every column in the overview, under the current column alone in a column frame.
    const overview = isOverview(trace, input.frame);
    const first = overview ? 0 : t;
    const last = overview ? trace.steps - 1 : t;
    const axisX0 = barX(L, first) - 0.3;
    p.plates.place(base, axisX0, L.axisY, -0.1, rowX(L, last) + L.rowWidth + BUS_WIDTH - axisX0, 0.06, 0.06, GREY, theme);
    const b = budgetBar(L, t);
    const current = !to.combined && to.ponder > 0;
    p.plates.place(
      base + 1,
      barX(L, t) - 0.15,
      rowY(L, Math.max(1, to.ponder)),
      -0.2,
      current ? H_BAR_MAX + 0.3 + L.rowWidth + 0.3 : 0,
      rh * 0.98,
      0.02,
      [0.13, 0.2, 0.33],
      theme,
    );
    p.plates.place(base + 2, b.x - 0.06, b.y, -0.1, b.length + 0.12, 0.58, 0.04, [0.3, 0.34, 0.44], theme);
    p.plates.place(base + 3, b.x, b.y, -0.05, b.length, 0.46, 0.04, TRACK, theme);
    const threshold = 1 - c.epsilon;
    p.plates.place(base + 4, b.x + threshold * b.length - 0.03, b.y, 0.3, 0.06, 0.95, 0.06, [1, 1, 1], theme);
    for (let i = base + 5; i < base + 8; i++) p.plates.place(i, 0, 0, 0, 0, 0, 0, TRACK, theme);
    p.plates.commit();

    // The budget of 1: spent segments h¹, h², … from the left, what is left in yellow; at the halt the last segment
    // is the remainder R (magenta) up to 1, and the part of hᴺ beyond 1 sticks out, grey.
    let spent = 0;
    let endX = b.x + b.length;
    for (let n = 0; n < L.maxPonder; n++) {
      const on = d.segOn[n]!;
      if (n >= c.steps || on <= 0) {
        p.budget.place(n, 0, 0, 0, 0, 0, 0, GREY, theme);
        continue;
      }
      const h = c.halting[n]!;
      const last = n === c.steps - 1;
      const length = (last ? c.remainder : h) * on;
      p.budget.place(n, b.x + spent * b.length, b.y, 0.08, length * b.length, 0.4, 0.12, last ? MAGENTA : n % 2 ? CYAN_DARK : CYAN, theme, 0.9);
      if (last) {
        const over = Math.max(0, h - c.remainder) * on;
        const x = b.x + b.length;
        p.budget.place(L.maxPonder, x, b.y, 0.08, over * b.length, 0.3, 0.1, GREY, theme);
        endX = x + over * b.length;
      }
      spent += length;
    }
    if (!d.segOn.some((x, n) => n === c.steps - 1 && x > 0)) p.budget.place(L.maxPonder, 0, 0, 0, 0, 0, 0, GREY, theme);
    const left = Math.max(0, 1 - spent);
    const halted = d.segOn[c.steps - 1]! > 0;
    p.budget.place(L.maxPonder + 1, b.x + spent * b.length, b.y, 0.08, halted ? 0 : left * b.length, 0.4, 0.12, YELLOW, theme);
    p.budget.commit();

    p.text.show(actLabels(trace, input.frame, input.language, info, to, endX), theme);
  }

  function framing(trace: ActTrace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame];
    if (!f) return { position: [0, 0, 20], target: [0, 0, 0] };
    const L = builtFor === trace && parts ? parts.info.layout : actLayout(trace);
    return actFraming(L, isOverview(trace, frame) ? null : f.step, aspect);
  }

  function hoverText(hit: THREE.Intersection, input: ActSceneInput): string | null {
    if (!parts || hit.instanceId === undefined) return null;
    const num = (x: number) => formatNumber(input.language, x, 3);
    const { info } = parts;
    const name = hit.object.name;
    if (name === 'cells') {
      const cell = parts.cellOf[hit.instanceId];
      if (!cell) return null;
      const c = info.combine[cell.step]!;
      if (cell.row < 0)
        return cell.kind === 's'
          ? `s${subscript(cell.step + 1)}[${cell.j}] = ${num(c.state[cell.j] ?? 0)}`
          : `y${subscript(cell.step + 1)}[${cell.j}] = ${num(c.output[cell.j] ?? 0)}`;
      const n = cell.row - info.offsets[cell.step]!;
      return `s${superscript(n + 1)}[${cell.j}] = ${num(c.states[n]![cell.j] ?? 0)}`;
    }
    if (name === 'bars') {
      const i = hit.instanceId;
      let step = 0;
      while (step + 1 < info.offsets.length && info.offsets[step + 1]! <= i) step++;
      const n = i - info.offsets[step]!;
      const c = info.combine[step]!;
      return `h${superscript(n + 1)} = ${num(c.halting[n]!)} · p${superscript(n + 1)} = ${num(c.probabilities[n]!)}`;
    }
    return null;
  }

  return {
    root,
    update,
    framing,
    hoverText,
    dispose() {
      parts?.dispose();
      disposeScene(root, Object.values(materials));
    },
  };
}
