/**
 * The NTM scene (three.js): the memory tape in 3D, the addressing rows w_c, w_prev, w_g, w̃, w as bars, the
 * read and write heads as beams whose intensity is the weight, the key, r, e and a, and for multi-step runs
 * the read and write weightings over time as heat maps. A pure function of (trace, frame, fromFrame,
 * progress, language): every number drawn is interpolated between the two frames' display states.
 */
import * as THREE from 'three/webgpu';
import type { Frame, Trace } from '../../../../core/trace/trace.ts';
import { NTM_STAGES } from '../../../../core/models/ntm/types.ts';
import { format, formatNumber, messages, type Language, type Messages } from '../../../shared/i18n/i18n.ts';
import { divergingColor, weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool, type Label } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { DARK_THEME, glowRgb, paintRgb, themedColor, type Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import { commitInstances, createInstances, mixNumbers } from '../../scene/instances.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { weightingsOverTime } from '../../../../core/models/ntm/weightings-over-time.ts';
import type { NtmTrace } from '../../../../core/models/ntm/run-scenario.ts';
import { cachedView, memoryRange, stageIndex, type NtmView } from './ntm-view.ts';
import { ROWS, cellY, ntmLayout, showsNumbers, slotX, type NtmLayout, type RowId } from './ntm-layout.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const READ_BEAM: Rgb = [0.15, 0.85, 1.0];
const WRITE_BEAM: Rgb = [1.0, 0.3, 0.85];
const READ_HEX = DARK_THEME.read;
const WRITE_HEX = DARK_THEME.write;

/** Everything the scene shows for one frame, as numbers that can be interpolated. */
interface Display {
  readonly rows: Record<RowId, number[]>;
  readonly memory: number[];
  readonly key: number[];
  readonly read: number[];
  readonly erase: number[];
  readonly add: number[];
  readonly readBeam: number[];
  readonly writeBeam: number[];
  /** Opacity-like visibility of the key, r and e/a columns. */
  readonly keyOn: number;
  readonly readOn: number;
  readonly writeOn: number;
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

function display(v: NtmView): Display {
  const s = stageIndex(v.stage);
  const n = v.n;
  const row = (values: readonly number[], from: number): number[] => (s >= from && values.length === n ? [...values] : zeros(n));
  const writeStage = v.stage === 'write';
  return {
    rows: {
      content: row(v.contentWeights, 0),
      previous: row(v.previousWeights, 0),
      interpolate: row(v.gatedWeights, 1),
      shift: row(v.shiftedWeights, 2),
      sharpen: row(v.weights, 3),
    },
    memory: [...(writeStage ? v.memoryAfter : v.memoryBefore)],
    key: v.key.length === v.m ? [...v.key] : zeros(v.m),
    read: s >= 4 && v.role !== 'write' ? [...v.readVector] : zeros(v.m),
    erase: writeStage && v.role !== 'read' && v.writeMode === 'erase-add' ? [...v.erase] : zeros(v.m),
    add: writeStage && v.role !== 'read' ? [...v.add] : zeros(v.m),
    readBeam: v.stage === 'read' && v.role !== 'write' ? [...v.weights] : zeros(n),
    writeBeam: writeStage && v.role !== 'read' ? [...v.weights] : zeros(n),
    keyOn: s <= 0 ? 1 : 0.55,
    readOn: s >= 4 && v.role !== 'write' ? 1 : 0.25,
    writeOn: writeStage && v.role !== 'read' ? 1 : 0.25,
  };
}

function mixDisplay(a: Display, b: Display, t: number): Display {
  if (t >= 1) return b;
  const rows = {} as Record<RowId, number[]>;
  for (const { id } of ROWS) rows[id] = mixNumbers(a.rows[id], b.rows[id], t);
  const num = (x: number, y: number) => x + (y - x) * t;
  return {
    rows,
    memory: mixNumbers(a.memory, b.memory, t),
    key: mixNumbers(a.key, b.key, t),
    read: mixNumbers(a.read, b.read, t),
    erase: mixNumbers(a.erase, b.erase, t),
    add: mixNumbers(a.add, b.add, t),
    readBeam: mixNumbers(a.readBeam, b.readBeam, t),
    writeBeam: mixNumbers(a.writeBeam, b.writeBeam, t),
    keyOn: num(a.keyOn, b.keyOn),
    readOn: num(a.readOn, b.readOn),
    writeOn: num(a.writeOn, b.writeOn),
  };
}

/** A unit box standing on y = 0 (bars grow up). */
const BOX = new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
/** A unit box whose back face is at z = 0 (memory blocks grow towards the viewer). */
const BLOCK = new THREE.BoxGeometry(1, 1, 1).translate(0, 0, 0.5);
/** A centred unit box (beams, plates). */
const CENTRED = new THREE.BoxGeometry(1, 1, 1);

const instanced = (count: number, material: THREE.Material, name: string, geometry: THREE.BufferGeometry = BOX): THREE.InstancedMesh =>
  createInstances(count, geometry, material, name);

const _m = new THREE.Matrix4();
const _q = new THREE.Quaternion();
const _p = new THREE.Vector3();
const _s = new THREE.Vector3();
const _c = new THREE.Color();

/** Places bar `index` standing on y (hanging from it when h < 0), painted in `theme`. */
function setBar(theme: Theme, mesh: THREE.InstancedMesh, index: number, x: number, y: number, z: number, w: number, h: number, d: number, color: Rgb, gain = 1): void {
  _p.set(x, h >= 0 ? y : y + h, z);
  _s.set(w, Math.max(Math.abs(h), 0.02), d);
  _m.compose(_p, _q.identity(), _s);
  mesh.setMatrixAt(index, _m);
  mesh.setColorAt(index, _c.setRGB(...paintRgb(theme, color, gain), THREE.SRGBColorSpace));
}

/** Places memory block `index` growing towards the viewer from z = 0, painted in `theme`. */
function setBlock(theme: Theme, mesh: THREE.InstancedMesh, index: number, x: number, y: number, w: number, h: number, depth: number, color: Rgb, gain = 1): void {
  _m.compose(_p.set(x, y, 0), _q.identity(), _s.set(w, h, Math.max(depth, 0.04)));
  mesh.setMatrixAt(index, _m);
  mesh.setColorAt(index, _c.setRGB(...paintRgb(theme, color, gain), THREE.SRGBColorSpace));
}

/**
 * The default camera for a stage: the whole board in view (every corner of its bounds projected inside the
 * frame), seen a little from the right and above so the memory blocks' depth shows; addressing stages lean
 * towards the rows, read and write towards the memory.
 */
export function fitCamera(L: NtmLayout, stage: number, aspect: number): CameraPose {
  const [x0, y0] = L.bounds.min;
  const [x1, y1] = L.bounds.max;
  const lean = stage <= 3 ? 0.25 : -0.25;
  return fitBoard(L.bounds, aspect, { direction: [0.1, 0.09, 1], margin: [0.985, 0.97], target: [(x0 + x1) / 2, (y0 + y1) / 2 + lean, 0.3] });
}

/** 1 / the largest weight any row shows in the run, between 1 and 40. */
function barScale(trace: Trace): number {
  let max = 0;
  for (const f of trace.frames) {
    const v = cachedView(f);
    for (const row of [v.contentWeights, v.previousWeights, v.gatedWeights, v.shiftedWeights, v.weights]) for (const w of row) max = Math.max(max, w);
  }
  return Math.min(40, Math.max(1, max > 0 ? 1 / max : 1));
}

/** Builds the NTM scene; its meshes are rebuilt when N or M change. */
export function createNtmScene(labels: LabelFactory): ChapterScene {
  const root = new THREE.Group();
  root.name = 'ntm';
  const barMaterial = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const beamMaterial = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });
  const plateMaterial = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const activeMaterial = new THREE.MeshBasicMaterial({ color: 0x22324f });

  let built: { n: number; m: number; heat: boolean; trace: Trace | null } = { n: -1, m: -1, heat: false, trace: null };
  let layout: NtmLayout = ntmLayout(1, 1, false);
  interface Parts {
    rows: Record<RowId, THREE.InstancedMesh>;
    activePlate: THREE.Mesh;
    memory: THREE.InstancedMesh;
    vectors: THREE.InstancedMesh;
    beams: THREE.InstancedMesh;
    heat: { read: THREE.Mesh; write: THREE.Mesh; canvasRead: HTMLCanvasElement; canvasWrite: HTMLCanvasElement; key: string } | null;
    text: { titles: LabelPool; numbers: LabelPool; memoryNumbers: LabelPool; vectorNumbers: LabelPool; banner: LabelPool };
  }
  let parts: Parts | null = null;
  // The plates mesh and the theme its colours were painted in (repainted when an input's theme differs).
  let platesMesh: THREE.InstancedMesh | null = null;
  let paintedTheme: Theme | null = null;
  let range = 1;
  /** Bar height multiplier: 1 up to N = 32; for larger N the largest weight of the run gets a full bar. */
  let weightScale = 1;
  let overTime: { read: number[][]; write: number[][] } = { read: [], write: [] };

  function build(n: number, m: number, heat: boolean, theme: Theme): void {
    root.clear();
    const L = (layout = ntmLayout(n, m, heat));
    const rows = {} as Record<RowId, THREE.InstancedMesh>;
    for (const { id } of ROWS) {
      rows[id] = instanced(n, barMaterial, `row:${id}`);
      root.add(rows[id]);
    }
    // Baselines under each row, a backing plate behind the memory and behind k, r, e, a.
    const plates = instanced(ROWS.length + 5, plateMaterial, 'plates', CENTRED);
    ROWS.forEach(({ id }, k) => {
      _m.compose(_p.set(0, L.rowY[id] - 0.03, 0), _q.identity(), _s.set(L.width + 0.2, 0.06, 0.5));
      plates.setMatrixAt(k, _m);
      plates.setColorAt(k, _c.set(theme.plate));
    });
    const memH = m * L.cellHeight;
    const backing: [number, number][] = [
      [0, L.width + 0.2],
      [L.keyX, 0.95],
      [L.readX, 0.95],
      [L.eraseX, 0.95],
      [L.addX, 0.95],
    ];
    backing.forEach(([x, w], k) => {
      _m.compose(_p.set(x, -memH / 2, -0.06), _q.identity(), _s.set(w, memH + 0.12, 0.1));
      plates.setMatrixAt(ROWS.length + k, _m);
      plates.setColorAt(ROWS.length + k, _c.set(theme.plateDim));
    });
    commitInstances(plates);
    platesMesh = plates;
    paintedTheme = theme;
    root.add(plates);
    const activePlate = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), activeMaterial);
    activePlate.name = 'active-row';
    root.add(activePlate);
    const memory = instanced(n * m, barMaterial, 'memory', BLOCK);
    root.add(memory);
    const vectors = instanced(4 * m, barMaterial, 'vectors', BLOCK);
    root.add(vectors);
    const beams = instanced(2 * n, beamMaterial, 'beams', CENTRED);
    beams.renderOrder = 2;
    root.add(beams);
    let heatParts: Parts['heat'] = null;
    if (heat) {
      const canvasRead = document.createElement('canvas');
      const canvasWrite = document.createElement('canvas');
      const mk = (canvas: HTMLCanvasElement, y: number) => {
        const texture = new THREE.CanvasTexture(canvas);
        texture.colorSpace = THREE.SRGBColorSpace;
        texture.magFilter = THREE.NearestFilter;
        texture.minFilter = THREE.NearestFilter;
        texture.generateMipmaps = false;
        const mesh = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), new THREE.MeshBasicMaterial({ map: texture }));
        mesh.position.set(L.heatX, y, 0);
        mesh.scale.set(L.heatWidth, L.heatHeight, 1);
        root.add(mesh);
        return mesh;
      };
      heatParts = {
        read: mk(canvasRead, L.rowY.previous + 0.3),
        write: mk(canvasWrite, L.rowY.shift + 0.1),
        canvasRead,
        canvasWrite,
        key: '',
      };
    }
    const text = {
      titles: new LabelPool(labels, { height: 0.5 }),
      numbers: new LabelPool(labels, { height: L.numberHeight }),
      memoryNumbers: new LabelPool(labels, { height: Math.min(0.4, L.cellHeight * 0.62, L.dx * 0.34) }),
      vectorNumbers: new LabelPool(labels, { height: Math.min(0.4, L.cellHeight * 0.62) }),
      banner: new LabelPool(labels, { height: 0.6 }),
    };
    for (const t of Object.values(text)) root.add(t.group);
    parts = { rows, activePlate, memory, vectors, beams, heat: heatParts, text };
  }

  function drawHeat(canvas: HTMLCanvasElement, mesh: THREE.Mesh, data: readonly (readonly number[] | undefined)[], steps: number, n: number, upTo: number, current: number, theme: Theme): void {
    // One texel per (time, slot): time left to right, slot 0 on top (as in the memory below).
    canvas.width = Math.max(1, steps) * 8;
    canvas.height = Math.max(1, n) * 8;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = theme.board;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    for (let t = 0; t <= upTo && t < steps; t++) {
      const col = data[t];
      if (!col) continue;
      col.forEach((w, i) => {
        const c = weightColor(Math.min(1, w * weightScale));
        ctx.fillStyle = `rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})`;
        ctx.fillRect(t * 8, i * 8, 8, 8);
      });
    }
    if (current >= 0 && current < steps) {
      ctx.strokeStyle = themedColor(theme, ACTIVE);
      ctx.lineWidth = 2;
      ctx.strokeRect(current * 8 + 1, 1, 6, canvas.height - 2);
    }
    (mesh.material as THREE.MeshBasicMaterial).map!.needsUpdate = true;
  }

  function ensure(trace: Trace, v: NtmView, theme: Theme): void {
    const heat = trace.steps > 1;
    if (built.n !== v.n || built.m !== v.m || built.heat !== heat) {
      build(v.n, v.m, heat, theme);
      built = { n: v.n, m: v.m, heat, trace: null };
    }
    if (built.trace !== trace) {
      built.trace = trace;
      range = memoryRange(trace);
      weightScale = v.n > 32 ? barScale(trace) : 1;
      overTime = weightingsOverTime(trace as NtmTrace);
      if (parts?.heat) parts.heat.key = '';
    }
  }

  function update(input: SceneInput): void {
    const { theme } = input;
    applyGlowBlending(beamMaterial, theme);
    activeMaterial.color.set(theme.plateActive);
    if (platesMesh && paintedTheme !== theme) {
      for (let k = 0; k < platesMesh.count; k++) platesMesh.setColorAt(k, _c.set(k < ROWS.length ? theme.plate : theme.plateDim));
      platesMesh.instanceColor!.needsUpdate = true;
      paintedTheme = theme;
    }
    const { trace } = input;
    const target = trace.frames[input.frame];
    if (!target) {
      root.visible = false;
      return;
    }
    root.visible = true;
    const to = cachedView(target);
    ensure(trace, to, theme);
    const fromFrame: Frame | undefined = trace.frames[input.fromFrame];
    const from = fromFrame ? cachedView(fromFrame) : to;
    const d = from.n === to.n && from.m === to.m ? mixDisplay(display(from), display(to), input.progress) : display(to);
    const p = parts!;
    const L = layout;
    const { n, m } = L;
    const stage = stageIndex(to.stage);

    // Addressing rows: bars whose height and colour are the weight.
    for (const { id } of ROWS) {
      const mesh = p.rows[id];
      const values = d.rows[id];
      const dim = id === 'previous' ? 0.65 : 1;
      for (let i = 0; i < n; i++) {
        const w = values[i] ?? 0;
        setBar(theme, mesh, i, slotX(L, i), L.rowY[id], 0.25, L.dx * 0.7, w * L.barHeight * weightScale, 0.5, weightColor(w), dim);
      }
      commitInstances(mesh);
    }
    // Highlight the row the current stage computes (w_prev and w_c both feed the interpolation).
    const activeRow: RowId | null = stage <= 3 ? (['content', 'interpolate', 'shift', 'sharpen'] as const)[stage]! : null;
    p.activePlate.visible = activeRow !== null;
    if (activeRow) {
      const x0 = L.bounds.min[0] + 0.1;
      const x1 = L.width / 2 + 0.4;
      p.activePlate.position.set((x0 + x1) / 2, L.rowY[activeRow] + 0.62, -0.2);
      p.activePlate.scale.set(x1 - x0, 1.45, 1);
    }

    // Memory tape: slot i is a column of M cells; each cell's depth and colour are its value.
    const cellW = L.dx * 0.84;
    const cellH = L.cellHeight * 0.84;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const value = d.memory[i * m + j] ?? 0;
        setBlock(theme, p.memory, i * m + j, slotX(L, i), cellY(L, j), cellW, cellH, (Math.abs(value) / range) * L.memoryDepth, divergingColor(value, range));
      }
    }
    commitInstances(p.memory);

    // Key (left), r, e, a (right): columns of M cells beside the memory, cell j level with the memory's cell j.
    const columns: { x: number; values: number[]; on: number; kind: 'signed' | 'weight' }[] = [
      { x: L.keyX, values: d.key, on: d.keyOn, kind: 'signed' },
      { x: L.readX, values: d.read, on: d.readOn, kind: 'signed' },
      { x: L.eraseX, values: d.erase, on: d.writeOn, kind: 'weight' },
      { x: L.addX, values: d.add, on: d.writeOn, kind: 'signed' },
    ];
    columns.forEach((col, c) => {
      for (let j = 0; j < m; j++) {
        const value = col.values[j] ?? 0;
        const color = col.kind === 'weight' ? weightColor(value) : divergingColor(value, range);
        const depth = col.kind === 'weight' ? value * L.memoryDepth : (Math.abs(value) / range) * L.memoryDepth;
        setBlock(theme, p.vectors, c * m + j, col.x, cellY(L, j), 0.8, cellH, depth, color, 0.3 + 0.7 * col.on);
      }
    });
    commitInstances(p.vectors);

    // Heads: a beam from the final weight down through the slot's column, brightness = weight.
    const top = L.rowY.sharpen;
    const bottom = -m * L.cellHeight;
    for (let i = 0; i < n; i++) {
      for (const [k, values, color] of [
        [0, d.readBeam, READ_BEAM],
        [1, d.writeBeam, WRITE_BEAM],
      ] as const) {
        const w = Math.min(1, Math.max(0, (values[i] ?? 0) * weightScale));
        _m.compose(_p.set(slotX(L, i), (top + bottom) / 2, L.memoryDepth + 0.15 + 0.05 * k), _q.identity(), _s.set(L.dx * 0.92, top - bottom + 0.1, 0.04));
        p.beams.setMatrixAt(k * n + i, _m);
        const g = 0.85 * w;
        const c = glowRgb(theme, color, g);
        p.beams.setColorAt(k * n + i, _c.setRGB(c[0], c[1], c[2], THREE.SRGBColorSpace));
      }
    }
    commitInstances(p.beams);

    // Heat maps of the read and write weightings over time (multi-step runs), revealed up to this step.
    if (p.heat) {
      const upTo = stage >= 3 ? to.step : to.step - 1;
      const key = `${upTo}:${to.step}:${theme.name}`;
      if (p.heat.key !== key) {
        p.heat.key = key;
        drawHeat(p.heat.canvasRead, p.heat.read, overTime.read, trace.steps, n, upTo, to.step, theme);
        drawHeat(p.heat.canvasWrite, p.heat.write, overTime.write, trace.steps, n, upTo, to.step, theme);
      }
    }

    drawLabels(input, to, activeRow);
  }

  function drawLabels(input: SceneInput, v: NtmView, activeRow: RowId | null): void {
    const p = parts!;
    const L = layout;
    const { n, m } = L;
    const msg: Messages = messages(input.language);
    const num = (x: number) => formatNumber(input.language, x, 2);
    /** Whole numbers (the copy task's bits) without decimals: shorter, so they can be drawn larger. */
    const cellText = (x: number) => (Math.abs(x - Math.round(x)) < 0.005 ? String(Math.round(x)) : num(x));
    const stage = stageIndex(v.stage);
    const params: Record<RowId, string> = {
      content: `β = ${num(v.beta)}`,
      previous: `g = ${num(v.gate)}`,
      interpolate: '',
      shift: `s = [${v.shift.map(cellText).join('  ')}]`,
      sharpen: `γ = ${num(v.gamma)}`,
    };
    const titles: Label[] = [];
    for (const { id } of ROWS) {
      const active = id === activeRow || (id === 'previous' && activeRow === 'interpolate');
      titles.push({ text: msg.ntm.rows[id], x: L.titleX, y: L.rowY[id] + 0.78, z: 0, style: { color: active ? ACTIVE : id === 'previous' ? DIM_TEXT : TEXT, bold: true, align: 'right' } });
      if (params[id]) titles.push({ text: params[id], x: L.titleX, y: L.rowY[id] + 0.28, z: 0, style: { color: active ? ACTIVE : DIM_TEXT, align: 'right' } });
    }
    const bottom = -m * L.cellHeight;
    const below = bottom - 0.42;
    titles.push({ text: msg.ntm.rows.memory, x: L.keyX - 0.95, y: bottom / 2, z: 0, style: { color: TEXT, bold: true, align: 'right' } });
    titles.push({ text: 'k', x: L.keyX, y: below, z: 0, style: { color: stage === 0 ? ACTIVE : TEXT, bold: true } });
    titles.push({ text: 'r', x: L.readX, y: below, z: 0, style: { color: v.stage === 'read' ? ACTIVE : TEXT, bold: true } });
    if (v.role !== 'read' && v.writeMode === 'erase-add') titles.push({ text: 'e', x: L.eraseX, y: below, z: 0, style: { color: v.stage === 'write' ? ACTIVE : TEXT, bold: true } });
    if (v.role !== 'read') titles.push({ text: 'a', x: L.addX, y: below, z: 0, style: { color: v.stage === 'write' ? ACTIVE : TEXT, bold: true } });
    if (p.heat) {
      const left = L.heatX - L.heatWidth / 2;
      titles.push({ text: msg.ntm.rows.readHeat, x: left, y: L.rowY.previous + 0.3 + L.heatHeight / 2 + 0.3, z: 0, style: { color: READ_HEX, bold: true, align: 'left' } });
      titles.push({ text: msg.ntm.rows.writeHeat, x: left, y: L.rowY.shift + 0.1 + L.heatHeight / 2 + 0.3, z: 0, style: { color: WRITE_HEX, bold: true, align: 'left' } });
      titles.push({ text: msg.ntm.rows.time, x: left, y: L.rowY.shift + 0.1 - L.heatHeight / 2 - 0.3, z: 0, style: { color: DIM_TEXT, align: 'left' } });
    }
    if (showsNumbers(n)) {
      for (let i = 0; i < n; i++) titles.push({ text: String(i), x: slotX(L, i), y: below, z: 0, style: { color: DIM_TEXT } });
      // Content addressing compares the key with every slot: show each cosine similarity K[k, M_i] under its slot.
      if (stage === 0 && v.similarity.length === n) {
        const kY = below - 0.55;
        titles.push({ text: 'K[k, Mᵢ]', x: L.keyX - 0.95, y: kY, z: 0, style: { color: ACTIVE, bold: true, align: 'right' } });
        for (let i = 0; i < n; i++) titles.push({ text: num(v.similarity[i]!), x: slotX(L, i), y: kY, z: 0, style: { color: ACTIVE } });
      }
    }
    const head = v.stage === 'read' && v.role !== 'write' ? [msg.ntm.rows.readHead, READ_HEX] : v.stage === 'write' && v.role !== 'read' ? [msg.ntm.rows.writeHead, WRITE_HEX] : null;
    if (head) titles.push({ text: head[0]!, x: L.titleX, y: L.rowY.sharpen - 0.45, z: 0, style: { color: head[1]!, bold: true, align: 'right' } });

    // Numbers over the bars (N ≤ 32), from the target frame: the numbers being taught.
    const numbers: Label[] = [];
    const target = display(v);
    if (showsNumbers(n)) {
      for (const { id, stage: from } of ROWS) {
        if (stage < from) continue;
        const values = target.rows[id];
        for (let i = 0; i < n; i++) {
          const w = values[i] ?? 0;
          // Exact zeros are common (one-hot weights): a dim "0" keeps the eye on the weights that matter.
          const zero = Math.abs(w) < 0.005;
          numbers.push({ text: zero ? '0' : num(w), x: slotX(L, i), y: L.rowY[id] + w * L.barHeight + L.numberHeight * 0.6 + 0.04, z: 0.6, style: { color: zero ? DIM_TEXT : id === activeRow ? ACTIVE : TEXT } });
        }
      }
    }
    p.text.numbers.show(numbers, input.theme);

    // Memory values on the blocks, when few enough to read.
    const cells: Label[] = [];
    if (n * m <= 128 && showsNumbers(n)) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          const value = target.memory[i * m + j] ?? 0;
          const zero = Math.abs(value) < 0.005;
          cells.push({ text: zero ? '0' : cellText(value), x: slotX(L, i), y: cellY(L, j), z: (Math.abs(value) / range) * L.memoryDepth + 0.08, style: zero ? { color: DIM_TEXT } : { color: TEXT, background: DARK_THEME.labelPanel } });
        }
      }
    }
    p.text.memoryNumbers.show(cells, input.theme);

    // Numbers of k, r, e, a (M ≤ 12) while they take part.
    const vec: Label[] = [];
    if (m <= 12) {
      const cols: [number, number[], boolean, 'signed' | 'weight'][] = [
        [L.keyX, target.key, stage === 0, 'signed'],
        [L.readX, target.read, stage >= 4 && v.role !== 'write', 'signed'],
        [L.eraseX, target.erase, v.stage === 'write' && v.role !== 'read' && v.writeMode === 'erase-add', 'weight'],
        [L.addX, target.add, v.stage === 'write' && v.role !== 'read', 'signed'],
      ];
      for (const [x, values, on, kind] of cols) {
        if (!on) continue;
        for (let j = 0; j < m; j++) {
          const value = values[j] ?? 0;
          const depth = kind === 'weight' ? value * L.memoryDepth : (Math.abs(value) / range) * L.memoryDepth;
          vec.push({ text: cellText(value), x, y: cellY(L, j), z: depth + 0.08, style: { color: TEXT, background: DARK_THEME.labelPanel } });
        }
      }
    }
    p.text.vectorNumbers.show(vec, input.theme);

    // With many slots the bars are stretched so the small weights show: say by how much.
    if (weightScale > 1.05) titles.push({ text: `↕ ×${formatNumber(input.language, weightScale, 1)}`, x: L.width / 2, y: L.rowY.content + 1.3, z: 0, style: { color: DIM_TEXT, align: 'right' } });
    p.text.titles.show(titles, input.theme);

    // The step and stage, drawn into the picture so recordings carry it.
    const banner = format(msg.playback.frameLabel, { step: v.step + 1, steps: input.trace.steps, stage: msg.ntm.stages[v.stage] });
    p.text.banner.show([{ text: banner, x: L.bounds.min[0] + 0.1, y: L.rowY.content + 1.75, z: 0, style: { color: ACTIVE, bold: true, align: 'left' } }], input.theme);
  }

  function framing(trace: Trace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame];
    const v = f ? cachedView(f) : null;
    const L = v ? ntmLayout(v.n, v.m, trace.steps > 1) : layout;
    return fitCamera(L, v ? stageIndex(v.stage) : 0, aspect);
  }

  function hoverText(hit: THREE.Intersection, input: SceneInput): string | null {
    const f = input.trace.frames[input.frame];
    if (!f || hit.instanceId === undefined) return null;
    const v = cachedView(f);
    const d = display(v);
    const name = hit.object.name;
    const num = (x: number) => formatNumber(input.language, x, 3);
    const msg = messages(input.language);
    if (name.startsWith('row:')) {
      const id = name.slice(4) as RowId;
      return `${msg.ntm.rows[id]} [${hit.instanceId}] = ${num(d.rows[id][hit.instanceId] ?? 0)}`;
    }
    if (name === 'memory') {
      const i = Math.floor(hit.instanceId / v.m);
      const j = hit.instanceId % v.m;
      return `M[${i}, ${j}] = ${num(d.memory[hit.instanceId] ?? 0)}`;
    }
    return null;
  }

  return {
    root,
    update,
    framing,
    hoverText,
    dispose() {
      disposeScene(root, [barMaterial, beamMaterial, plateMaterial, activeMaterial]);
    },
  };
}

/** The stages in order (re-exported for the chapter). */
export const STAGES = NTM_STAGES;
