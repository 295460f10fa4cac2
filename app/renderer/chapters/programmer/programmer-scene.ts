/**
 * The Neural Programmer scene (three.js): the table in 3D with its columns glowing by α_col and a highlight
 * across the rows the row selector keeps; the nine operations as a row of bars by α_op, each operation's own
 * result small under its bar; the mixture large at the bottom, soft (every operation mixed by α) beside hard
 * (argmax only): the scalar answer, the new row selector rs_t and the lookup answer. A pure function of
 * (trace, frame, fromFrame, progress, language): every number drawn is interpolated between the two frames'
 * displays (programmer-view.ts); labels come from the target frame.
 */
import * as THREE from 'three/webgpu';
import type { Trace } from '../../../../core/trace/trace.ts';
import { OPERATIONS } from '../../../../core/models/programmer/types.ts';
import { format, formatNumber, messages, type Language } from '../../../shared/i18n/i18n.ts';
import { weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool, type Label } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { DARK_THEME, glowRgb, paintRgb, type Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import { commitInstances, createInstances } from '../../scene/instances.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { columnX, opX, programmerLayout, rowY, type ProgrammerLayout } from './programmer-layout.ts';
import { shortNumber } from './programmer-narration.ts';
import { SCALAR_OPERATIONS, hardChoice, mixDisplay, ownResult, programmerDisplay, stageIndex, type ProgrammerDisplay, type ProgrammerFrame } from './programmer-view.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const HARD = DARK_THEME.write;
const GLOW_HEX = DARK_THEME.read;
const NUMBER_BG = DARK_THEME.labelPanel;
const SLATE: Rgb = [0.2, 0.24, 0.32];
const LIT: Rgb = [1.0, 0.62, 0.2];
const GLOW: Rgb = [0.15, 0.85, 1.0];
const BAND: Rgb = [1.0, 0.85, 0.3];
const HARD_RGB: Rgb = [1.0, 0.42, 0.85];

/** A unit box standing on y = 0 (bars grow up). */
const BAR = new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
/** A centred unit box. */
const BOX = new THREE.BoxGeometry(1, 1, 1);

const _m = new THREE.Matrix4();
const _q = new THREE.Quaternion();
const _p = new THREE.Vector3();
const _s = new THREE.Vector3();
const _c = new THREE.Color();

/** Places instance k as a box painted in `theme`; with `glow`, its colour is a glow of that theme (theme.ts glowRgb). */
function put(theme: Theme, mesh: THREE.InstancedMesh, k: number, x: number, y: number, z: number, w: number, h: number, d: number, color: Rgb, gain = 1, glow = false): void {
  _m.compose(_p.set(x, y, z), _q.identity(), _s.set(w, Math.max(h, 0.001), d));
  mesh.setMatrixAt(k, _m);
  const c = glow ? glowRgb(theme, color, gain) : paintRgb(theme, color, gain);
  mesh.setColorAt(k, _c.setRGB(c[0], c[1], c[2], THREE.SRGBColorSpace));
}

function lerpRgb(a: Rgb, b: Rgb, t: number): Rgb {
  const u = Math.min(1, Math.max(0, t));
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u];
}

