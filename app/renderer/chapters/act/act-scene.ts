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
 * the two frames' display states.
 */
import * as THREE from 'three/webgpu';
import type { Trace } from '../../../../core/trace/trace.ts';
import type { ActCombineData, ActFrameData } from '../../../../core/models/act/types.ts';
import { nonZeroCount } from '../../../../core/models/act/parity.ts';
import { format, formatNumber, messages } from '../../../shared/i18n/i18n.ts';
import { divergingColor, type Rgb } from '../../scene/colormap.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool, type Label } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { DARK_THEME, glowRgb, paintRgb, type Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import { commitInstances, createInstances, mixNumbers } from '../../scene/instances.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import {
  BUS_WIDTH,
  H_BAR_MAX,
  OUTPUT_ROW_HEIGHT,
  ROW_WIDTH,
  actFraming,
  actLayout,
  barX,
  boardBounds,
  budgetBar,
  columnBounds,
  rowX,
  rowY,
  stackTop,
  type ActLayout,
} from './act-layout.ts';
import { actNumber, subscript, superscript } from './act-narration.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const CYAN_HEX = DARK_THEME.read;
const MAGENTA_HEX = DARK_THEME.write;
const CYAN: Rgb = [0.31, 0.86, 1.0];
const CYAN_DARK: Rgb = [0.16, 0.52, 0.86];
const MAGENTA: Rgb = [1.0, 0.42, 0.85];
const YELLOW: Rgb = [1.0, 0.85, 0.3];
const GREY: Rgb = [0.42, 0.45, 0.53];
const TRACK: Rgb = [0.14, 0.18, 0.26];
const LABEL_BG = DARK_THEME.labelPanel;

/** The scene's own view of a trace: per input step its combine data, and the frame → (step, ponder) map. */
interface TraceInfo {
  readonly layout: ActLayout;
  readonly combine: readonly ActCombineData[];
  /** Index of the first ponder row of each input step in the flat row arrays. */
  readonly offsets: readonly number[];
  readonly rows: number;
  /** The scenario's inputs where the trace carries them (cell scenarios), for parity's non-zero counts. */
  readonly inputs: readonly (readonly number[])[];
}

function traceInfo(trace: Trace): TraceInfo {
  const layout = actLayout(trace);
  const combine: ActCombineData[] = new Array<ActCombineData>(trace.steps);
  const inputs: number[][] = new Array<number[]>(trace.steps).fill([]);
  for (const f of trace.frames) {
    const d = f.data as ActFrameData;
    if (d.kind === 'combine') combine[f.step] = d;
    else if (d.ponder === 1) inputs[f.step] = d.input.slice(0, -1); // drop the first-step flag
  }
  const offsets: number[] = [];
  let rows = 0;
  for (let t = 0; t < trace.steps; t++) {
    offsets.push(rows);
    rows += layout.ponderSteps[t] ?? 0;
  }
  return { layout, combine, offsets, rows, inputs };
}

/** What the scene shows for one frame, as numbers that can be interpolated. */
interface Display {
  /** The input step in focus and its ponder step (0 on the combine frame). */
  readonly step: number;
  readonly ponder: number;
  readonly combined: boolean;
  /** Per ponder row (flat over all steps): how far it has risen (0 … 1). */
  readonly rowOn: number[];
  /** Per ponder row: the bar's value (hⁿ while pondering, pⁿ once combined). */
  readonly bar: number[];
  /** Per ponder row: 0 = hⁿ, 1 = pⁿ, 2 = the remainder R. */
  readonly barKind: number[];
  /** Per ponder row: the beam's weight into the output (0 while pondering). */
  readonly beam: number[];
  /** Per input step: visibility of its output rows. */
  readonly outOn: number[];
  /** Per ponder step of the step in focus: visibility of its budget segment. */
  readonly segOn: number[];
}

