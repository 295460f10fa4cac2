/**
 * The Neural Programmer scene (three.js): the table in 3D with its columns glowing by α_col and a highlight
 * across the rows the row selector keeps; the nine operations as a row of bars by α_op, each operation's own
 * result small under its bar; the mixture large at the bottom, soft (every operation mixed by α) beside hard
 * (argmax only): the scalar answer, the new row selector rs_t and the lookup answer. A pure function of
 * (trace, frame, fromFrame, progress, language): every number drawn is interpolated between the two frames'
 * displays (programmer-view.ts); labels come from the target frame.
 */
import * as THREE from 'three/webgpu';
import type { ProgrammerFrameData, ProgrammerTrace } from '#core/models/programmer/trace.ts';
import { OPERATIONS, type ProgrammerStage } from '#core/models/programmer/types.ts';
import { formatNumber, messages } from '#app/shared/i18n/i18n.ts';
import { Boxes } from '../../scene/boxes.ts';
import { weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import type { Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { columnX, opX, programmerLayout, rowY, type ProgrammerLayout } from './programmer-layout.ts';
import { programmerLabels } from './programmer-labels.ts';
import { SCALAR_OPERATIONS, hardChoice, mixDisplay, ownResult, programmerDisplay, type ProgrammerDisplay, type ProgrammerFrame } from './programmer-view.ts';

const SLATE: Rgb = [0.2, 0.24, 0.32];
const LIT: Rgb = [1.0, 0.62, 0.2];
const GLOW: Rgb = [0.15, 0.85, 1.0];
const BAND: Rgb = [1.0, 0.85, 0.3];
const HARD_RGB: Rgb = [1.0, 0.42, 0.85];

/** What the Neural Programmer scene draws from. */
type ProgrammerInput = SceneInput<ProgrammerStage, ProgrammerFrameData>;

/** Places instance k of `boxes` centred at (x, y, z), painted (glows: glowing) in `theme`. */
function put(theme: Theme, boxes: Boxes, k: number, x: number, y: number, z: number, w: number, h: number, d: number, color: Rgb, gain = 1): void {
  boxes.place(k, x, y, z, w, h, d, color, theme, gain);
}

function lerpRgb(a: Rgb, b: Rgb, t: number): Rgb {
  const u = Math.min(1, Math.max(0, t));
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u];
}

/** Builds the Neural Programmer scene; its meshes are rebuilt when the table's shape changes. */
export function createProgrammerScene(factory: LabelFactory): ChapterScene<ProgrammerStage, ProgrammerFrameData> {
  const root = new THREE.Group();
  root.name = 'programmer';
  const solid = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const flat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const glow = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });

  interface Parts {
    cells: Boxes;
    rs: Boxes;
    glows: Boxes;
    bars: Boxes;
    plates: Boxes;
    mini: Boxes;
    labels: LabelPool;
  }
  let shape = { rows: -1, columns: -1 };
  let L: ProgrammerLayout = programmerLayout(1, 1);
  let parts: Parts | null = null;

  function build(rows: number, columns: number): void {
    if (parts) for (const b of [parts.cells, parts.rs, parts.glows, parts.bars, parts.plates, parts.mini]) b.dispose();
    root.clear();
    L = programmerLayout(rows, columns);
    const M = L.rows;
    const C = columns;
    const centre = { anchor: 'centre' } as const;
    const cells = new Boxes(M * C, solid, 'cells', centre);
    const rs = new Boxes(2 * M, solid, 'row-selectors', centre);
    // Column glows (C) and row bands (M), additive, behind the cells.
    const glows = new Boxes(C + M, glow, 'glows', { anchor: 'centre', paint: 'glow' });
    glows.mesh.renderOrder = 1;
    // Operation bars stand on their baseline, at least a sliver tall.
    const bars = new Boxes(OPERATIONS.length, solid, 'operations', { anchor: 'base', floor: 0.03 });
    // Plates: active slot, hard op mark, hard column mark, two cards, bar baseline, 3 scalar result boxes.
    const plates = new Boxes(9, flat, 'plates', centre);
    // Mini cells: 6 row operations × M, then soft and hard rs_t (M each) and lookup (M × C each).
    const mini = new Boxes(6 * M + 2 * M + 2 * M * C, flat, 'mini', centre);
    const labels = new LabelPool(factory, { z: 0.5 });
    root.add(plates.mesh, glows.mesh, cells.mesh, rs.mesh, bars.mesh, mini.mesh, labels.group);
    parts = { cells, rs, glows, bars, plates, mini, labels };
  }

  function update(input: ProgrammerInput): void {
    const { theme } = input;
    applyGlowBlending(glow, theme);
    const target = input.trace.frames[input.frame];
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
    const from = input.trace.frames[input.fromFrame];
    const to = programmerDisplay(target);
    const d = from && from !== target ? mixDisplay(programmerDisplay(from), to, input.progress) : to;
    drawMeshes(d, target, theme);
    parts!.labels.show(programmerLabels(L, d, target, input.language), theme);
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
      put(theme, p.glows, j, columnX(L, j), (top + 0.7 + bottom) / 2, -0.35, L.colW * 0.96, top + 0.7 - bottom, 0.02, GLOW, 0.08 + 0.62 * a);
    }
    const bandX0 = L.rsInX - L.rsCellW / 2 - 0.1;
    const bandX1 = L.rsOutX + L.rsCellW / 2 + 0.1;
    for (let i = 0; i < M; i++) {
      const r = Math.min(1, Math.max(0, d.rowBand[i] ?? 0));
      put(theme, p.glows, C + i, (bandX0 + bandX1) / 2, rowY(L, i), -0.25, bandX1 - bandX0, L.rowH * 0.96, 0.02, BAND, 0.42 * r);
    }
    p.glows.commit();
    // Cells: slate, lit towards orange by what the current operation looks at.
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < C; j++) {
        const light = d.cellLight[i * C + j] ?? 0;
        put(theme, p.cells, i * C + j, columnX(L, j), rowY(L, i), 0, L.cellW, L.cellH, 0.3 + 0.25 * light, lerpRgb(SLATE, LIT, light));
      }
    }
    p.cells.commit();
    // rs_(t−1) (left) and rs_t (right), coloured by value.
    for (let i = 0; i < M; i++) {
      const a = d.rowsIn[i] ?? 0;
      const b = d.rowsOut[i] ?? 0;
      put(theme, p.rs, i, L.rsInX, rowY(L, i), 0, L.rsCellW, L.cellH, 0.3, weightColor(a));
      put(theme, p.rs, M + i, L.rsOutX, rowY(L, i), 0, L.rsCellW, L.cellH, 0.3, weightColor(b), 0.25 + 0.75 * d.answerOn);
    }
    p.rs.commit();
    // Operation bars (α_op).
    OPERATIONS.forEach((_, k) => {
      const a = d.opBars[k] ?? 0;
      p.bars.place(k, opX(L, k), L.barY, 0, L.opW * 0.62, a * L.barH, 0.5, weightColor(a), theme);
    });
    p.bars.commit();
    // Plates.
    const active = d.opActive.reduce((best, v, k) => (v > (d.opActive[best] ?? 0) ? k : best), 0);
    const activeOn = d.opActive[active] ?? 0;
    const slotTop = L.barY + L.barH + 0.75;
    const slotBottom = L.resultY - M * L.miniH - 0.25;
    put(
      theme,
      p.plates,
      0,
      opX(L, active),
      (slotTop + slotBottom) / 2,
      -0.4,
      L.opW * 0.96,
      (slotTop - slotBottom) * (activeOn > 0.01 ? 1 : 0),
      0.02,
      [0.13, 0.2, 0.33],
      activeOn,
    );
    const choice = hardChoice(f.data);
    const hardK = OPERATIONS.indexOf(choice.op);
    put(theme, p.plates, 1, opX(L, hardK), L.barY - 0.06, 0.1, L.opW * 0.8, 0.1, 0.6, HARD_RGB);
    put(theme, p.plates, 2, columnX(L, choice.column), L.headerY - 0.36, 0.1, L.cellW * 0.8, 0.08, 0.3, HARD_RGB);
    L.cards.forEach(([x0, x1], c) => {
      put(
        theme,
        p.plates,
        3 + c,
        (x0 + x1) / 2,
        (L.cardTop + L.cardBottom) / 2,
        -0.4,
        x1 - x0,
        L.cardTop - L.cardBottom,
        0.02,
        c === 0 ? [0.1, 0.16, 0.26] : [0.2, 0.1, 0.2],
        0.55 + 0.45 * d.answerOn,
      );
    });
    const x0 = opX(L, 0) - L.opW / 2;
    const x1 = opX(L, OPERATIONS.length - 1) + L.opW / 2;
    put(theme, p.plates, 5, (x0 + x1) / 2, L.barY - 0.03, 0, x1 - x0, 0.06, 0.55, [0.29, 0.33, 0.44]);
    SCALAR_OPERATIONS.forEach((o, s) => {
      const k = OPERATIONS.indexOf(o);
      const on = d.opRevealed[k] ?? 0;
      put(theme, p.plates, 6 + s, opX(L, k), L.resultY - 0.45, -0.05, L.opW * 0.9, on > 0.01 ? 0.8 : 0, 0.04, [0.16, 0.2, 0.3], on);
    });
    p.plates.commit();
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
        put(
          theme,
          p.mini,
          k++,
          left + (i + 0.5) * w,
          L.cardTop + L.cardLines.rows,
          0.05,
          w * 0.86,
          0.42,
          0.1,
          weightColor(values[i] ?? 0),
          0.3 + 0.7 * d.answerOn,
        );
      }
      for (let i = 0; i < M; i++) {
        for (let j = 0; j < C; j++) {
          const h = Math.min(0.3, 0.9 / C);
          put(
            theme,
            p.mini,
            k++,
            left + (i + 0.5) * w,
            L.cardTop + L.cardLines.lookup - j * h,
            0.05,
            w * 0.86,
            h * 0.8,
            0.1,
            weightColor(lookup[i * C + j] ?? 0),
            0.3 + 0.7 * d.answerOn,
          );
        }
      }
    };
    cardRows(0, d.softRows, d.softLookup);
    cardRows(1, d.hardRows, d.hardLookup);
    p.mini.commit();
  }

  function framing(trace: ProgrammerTrace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame];
    const lay = f ? programmerLayout(f.data.table.rows, f.data.table.columns) : L;
    const [x0, y0] = lay.bounds.min;
    const [x1, y1] = lay.bounds.max;
    // One steady framing for every stage (the board does not move while the class reads it), seen straight on
    // with a slight tilt so the bars and blocks show their depth. Margins: labels stand in front of the board
    // (closer to the camera, so a little larger than the board).
    return fitBoard({ min: [x0 - 0.9, y0 - 0.35, 0], max: [x1 + 0.9, y1 + 0.35, 0] }, aspect, { direction: [0, 0.05, 1], margin: 1 });
  }

  function hoverText(hit: THREE.Intersection, input: ProgrammerInput): string | null {
    const f = input.trace.frames[input.frame];
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
      if (parts) for (const b of [parts.cells, parts.rs, parts.glows, parts.bars, parts.plates, parts.mini]) b.dispose();
      disposeScene(root, [solid, flat, glow]);
    },
  };
}