/** Builds the Neural Programmer scene; its meshes are rebuilt when the table's shape changes. */
export function createProgrammerScene(factory: LabelFactory): ChapterScene {
  const root = new THREE.Group();
  root.name = 'programmer';
  const solid = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const flat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const glow = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });

  interface Parts {
    cells: THREE.InstancedMesh;
    rs: THREE.InstancedMesh;
    glows: THREE.InstancedMesh;
    bars: THREE.InstancedMesh;
    plates: THREE.InstancedMesh;
    mini: THREE.InstancedMesh;
    labels: LabelPool;
  }
  let shape = { rows: -1, columns: -1 };
  let L: ProgrammerLayout = programmerLayout(1, 1);
  let parts: Parts | null = null;

  function build(rows: number, columns: number): void {
    root.clear();
    L = programmerLayout(rows, columns);
    const M = L.rows;
    const C = columns;
    const cells = createInstances(M * C, BOX, solid, 'cells');
    const rs = createInstances(2 * M, BOX, solid, 'row-selectors');
    // Column glows (C) and row bands (M), additive, behind the cells.
    const glows = createInstances(C + M, BOX, glow, 'glows');
    glows.renderOrder = 1;
    const bars = createInstances(OPERATIONS.length, BAR, solid, 'operations');
    // Plates: active slot, hard op mark, hard column mark, two cards, bar baseline, 3 scalar result boxes.
    const plates = createInstances(9, BOX, flat, 'plates');
    // Mini cells: 6 row operations × M, then soft and hard rs_t (M each) and lookup (M × C each).
    const mini = createInstances(6 * M + 2 * M + 2 * M * C, BOX, flat, 'mini');
    const labels = new LabelPool(factory, { z: 0.5 });
    root.add(plates, glows, cells, rs, bars, mini, labels.group);
    parts = { cells, rs, glows, bars, plates, mini, labels };
  }

  function update(input: SceneInput): void {
    const { theme } = input;
    applyGlowBlending(glow, theme);
    const target = input.trace.frames[input.frame] as ProgrammerFrame | undefined;
    if (!target) {
      root.visible = false;
      return;
    }
    root.visible = true;
    const table = target.data.table;
    if (shape.rows !== table.rows || shape.columns !== table.columns) {
      build(table.rows, table.columns);
      shape = { rows: table.rows, columns: table.columns };
    }
    const from = input.trace.frames[input.fromFrame] as ProgrammerFrame | undefined;
    const to = programmerDisplay(target);
    const d = from && from !== target ? mixDisplay(programmerDisplay(from), to, input.progress) : to;
    drawMeshes(d, target, theme);
    drawLabels(d, target, input.language, input.trace, theme);
  }

  function drawMeshes(d: ProgrammerDisplay, f: ProgrammerFrame, theme: Theme): void {
    const p = parts!;
    const M = L.rows;
    const C = L.columns;
    const top = 0.95;
    const bottom = -M * L.rowH;
    // Column glows (α_col) from the header to the last row; row bands (the row selector) across the table.
    for (let j = 0; j < C; j++) {
      const a = d.columnGlow[j] ?? 0;
      put(theme, p.glows, j, columnX(L, j), (top + 0.7 + bottom) / 2, -0.35, L.colW * 0.96, top + 0.7 - bottom, 0.02, GLOW, 0.08 + 0.62 * a, true);
    }
    const bandX0 = L.rsInX - L.rsCellW / 2 - 0.1;
    const bandX1 = L.rsOutX + L.rsCellW / 2 + 0.1;
    for (let i = 0; i < M; i++) {
      const r = Math.min(1, Math.max(0, d.rowBand[i] ?? 0));
      put(theme, p.glows, C + i, (bandX0 + bandX1) / 2, rowY(L, i), -0.25, bandX1 - bandX0, L.rowH * 0.96, 0.02, BAND, 0.42 * r, true);
    }
    commitInstances(p.glows);
    // Cells: slate, lit towards orange by what the current operation looks at.
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < C; j++) {
        const light = d.cellLight[i * C + j] ?? 0;
        put(theme, p.cells, i * C + j, columnX(L, j), rowY(L, i), 0, L.cellW, L.cellH, 0.3 + 0.25 * light, lerpRgb(SLATE, LIT, light));
      }
    }
    commitInstances(p.cells);
    // rs_(t−1) (left) and rs_t (right), coloured by value.
    for (let i = 0; i < M; i++) {
      const a = d.rowsIn[i] ?? 0;
      const b = d.rowsOut[i] ?? 0;
      put(theme, p.rs, i, L.rsInX, rowY(L, i), 0, L.rsCellW, L.cellH, 0.3, weightColor(a));
      put(theme, p.rs, M + i, L.rsOutX, rowY(L, i), 0, L.rsCellW, L.cellH, 0.3, weightColor(b), 0.25 + 0.75 * d.answerOn);
    }
    commitInstances(p.rs);
    // Operation bars (α_op).
    OPERATIONS.forEach((_, k) => {
      const a = d.opBars[k] ?? 0;
      _m.compose(_p.set(opX(L, k), L.barY, 0), _q.identity(), _s.set(L.opW * 0.62, Math.max(0.03, a * L.barH), 0.5));
      p.bars.setMatrixAt(k, _m);
      const c = paintRgb(theme, weightColor(a));
      p.bars.setColorAt(k, _c.setRGB(c[0], c[1], c[2], THREE.SRGBColorSpace));
    });
    commitInstances(p.bars);
    // Plates.
    const active = d.opActive.reduce((best, v, k) => (v > (d.opActive[best] ?? 0) ? k : best), 0);
    const activeOn = d.opActive[active] ?? 0;
    const slotTop = L.barY + L.barH + 0.75;
    const slotBottom = L.resultY - M * L.miniH - 0.25;
    put(theme, p.plates, 0, opX(L, active), (slotTop + slotBottom) / 2, -0.4, L.opW * 0.96, (slotTop - slotBottom) * (activeOn > 0.01 ? 1 : 0), 0.02, [0.13, 0.2, 0.33], activeOn);
    const choice = hardChoice(f.data);
    const hardK = OPERATIONS.indexOf(choice.op);
    put(theme, p.plates, 1, opX(L, hardK), L.barY - 0.06, 0.1, L.opW * 0.8, 0.1, 0.6, HARD_RGB);
    put(theme, p.plates, 2, columnX(L, choice.column), L.headerY - 0.36, 0.1, L.cellW * 0.8, 0.08, 0.3, HARD_RGB);
    L.cards.forEach(([x0, x1], c) => {
      put(theme, p.plates, 3 + c, (x0 + x1) / 2, (L.cardTop + L.cardBottom) / 2, -0.4, x1 - x0, L.cardTop - L.cardBottom, 0.02, c === 0 ? [0.1, 0.16, 0.26] : [0.2, 0.1, 0.2], 0.55 + 0.45 * d.answerOn);
    });
    const x0 = opX(L, 0) - L.opW / 2;
    const x1 = opX(L, OPERATIONS.length - 1) + L.opW / 2;
    put(theme, p.plates, 5, (x0 + x1) / 2, L.barY - 0.03, 0, x1 - x0, 0.06, 0.55, [0.29, 0.33, 0.44]);
    SCALAR_OPERATIONS.forEach((o, s) => {
      const k = OPERATIONS.indexOf(o);
      const on = d.opRevealed[k] ?? 0;
      put(theme, p.plates, 6 + s, opX(L, k), L.resultY - 0.45, -0.05, L.opW * 0.9, on > 0.01 ? 0.8 : 0, 0.04, [0.16, 0.2, 0.3], on);
    });
    commitInstances(p.plates);
    // Mini cells: each row operation's own result under its bar; soft and hard rs_t and lookup in the cards.
    const ops = f.data.soft.operations;
    const rowOps = OPERATIONS.filter((o) => !SCALAR_OPERATIONS.includes(o));
    let k = 0;
    rowOps.forEach((o) => {
      const slot = OPERATIONS.indexOf(o);
      const on = d.opRevealed[slot] ?? 0;
      const v = ownResult(ops, o) as Float64Array;
      for (let i = 0; i < M; i++) {
        const y = L.resultY - (i + 0.5) * L.miniH;
        put(theme, p.mini, k++, opX(L, slot), y, 0.05, L.opW * 0.5, L.miniH * 0.82, 0.06 + 0.12 * on, weightColor(on * (v[i] ?? 0)), 0.15 + 0.85 * on);
      }
    });
    const cardRows = (which: number, values: number[], lookup: number[]) => {
      const [cx0, cx1] = L.cards[which]!;
      const w = Math.min(0.5, (cx1 - cx0 - 3.0) / M);
      const left = cx1 - 0.3 - M * w;
      for (let i = 0; i < M; i++) {
        put(theme, p.mini, k++, left + (i + 0.5) * w, L.cardTop - 2.2, 0.05, w * 0.86, 0.42, 0.1, weightColor(values[i] ?? 0), 0.3 + 0.7 * d.answerOn);
      }
      for (let i = 0; i < M; i++) {
        for (let j = 0; j < C; j++) {
          const h = Math.min(0.3, 0.9 / C);
          put(theme, p.mini, k++, left + (i + 0.5) * w, L.cardTop - 2.75 - j * h, 0.05, w * 0.86, h * 0.8, 0.1, weightColor(lookup[i * C + j] ?? 0), 0.3 + 0.7 * d.answerOn);
        }
      }
    };
    cardRows(0, d.softRows, d.softLookup);
    cardRows(1, d.hardRows, d.hardLookup);
    commitInstances(p.mini);
  }

  function drawLabels(d: ProgrammerDisplay, f: ProgrammerFrame, language: Language, trace: Trace, theme: Theme): void {
    const p = parts!;
    const msg = messages(language);
    const pm = msg.programmer;
    const data = f.data;
    const M = L.rows;
    const C = L.columns;
    const num = (x: number) => formatNumber(language, x, 2);
    const short = (x: number) => shortNumber(language, x);
    const s = stageIndex(f.stage);
    const mix = f.stage === 'mix';
    const choice = hardChoice(data);
    const T = L.text;
    const out: Label[] = [];

    // Title line: step and stage (so recordings carry it), the question and its pivot.
    const banner = format(msg.playback.frameLabel, { step: data.t, steps: data.steps, stage: pm.stages[f.stage] });
    out.push({ text: banner, x: L.bounds.min[0] + 0.1, y: L.titleY, height: T.title, style: { color: ACTIVE, bold: true, align: 'left' } });
    const q = data.question[language];
    const qText = `${q ? `${q}   · ` : ''}${format(pm.labels.pivot, { pivot: short(data.pivot) })}`;
    out.push({ text: qText, x: L.bounds.max[0] - 0.1, y: L.titleY, height: T.title, style: { color: TEXT, bold: true, align: 'right' } });

    // Column names, their α_col (glow), and the hard choice mark.
    for (let j = 0; j < C; j++) {
      const a = data.weights.column[j]!;
      out.push({ text: data.table.columnNames[j]!, x: columnX(L, j), y: L.headerY, height: T.cell, style: { color: j === choice.column ? TEXT : DIM_TEXT, bold: true } });
      out.push({ text: format(pm.labels.columnWeight, { value: num(a) }), x: columnX(L, j), y: L.alphaY, height: T.small, style: { color: a >= 0.5 ? GLOW_HEX : DIM_TEXT, bold: a >= 0.5 } });
    }
    out.push({ text: pm.labels.rowSelectorIn, x: L.rsInX, y: L.headerY, height: T.small, style: { color: s < 10 ? ACTIVE : DIM_TEXT, bold: true } });
    out.push({ text: pm.labels.rowSelectorOut, x: L.rsOutX, y: L.headerY, height: T.small, style: { color: mix ? ACTIVE : DIM_TEXT, bold: true } });

    // Table numbers, and the row selectors' values.
    const target = programmerDisplay(f);
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < C; j++) {
        out.push({ text: short(data.table.data[i * C + j]!), x: columnX(L, j), y: rowY(L, i), z: 0.62, height: T.cell, style: { color: TEXT, bold: true, background: NUMBER_BG } });
      }
      out.push({ text: num(target.rowsIn[i]!), x: L.rsInX, y: rowY(L, i), z: 0.45, height: T.small, style: { color: TEXT, background: NUMBER_BG } });
      if (mix) out.push({ text: num(target.rowsOut[i]!), x: L.rsOutX, y: rowY(L, i), z: 0.45, height: T.small, style: { color: TEXT, background: NUMBER_BG } });
    }
    if (data.table.rows > M) {
      out.push({ text: `+ ${data.table.rows - M}`, x: columnX(L, 0), y: rowY(L, M - 1) - L.rowH * 0.7, height: T.small, style: { color: DIM_TEXT } });
    }
    // Sum: the per-column sums under the table; comparisons: the pivot beside the table.
    if (f.stage === 'sum' || (mix && data.weights.op[0]! > 0.005)) {
      for (let j = 0; j < C; j++) {
        out.push({ text: format(pm.labels.columnSum, { value: short(data.soft.operations.sumPerColumn[j]!) }), x: columnX(L, j), y: -M * L.rowH - 0.5, height: T.small, style: { color: ACTIVE, bold: true } });
      }
    }

    // Operations: α_op over each bar, the names under them (two staggered lines), the hard mark.
    out.push({ text: pm.labels.operations, x: opX(L, 0) - L.opW / 2, y: L.barY + L.barH + 1.3, height: T.small, style: { color: DIM_TEXT, bold: true, align: 'left' } });
    OPERATIONS.forEach((o, k) => {
      const a = data.weights.op[k]!;
      const isActive = k === s - 1;
      out.push({ text: num(a), x: opX(L, k), y: L.barY + a * L.barH + 0.3, z: 0.5, height: T.small, style: { color: isActive ? ACTIVE : a >= 0.1 ? TEXT : DIM_TEXT, bold: a >= 0.1 } });
      out.push({ text: pm.operations[o], x: opX(L, k), y: L.nameY[k % 2]!, height: T.name, style: { color: isActive ? ACTIVE : k === OPERATIONS.indexOf(choice.op) ? HARD : TEXT, bold: true } });
      if ((SCALAR_OPERATIONS as readonly string[]).includes(o) && (d.opRevealed[k] ?? 0) > 0.5) {
        out.push({ text: short(ownResult(data.soft.operations, o) as number), x: opX(L, k), y: L.resultY - 0.45, z: 0.3, height: T.name, style: { color: isActive ? ACTIVE : TEXT, bold: true } });
      }
    });
    const hardK = OPERATIONS.indexOf(choice.op);
    out.push({ text: pm.labels.hardMark, x: opX(L, hardK), y: L.barY + data.weights.op[hardK]! * L.barH + 0.72, z: 0.6, height: T.small, style: { color: HARD, bold: true } });

    // The answer cards: soft mixture and hard argmax.
    const cards = [
      { title: pm.labels.soft, scalar: data.soft.scalar, color: GLOW_HEX },
      { title: `${pm.labels.hard}: ${format(pm.labels.hardChoice, { op: pm.operations[choice.op], column: data.table.columnNames[choice.column]! })}`, scalar: data.hard.scalar, color: HARD },
    ];
    cards.forEach((c, k) => {
      const [x0, x1] = L.cards[k]!;
      out.push({ text: c.title, x: x0 + 0.25, y: L.cardTop - 0.42, height: T.small, style: { color: c.color, bold: true, align: 'left' } });
      out.push({
        text: mix ? format(pm.labels.scalar, { value: short(c.scalar) }) : pm.labels.pending,
        x: x0 + 0.25,
        y: L.cardTop - 1.2,
        height: mix ? T.answer : T.small,
        style: { color: mix ? TEXT : DIM_TEXT, bold: mix, align: 'left' },
      });
      const w = Math.min(0.5, (x1 - x0 - 3.0) / M);
      const left = x1 - 0.3 - M * w;
      out.push({ text: pm.labels.rows, x: left - 0.15, y: L.cardTop - 2.2, height: T.small * 0.9, style: { color: DIM_TEXT, align: 'right' } });
      out.push({ text: pm.labels.lookup, x: left - 0.15, y: L.cardTop - 2.75 - (Math.min(0.3, 0.9 / C) * (C - 1)) / 2, height: T.small * 0.9, style: { color: DIM_TEXT, align: 'right' } });
    });
    p.labels.show(out, theme);
    void trace;
  }

  function framing(trace: Trace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame] as ProgrammerFrame | undefined;
    const lay = f ? programmerLayout(f.data.table.rows, f.data.table.columns) : L;
    const [x0, y0] = lay.bounds.min;
    const [x1, y1] = lay.bounds.max;
    // One steady framing for every stage (the board does not move while the class reads it), seen straight on
    // with a slight tilt so the bars and blocks show their depth. Margins: labels stand in front of the board
    // (closer to the camera, so a little larger than the board).
    return fitBoard({ min: [x0 - 0.9, y0 - 0.35, 0], max: [x1 + 0.9, y1 + 0.35, 0] }, aspect, { direction: [0, 0.05, 1], margin: 1 });
  }

  function hoverText(hit: THREE.Intersection, input: SceneInput): string | null {
    const f = input.trace.frames[input.frame] as ProgrammerFrame | undefined;
    if (!f || hit.instanceId === undefined) return null;
    const n = (x: number) => formatNumber(input.language, x, 3);
    const C = f.data.table.columns;
    if (hit.object.name === 'cells') {
      const i = Math.floor(hit.instanceId / C);
      const j = hit.instanceId % C;
      return `${f.data.table.columnNames[j]}[${i}] = ${n(f.data.table.data[hit.instanceId]!)}`;
    }
    if (hit.object.name === 'operations') {
      const o = OPERATIONS[hit.instanceId]!;
      return `α_op(${messages(input.language).programmer.operations[o]}) = ${n(f.data.weights.op[hit.instanceId]!)}`;
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