function displayOf(info: TraceInfo, trace: Trace, frame: number): Display {
  const f = trace.frames[frame]!;
  const d = f.data as ActFrameData;
  const combined = d.kind === 'combine';
  const ponder = d.kind === 'ponder' ? d.ponder : 0;
  const rowOn = new Array<number>(info.rows).fill(0);
  const bar = new Array<number>(info.rows).fill(0);
  const barKind = new Array<number>(info.rows).fill(0);
  const beam = new Array<number>(info.rows).fill(0);
  const outOn = new Array<number>(trace.steps).fill(0);
  // A column frame shows its own column only (the camera frames that column, so earlier stacks would be cut
  // at the view's edges); the overview shows every stack.
  const overview = isOverview(trace, frame);
  for (let t = overview ? 0 : f.step; t <= f.step; t++) {
    const c = info.combine[t]!;
    const done = t < f.step || combined;
    const visible = done ? c.steps : ponder;
    for (let n = 0; n < visible; n++) {
      const i = info.offsets[t]! + n;
      rowOn[i] = 1;
      bar[i] = done ? c.probabilities[n]! : c.halting[n]!;
      barKind[i] = done ? (n === c.steps - 1 ? 2 : 1) : 0;
      beam[i] = done ? c.probabilities[n]! : 0;
    }
    outOn[t] = done ? 1 : 0;
  }
  const N = info.layout.ponderSteps[f.step] ?? 0;
  const segOn = Array.from({ length: info.layout.maxPonder }, (_, n) => (n < N && (combined || n < ponder) ? 1 : 0));
  return { step: f.step, ponder, combined, rowOn, bar, barKind, beam, outOn, segOn };
}

function mixDisplay(a: Display, b: Display, t: number): Display {
  if (t >= 1) return b;
  return {
    ...b,
    rowOn: mixNumbers(a.rowOn, b.rowOn, t),
    bar: mixNumbers(a.bar, b.bar, t),
    beam: mixNumbers(a.beam, b.beam, t),
    outOn: mixNumbers(a.outOn, b.outOn, t),
    // Budget segments belong to one input step: a new step starts from an empty budget.
    segOn: a.step === b.step ? mixNumbers(a.segOn, b.segOn, t) : b.segOn.map((x) => x * t),
  };
}

/** A unit box centred on the origin. */
const BOX = new THREE.BoxGeometry(1, 1, 1);
const _m = new THREE.Matrix4();
const _q = new THREE.Quaternion();
const _p = new THREE.Vector3();
const _s = new THREE.Vector3();
const _c = new THREE.Color();
const Z = new THREE.Vector3(0, 0, 1);

const instanced = (count: number, material: THREE.Material, name: string): THREE.InstancedMesh => createInstances(count, BOX, material, name);

/** Places instance `i` as a box with its left edge at x0 (width w ≥ 0), centred at y, z, painted in `theme`. */
function setBox(theme: Theme, mesh: THREE.InstancedMesh, i: number, x0: number, y: number, z: number, w: number, h: number, d: number, color: Rgb, gain = 1): void {
  const visible = w > 1e-4 && h > 1e-4;
  _m.compose(_p.set(x0 + w / 2, y, z), _q.identity(), _s.set(visible ? w : 1e-5, visible ? h : 1e-5, d));
  mesh.setMatrixAt(i, _m);
  mesh.setColorAt(i, _c.setRGB(...paintRgb(theme, color, gain), THREE.SRGBColorSpace));
}

/** Places instance `i` as a beam from (ax, ay) to (bx, by) of the given thickness. */
function setBeam(mesh: THREE.InstancedMesh, i: number, ax: number, ay: number, bx: number, by: number, z: number, thickness: number, color: Rgb, gain: number, theme: Theme): void {
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  const on = thickness > 1e-4;
  _q.setFromAxisAngle(Z, Math.atan2(dy, dx));
  _m.compose(_p.set((ax + bx) / 2, (ay + by) / 2, z), _q, _s.set(on ? length : 1e-5, on ? thickness : 1e-5, 0.04));
  mesh.setMatrixAt(i, _m);
  const c = glowRgb(theme, color, gain);
  mesh.setColorAt(i, _c.setRGB(c[0], c[1], c[2], THREE.SRGBColorSpace));
}

/** Whether frame `frame` is the overview (the last frame of a trace with several input steps). */
export function isOverview(trace: Trace, frame: number): boolean {
  return trace.steps > 1 && frame === trace.frames.length - 1;
}

/** Builds the ACT scene; its meshes are rebuilt when the trace changes. */
export function createActScene(labels: LabelFactory): ChapterScene {
  const root = new THREE.Group();
  root.name = 'act';
  const solid = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const flat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const glow = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });

  interface Parts {
    info: TraceInfo;
    cells: THREE.InstancedMesh;
    bars: THREE.InstancedMesh;
    plates: THREE.InstancedMesh;
    budget: THREE.InstancedMesh;
    beams: THREE.InstancedMesh;
    text: LabelPool;
    /** Per cell instance: [row or -1 for an output row, step, column j, 's' | 'y']. */
    cellOf: { row: number; step: number; j: number; kind: 's' | 'y' }[];
  }
  let parts: Parts | null = null;
  let builtFor: Trace | null = null;

  function build(trace: Trace): Parts {
    root.clear();
    const info = traceInfo(trace);
    const L = info.layout;
    const cellCount = info.rows * L.stateSize + trace.steps * (L.stateSize + L.outputSize);
    const cells = instanced(cellCount, solid, 'cells');
    const bars = instanced(info.rows, solid, 'bars');
    // Plates: axis, a track behind every bar, the current-row highlight, the budget's frame and the 1 − ε line.
    const plates = instanced(info.rows + 8, flat, 'plates');
    const budget = instanced(L.maxPonder + 2, flat, 'budget');
    const beams = instanced(info.rows + trace.steps, glow, 'beams');
    beams.renderOrder = 2;
    const text = new LabelPool(labels, { z: 0.4, renderOrder: 5 });
    root.add(plates, cells, bars, budget, beams, text.group);
    const cellOf: Parts['cellOf'] = [];
    for (let t = 0; t < trace.steps; t++) {
      for (let n = 0; n < (L.ponderSteps[t] ?? 0); n++) for (let j = 0; j < L.stateSize; j++) cellOf.push({ row: info.offsets[t]! + n, step: t, j, kind: 's' });
    }
    for (let t = 0; t < trace.steps; t++) {
      for (let j = 0; j < L.stateSize; j++) cellOf.push({ row: -1, step: t, j, kind: 's' });
      for (let j = 0; j < L.outputSize; j++) cellOf.push({ row: -1, step: t, j, kind: 'y' });
    }
    return { info, cells, bars, plates, budget, beams, text, cellOf };
  }

  function update(input: SceneInput): void {
    const { theme } = input;
    applyGlowBlending(glow, theme);
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
    const to = displayOf(info, trace, input.frame);
    const from = trace.frames[input.fromFrame] ? displayOf(info, trace, input.fromFrame) : to;
    const d = mixDisplay(from, to, input.progress);
    const t = to.step;
    const c = info.combine[t]!;
    const rh = L.rowHeight;

    // Ponder rows: the state cells and the halting / weight bars.
    const cellW = ROW_WIDTH / L.stateSize;
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
          setBox(theme, p.cells, k++, rowX(u) + j * cellW + cellW * 0.06, y, 0, cellW * 0.88, rh * 0.8 * on, 0.3, divergingColor(v, L.range), gain);
        }
        const kind = to.barKind[i]!;
        const color = kind === 2 ? MAGENTA : CYAN;
        setBox(theme, p.bars, i, barX(u), y, 0.05, Math.max(0, d.bar[i]!) * H_BAR_MAX, rh * 0.62 * on, 0.3, color, gain);
        setBox(theme, p.plates, i, barX(u), y, -0.12, H_BAR_MAX * on, rh * 0.74 * on, 0.04, TRACK);
        // The beam from row n into the output: width ∝ pⁿ.
        const w = d.beam[i]!;
        const ax = rowX(u) + ROW_WIDTH + 0.1;
        setBeam(p.beams, i, ax, y, ax + BUS_WIDTH, L.stateOutY, 0.35, w > 1e-4 ? 0.03 + 0.3 * w : 0, kind === 2 ? MAGENTA : CYAN, (u === t ? 0.95 : 0.5) * Math.min(1, d.outOn[u]! * 1.5), input.theme);
      }
    }
    // The collector: from where the fan meets into the output row s_t.
    for (let u = 0; u < trace.steps; u++) {
      const on = d.outOn[u]!;
      const x1 = rowX(u) + ROW_WIDTH + 0.1 + BUS_WIDTH;
      setBeam(p.beams, info.rows + u, x1, L.stateOutY, rowX(u) + ROW_WIDTH + 0.02, L.stateOutY, 0.35, on > 1e-3 ? 0.16 : 0, [0.85, 0.9, 1], (u === t ? 0.9 : 0.45) * on, input.theme);
    }
    // Output rows s_t (and y_t) under the axis.
    const outW = L.outputSize > 0 ? ROW_WIDTH / L.outputSize : 0;
    for (let u = 0; u < trace.steps; u++) {
      const cu = info.combine[u]!;
      const on = d.outOn[u]!;
      const gain = u === t ? 1 : 0.6;
      for (let j = 0; j < L.stateSize; j++) {
        setBox(theme, p.cells, k++, rowX(u) + j * cellW + cellW * 0.06, L.stateOutY, 0, cellW * 0.88, OUTPUT_ROW_HEIGHT * on, 0.3, divergingColor(cu.state[j] ?? 0, L.range), gain);
      }
      for (let j = 0; j < L.outputSize; j++) {
        setBox(theme, p.cells, k++, rowX(u) + j * outW + outW * 0.06, L.outputOutY, 0, outW * 0.88, OUTPUT_ROW_HEIGHT * on * (cu.output.length ? 1 : 0), 0.3, divergingColor(cu.output[j] ?? 0, L.range), gain);
      }
    }
    commitInstances(p.cells);
    commitInstances(p.bars);
    commitInstances(p.beams);

    // Plates: the time axis, the current row, the budget's frame and the 1 − ε line.
    const base = info.rows;
    // The time axis under every column in the overview, under the current column alone in a column frame.
    const overview = isOverview(trace, input.frame);
    const first = overview ? 0 : t;
    const last = overview ? trace.steps - 1 : t;
    const axisX0 = barX(first) - 0.3;
    setBox(theme, p.plates, base, axisX0, L.axisY, -0.1, rowX(last) + ROW_WIDTH + BUS_WIDTH - axisX0, 0.06, 0.06, GREY);
    const b = budgetBar(L, t);
    const current = !to.combined && to.ponder > 0;
    setBox(theme, p.plates, base + 1, barX(t) - 0.15, rowY(L, Math.max(1, to.ponder)), -0.2, current ? H_BAR_MAX + 0.3 + ROW_WIDTH + 0.3 : 0, rh * 0.98, 0.02, [0.13, 0.2, 0.33]);
    setBox(theme, p.plates, base + 2, b.x - 0.06, b.y, -0.1, b.length + 0.12, 0.58, 0.04, [0.3, 0.34, 0.44]);
    setBox(theme, p.plates, base + 3, b.x, b.y, -0.05, b.length, 0.46, 0.04, TRACK);
    const threshold = 1 - c.epsilon;
    setBox(theme, p.plates, base + 4, b.x + threshold * b.length - 0.03, b.y, 0.3, 0.06, 0.95, 0.06, [1, 1, 1]);
    for (let i = base + 5; i < base + 8; i++) setBox(theme, p.plates, i, 0, 0, 0, 0, 0, 0, TRACK);
    commitInstances(p.plates);

    // The budget of 1: spent segments h¹, h², … from the left, what is left in yellow; at the halt the last segment
    // is the remainder R (magenta) up to 1, and the part of hᴺ beyond 1 sticks out, grey.
    let spent = 0;
    let endX = b.x + b.length;
    for (let n = 0; n < L.maxPonder; n++) {
      const on = d.segOn[n]!;
      if (n >= c.steps || on <= 0) {
        setBox(theme, p.budget, n, 0, 0, 0, 0, 0, 0, GREY);
        continue;
      }
      const h = c.halting[n]!;
      const last = n === c.steps - 1;
      const length = (last ? c.remainder : h) * on;
      setBox(theme, p.budget, n, b.x + spent * b.length, b.y, 0.08, length * b.length, 0.4, 0.12, last ? MAGENTA : n % 2 ? CYAN_DARK : CYAN, 0.9);
      if (last) {
        const over = Math.max(0, h - c.remainder) * on;
        const x = b.x + b.length;
        setBox(theme, p.budget, L.maxPonder, x, b.y, 0.08, over * b.length, 0.3, 0.1, GREY);
        endX = x + over * b.length;
      }
      spent += length;
    }
    if (!d.segOn.some((x, n) => n === c.steps - 1 && x > 0)) setBox(theme, p.budget, L.maxPonder, 0, 0, 0, 0, 0, 0, GREY);
    const left = Math.max(0, 1 - spent);
    const halted = d.segOn[c.steps - 1]! > 0;
    setBox(theme, p.budget, L.maxPonder + 1, b.x + spent * b.length, b.y, 0.08, halted ? 0 : left * b.length, 0.4, 0.12, YELLOW);
    commitInstances(p.budget);

    p.text.show(labelsFor(input, p, to, endX), input.theme);
  }

  function labelsFor(input: SceneInput, p: Parts, to: Display, budgetEnd: number): Label[] {
    const { trace, language } = input;
    const { info } = p;
    const L = info.layout;
    const m = messages(language);
    const A = m.act.labels;
    const num = (x: number) => actNumber(language, x);
    const t = to.step;
    const c = info.combine[t]!;
    const H = L.labelHeight;
    const overview = isOverview(trace, input.frame);
    const big = overview ? Math.max(1, (boardBounds(L)[2] - boardBounds(L)[0]) / 26) : 1;
    const out: Label[] = [];
    // The parity cell (core/models/act/parity.ts) has D = 2·bits + 1 state units for inputs of `bits` entries in {−1, 0, 1}.
    const bits = info.inputs[0]?.length ?? 0;
    const parity = bits > 0 && L.stateSize === 2 * bits + 1 && info.inputs.every((x) => x.length === bits && x.every((v) => v === 0 || v === 1 || v === -1));

    // The time axis: in the overview input labels under every column and N over every stack; in a column frame
    // the current input's label only.
    for (let u = 0; u < trace.steps; u++) {
      if (!overview && u !== t) continue;
      const x = rowX(u) + ROW_WIDTH / 2;
      const name = format(A.input, { t: subscript(u + 1) });
      const text = parity ? `${name} · ${format(A.nonZero, { k: nonZeroCount(info.inputs[u]!) })}` : name;
      out.push({ text, x, y: L.inputLabelY - (big - 1) * 0.25, height: H * big, style: { color: u === t ? ACTIVE : DIM_TEXT, bold: u === t } });
      if (overview) {
        out.push({ text: format(A.steps, { n: info.combine[u]!.steps }), x, y: stackTop(L, u) + 0.35 + H * big * 0.5, height: H * big, style: { color: TEXT, bold: true } });
      }
    }
    if (overview) {
      const [x0, , , y1] = boardBounds(L);
      out.push({ text: A.plotTitle, x: x0 + 0.2, y: y1 - H * big, height: H * big * 1.2, style: { color: ACTIVE, bold: true, align: 'left' } });
    }

    // In the overview the plot is the message: the current step's details would be too small to read.
    if (overview) return out;

    // The budget bar of the current step.
    const b = budgetBar(L, t);
    const spentBefore = (n: number) => c.halting.slice(0, n).reduce((a, h) => a + h, 0);
    const halted = to.combined || to.ponder === c.steps;
    out.push({ text: A.budget, x: b.x, y: b.y + 0.62, height: H, style: { color: TEXT, bold: true, align: 'left' } });
    if (halted) {
      out.push({ text: format(A.remainderOf, { spent: num(spentBefore(c.steps - 1)), value: num(c.remainder) }), x: b.x + b.length, y: b.y - 0.62, height: H, style: { color: MAGENTA_HEX, bold: true, align: 'right' } });
    } else if (to.ponder > 0) {
      out.push({ text: format(A.left, { value: num(1 - spentBefore(to.ponder)) }), x: b.x + b.length, y: b.y - 0.62, height: H, style: { color: ACTIVE, bold: true, align: 'right' } });
    }
    out.push({ text: format(A.threshold, { value: num(1 - c.epsilon) }), x: Math.max(b.x + b.length, budgetEnd) + 0.2, y: b.y, height: H * 0.9, style: { color: TEXT, align: 'left' } });
    // Segment names inside the bar where they fit.
    const shown = to.combined ? c.steps : to.ponder;
    for (let n = 0; n < shown; n++) {
      const last = n === c.steps - 1;
      const w = (last ? c.remainder : c.halting[n]!) * b.length;
      if (w < 0.42) continue;
      const x = b.x + (spentBefore(n) + (last ? c.remainder : c.halting[n]!) / 2) * b.length;
      out.push({ text: last ? 'R' : `h${superscript(n + 1)}`, x, y: b.y, z: 0.5, height: 0.34, style: { color: DARK_THEME.onBar, bold: true } });
    }

    // Row labels of the current step: hⁿ while pondering, pⁿ once combined, the halt tag.
    const dense = L.rowHeight < 0.9;
    const rows = to.combined ? c.steps : to.ponder;
    for (let n = 1; n <= rows; n++) {
      const isCurrent = !to.combined && n === to.ponder;
      const isLast = n === c.steps;
      if (dense && !isCurrent && !isLast) continue;
      const value = to.combined ? c.probabilities[n - 1]! : c.halting[n - 1]!;
      const text = to.combined ? (isLast ? `${format(A.weight, { n: superscript(n), value: num(value) })} = R` : format(A.weight, { n: superscript(n), value: num(value) })) : format(A.halting, { n: superscript(n), value: num(value) });
      const color = to.combined && isLast ? MAGENTA_HEX : isCurrent ? ACTIVE : CYAN_HEX;
      out.push({ text, x: barX(t) - 0.15, y: rowY(L, n), height: H, style: { color, bold: isCurrent || (to.combined && isLast), align: 'right' } });
    }
    // State values on the cells when there are few (D ≤ 4, rows tall enough).
    if (L.stateSize <= 4 && !dense) {
      const cellW = ROW_WIDTH / L.stateSize;
      for (let n = 1; n <= rows; n++) {
        c.states[n - 1]!.forEach((v, j) => out.push({ text: num(v), x: rowX(t) + (j + 0.5) * cellW, y: rowY(L, n), z: 0.5, height: 0.3, style: { color: TEXT, background: LABEL_BG } }));
      }
    }
    if (halted) {
      const tag = c.capped ? format(A.capped, { n: c.maxSteps }) : format(A.halts, { n: c.steps });
      out.push({ text: tag, x: rowX(t) + ROW_WIDTH / 2, y: stackTop(L, t) + 0.5, height: H, style: { color: MAGENTA_HEX, bold: true, background: LABEL_BG } });
    }

    // Outputs and the ponder cost, once combined.
    if (to.combined) {
      out.push({ text: format(A.output, { t: subscript(t + 1) }), x: barX(t) - 0.15, y: L.stateOutY, height: H, style: { color: TEXT, bold: true, align: 'right' } });
      if (L.outputSize > 0 && c.output.length) out.push({ text: format(A.outputY, { t: subscript(t + 1) }), x: barX(t) - 0.15, y: L.outputOutY, height: H, style: { color: TEXT, bold: true, align: 'right' } });
      if (L.stateSize <= 4) {
        const cellW = ROW_WIDTH / L.stateSize;
        c.state.forEach((v, j) => out.push({ text: num(v), x: rowX(t) + (j + 0.5) * cellW, y: L.stateOutY, z: 0.5, height: 0.34, style: { color: TEXT, background: LABEL_BG } }));
      }
      if (L.outputSize > 0 && L.outputSize <= 4 && c.output.length) {
        const w = ROW_WIDTH / L.outputSize;
        c.output.forEach((v, j) => out.push({ text: num(v), x: rowX(t) + (j + 0.5) * w, y: L.outputOutY, z: 0.5, height: 0.34, style: { color: TEXT, background: LABEL_BG } }));
      }
      const bottom = (L.outputSize > 0 ? L.outputOutY : L.stateOutY) - OUTPUT_ROW_HEIGHT / 2 - 0.55;
      out.push({ text: format(A.cost, { n: c.steps, r: num(c.remainder), value: num(c.ponderCost) }), x: barX(t), y: bottom, height: H * 1.1, style: { color: ACTIVE, bold: true, align: 'left' } });
    }

    // The step and stage, drawn into the picture so recordings carry it.
    const stage = to.combined ? m.act.stages.combine : `${m.act.stages.ponder} ${to.ponder}`;
    const banner = format(m.playback.frameLabel, { step: t + 1, steps: trace.steps, stage });
    if (!overview) {
      const [x0, , , y1] = columnBounds(L, t);
      out.push({ text: banner, x: x0 + 0.2, y: y1 - 0.5, height: H * 1.1, style: { color: ACTIVE, bold: true, align: 'left' } });
    }
    return out;
  }

  function framing(trace: Trace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame];
    if (!f) return { position: [0, 0, 20], target: [0, 0, 0] };
    const L = builtFor === trace && parts ? parts.info.layout : actLayout(trace);
    return actFraming(L, isOverview(trace, frame) ? null : f.step, aspect);
  }

  function hoverText(hit: THREE.Intersection, input: SceneInput): string | null {
    if (!parts || hit.instanceId === undefined) return null;
    const num = (x: number) => formatNumber(input.language, x, 3);
    const { info } = parts;
    const name = hit.object.name;
    if (name === 'cells') {
      const cell = parts.cellOf[hit.instanceId];
      if (!cell) return null;
      const c = info.combine[cell.step]!;
      if (cell.row < 0) return cell.kind === 's' ? `s${subscript(cell.step + 1)}[${cell.j}] = ${num(c.state[cell.j] ?? 0)}` : `y${subscript(cell.step + 1)}[${cell.j}] = ${num(c.output[cell.j] ?? 0)}`;
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
      disposeScene(root, [solid, flat, glow]);
    },
  };
}
