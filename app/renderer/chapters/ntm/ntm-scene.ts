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
import type { LabelFactory, LabelStyle } from '../../scene/text-sprite.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { weightingsOverTime } from '../../../../core/models/ntm/weightings-over-time.ts';
import type { NtmTrace } from '../../../../core/models/ntm/run-scenario.ts';
import { cachedView, memoryRange, stageIndex, type NtmView } from './ntm-view.ts';
import { ROWS, cellZ, ntmLayout, showsNumbers, slotX, type NtmLayout, type RowId } from './ntm-layout.ts';

const TEXT = '#f4f6fb';
const DIM_TEXT = '#9aa3b5';
const ACTIVE = '#ffd84d';
const READ_BEAM: Rgb = [0.15, 0.85, 1.0];
const WRITE_BEAM: Rgb = [1.0, 0.3, 0.85];

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

function mix(a: number[], b: number[], t: number): number[] {
  if (a.length !== b.length) return b;
  return b.map((x, i) => a[i]! + (x - a[i]!) * t);
}

function mixDisplay(a: Display, b: Display, t: number): Display {
  if (t >= 1) return b;
  const rows = {} as Record<RowId, number[]>;
  for (const { id } of ROWS) rows[id] = mix(a.rows[id], b.rows[id], t);
  const num = (x: number, y: number) => x + (y - x) * t;
  return {
    rows,
    memory: mix(a.memory, b.memory, t),
    key: mix(a.key, b.key, t),
    read: mix(a.read, b.read, t),
    erase: mix(a.erase, b.erase, t),
    add: mix(a.add, b.add, t),
    readBeam: mix(a.readBeam, b.readBeam, t),
    writeBeam: mix(a.writeBeam, b.writeBeam, t),
    keyOn: num(a.keyOn, b.keyOn),
    readOn: num(a.readOn, b.readOn),
    writeOn: num(a.writeOn, b.writeOn),
  };
}

const BOX = new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
const UNIT_Y = new THREE.Vector3(0, 1, 0);

function instanced(count: number, material: THREE.Material, name: string): THREE.InstancedMesh {
  const mesh = new THREE.InstancedMesh(BOX, material, Math.max(1, count));
  mesh.name = name;
  mesh.frustumCulled = false;
  mesh.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
  mesh.setColorAt(0, new THREE.Color(0, 0, 0));
  return mesh;
}

const _m = new THREE.Matrix4();
const _q = new THREE.Quaternion();
const _p = new THREE.Vector3();
const _s = new THREE.Vector3();
const _c = new THREE.Color();

function setBar(mesh: THREE.InstancedMesh, index: number, x: number, y: number, z: number, w: number, h: number, d: number, color: Rgb, gain = 1): void {
  _p.set(x, h >= 0 ? y : y + h, z);
  _s.set(w, Math.max(Math.abs(h), 0.02), d);
  _m.compose(_p, _q.identity(), _s);
  mesh.setMatrixAt(index, _m);
  mesh.setColorAt(index, _c.setRGB(color[0] * gain, color[1] * gain, color[2] * gain, THREE.SRGBColorSpace));
}

function finish(mesh: THREE.InstancedMesh): void {
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
}

/** A group of label sprites that can be re-texted each frame. */
class LabelSet {
  readonly group = new THREE.Group();
  private readonly sprites: THREE.Sprite[] = [];
  constructor(
    private readonly labels: LabelFactory,
    private readonly height: number,
  ) {}
  /** Shows `count` labels; `at(i)` gives text, position and style. */
  show(count: number, at: (i: number) => { text: string; x: number; y: number; z: number; style?: LabelStyle }): void {
    while (this.sprites.length < count) {
      const s = this.labels.sprite('', this.height);
      this.sprites.push(s);
      this.group.add(s);
    }
    this.sprites.forEach((s, i) => {
      s.visible = i < count;
      if (!s.visible) return;
      const { text, x, y, z, style } = at(i);
      this.labels.set(s, text, style);
      s.position.set(x, y, z);
    });
  }
}

/** Builds the NTM scene; the meshes are rebuilt when N or M change. */
export function createNtmScene(labels: LabelFactory): ChapterScene {
  const root = new THREE.Group();
  root.name = 'ntm';
  const barMaterial = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const beamMaterial = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });
  const plateMaterial = new THREE.MeshBasicMaterial({ color: 0x2a3242 });
  const activeMaterial = new THREE.MeshBasicMaterial({ color: 0x253553 });

  let built: { n: number; m: number; heat: boolean; trace: Trace | null } = { n: -1, m: -1, heat: false, trace: null };
  let layout: NtmLayout = ntmLayout(1, 1, false);
  let parts: {
    rows: Record<RowId, THREE.InstancedMesh>;
    plates: THREE.InstancedMesh;
    activePlate: THREE.Mesh;
    memory: THREE.InstancedMesh;
    memoryFloor: THREE.InstancedMesh;
    vectors: THREE.InstancedMesh;
    beams: THREE.InstancedMesh;
    heat: { read: THREE.Mesh; write: THREE.Mesh; canvasRead: HTMLCanvasElement; canvasWrite: HTMLCanvasElement; key: string } | null;
    text: {
      titles: LabelSet;
      numbers: LabelSet;
      memoryNumbers: LabelSet;
      vectorNumbers: LabelSet;
      banner: LabelSet;
    };
  } | null = null;
  let range = 1;
  let overTime: { read: number[][]; write: number[][] } = { read: [], write: [] };

  function build(n: number, m: number, heat: boolean): void {
    root.clear();
    layout = ntmLayout(n, m, heat);
    const rows = {} as Record<RowId, THREE.InstancedMesh>;
    for (const { id } of ROWS) {
      rows[id] = instanced(n, barMaterial, `row:${id}`);
      root.add(rows[id]);
    }
    const plates = instanced(ROWS.length + 1, plateMaterial, 'plates');
    ROWS.forEach(({ id }, k) => {
      _m.compose(_p.set(0, layout.rowY[id] - 0.06, -0.05), _q.identity(), _s.set(layout.width + 0.3, 0.06, 0.5));
      plates.setMatrixAt(k, _m);
      plates.setColorAt(k, _c.set(0x3a4356));
    });
    _m.compose(_p.set(0, layout.memoryY - 0.05, cellZ(layout, (m - 1) / 2)), _q.identity(), _s.set(layout.width + 0.3, 0.04, layout.dz * m + 0.2));
    plates.setMatrixAt(ROWS.length, _m);
    plates.setColorAt(ROWS.length, _c.set(0x20263a));
    finish(plates);
    root.add(plates);
    const activePlate = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), activeMaterial);
    activePlate.name = 'active-row';
    root.add(activePlate);
    const memory = instanced(n * m, barMaterial, 'memory');
    root.add(memory);
    const memoryFloor = instanced(1, plateMaterial, 'memory-floor');
    memoryFloor.visible = false;
    const vectors = instanced(4 * m, barMaterial, 'vectors');
    root.add(vectors);
    const beams = instanced(2 * n, beamMaterial, 'beams');
    root.add(beams);
    let heatParts = null;
    if (heat) {
      const canvasRead = document.createElement('canvas');
      const canvasWrite = document.createElement('canvas');
      const mk = (canvas: HTMLCanvasElement, y: number) => {
        const texture = new THREE.CanvasTexture(canvas);
        texture.colorSpace = THREE.SRGBColorSpace;
        texture.magFilter = THREE.NearestFilter;
        texture.minFilter = THREE.NearestFilter;
        const mesh = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), new THREE.MeshBasicMaterial({ map: texture }));
        mesh.position.set(layout.width / 2 + 4.4, y, 0);
        mesh.scale.set(5, 2.6, 1);
        root.add(mesh);
        return mesh;
      };
      heatParts = {
        read: mk(canvasRead, layout.rowY.interpolate + 2.4),
        write: mk(canvasWrite, layout.rowY.sharpen + 1.3),
        canvasRead,
        canvasWrite,
        key: '',
      };
    }
    const text = {
      titles: new LabelSet(labels, 0.42),
      numbers: new LabelSet(labels, n > 16 ? 0.24 : 0.32),
      memoryNumbers: new LabelSet(labels, 0.26),
      vectorNumbers: new LabelSet(labels, 0.26),
      banner: new LabelSet(labels, 0.62),
    };
    for (const t of Object.values(text)) root.add(t.group);
    parts = { rows, plates, activePlate, memory, memoryFloor, vectors, beams, heat: heatParts, text };
  }

  function drawHeat(canvas: HTMLCanvasElement, mesh: THREE.Mesh, data: readonly (readonly number[] | undefined)[], steps: number, n: number, upTo: number): void {
    canvas.width = Math.max(1, steps);
    canvas.height = Math.max(1, n);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#141a26';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    for (let t = 0; t <= upTo && t < steps; t++) {
      const col = data[t];
      if (!col) continue;
      col.forEach((w, i) => {
        const c = weightColor(w);
        ctx.fillStyle = `rgb(${c[0] * 255},${c[1] * 255},${c[2] * 255})`;
        ctx.fillRect(t, i, 1, 1);
      });
    }
    const material = mesh.material as THREE.MeshBasicMaterial;
    material.map!.needsUpdate = true;
  }

  function ensure(trace: Trace, v: NtmView): void {
    const heat = trace.steps > 1;
    if (built.n !== v.n || built.m !== v.m || built.heat !== heat) {
      build(v.n, v.m, heat);
      built = { n: v.n, m: v.m, heat, trace: null };
    }
    if (built.trace !== trace) {
      built.trace = trace;
      range = memoryRange(trace);
      overTime = weightingsOverTime(trace as NtmTrace);
      if (parts?.heat) parts.heat.key = '';
    }
  }

  function update(input: SceneInput): void {
    const { trace, language } = input;
    const target = trace.frames[input.frame];
    if (!target) {
      root.visible = false;
      return;
    }
    root.visible = true;
    const to = cachedView(target);
    ensure(trace, to);
    const fromFrame: Frame | undefined = trace.frames[input.fromFrame];
    const from = fromFrame ? cachedView(fromFrame) : to;
    const d = from.n === to.n && from.m === to.m ? mixDisplay(display(from), display(to), input.progress) : display(to);
    const p = parts!;
    const L = layout;
    const { n, m } = L;
    const msg = messages(language);
    const stage = stageIndex(to.stage);

    // Addressing rows: bars whose height and colour are the weight.
    for (const { id } of ROWS) {
      const mesh = p.rows[id];
      const values = d.rows[id];
      const dim = id === 'previous' ? 0.6 : 1;
      for (let i = 0; i < n; i++) {
        const w = values[i] ?? 0;
        setBar(mesh, i, slotX(L, i), L.rowY[id], 0, L.dx * 0.72, w * L.barHeight, 0.4, weightColor(w), dim);
      }
      finish(mesh);
    }
    // Highlight the row the current stage computes.
    const activeRow: RowId | null = stage <= 3 ? (['content', 'interpolate', 'shift', 'sharpen'] as const)[stage]! : null;
    p.activePlate.visible = activeRow !== null;
    if (activeRow) {
      p.activePlate.position.set(-1.6, L.rowY[activeRow] + 0.62, -0.3);
      p.activePlate.scale.set(L.width + 9.2, 1.5, 1);
    }

    // Memory tape: N slots (x), each a column of M cells (z); height and colour are the value.
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const value = d.memory[i * m + j] ?? 0;
        setBar(p.memory, i * m + j, slotX(L, i), L.memoryY, cellZ(L, j), L.dx * 0.8, (value / range) * L.memoryHeight, L.dz * 0.8, divergingColor(value, range));
      }
    }
    finish(p.memory);

    // Key (left), r, e, a (right): columns of M cells aligned with the memory's cells.
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
        const h = col.kind === 'weight' ? value * L.memoryHeight : (value / range) * L.memoryHeight;
        setBar(p.vectors, c * m + j, col.x, L.memoryY, cellZ(L, j), 0.8, h, L.dz * 0.8, color, 0.35 + 0.65 * col.on);
      }
    });
    finish(p.vectors);

    // Heads: beams from the final weights down to each slot, brightness = weight (additive blending).
    const top = new THREE.Vector3();
    const bottom = new THREE.Vector3();
    for (let i = 0; i < n; i++) {
      top.set(slotX(L, i), L.rowY.sharpen, 0);
      bottom.set(slotX(L, i), L.memoryY + 0.3, cellZ(L, (m - 1) / 2));
      const dir = bottom.clone().sub(top);
      const len = dir.length();
      _q.setFromUnitVectors(UNIT_Y, dir.normalize());
      for (const [k, values, color] of [
        [0, d.readBeam, READ_BEAM],
        [1, d.writeBeam, WRITE_BEAM],
      ] as const) {
        const w = Math.min(1, Math.max(0, values[i] ?? 0));
        const width = L.dx * (0.3 + 0.35 * k);
        _m.compose(top, _q, _s.set(width, len, width));
        p.beams.setMatrixAt(k * n + i, _m);
        p.beams.setColorAt(k * n + i, _c.setRGB(color[0] * w, color[1] * w, color[2] * w, THREE.SRGBColorSpace));
      }
    }
    finish(p.beams);

    // Heat maps of the read and write weightings over time (multi-step runs), revealed up to this step.
    if (p.heat) {
      const key = `${trace.frames.length}:${to.step}:${stage >= 5 ? 1 : 0}`;
      if (p.heat.key !== key) {
        p.heat.key = key;
        const upTo = stage >= 5 ? to.step : to.step - 1;
        drawHeat(p.heat.canvasRead, p.heat.read, overTime.read, trace.steps, n, upTo);
        drawHeat(p.heat.canvasWrite, p.heat.write, overTime.write, trace.steps, n, upTo);
      }
    }

    drawLabels(input, to, d, msg, activeRow);
  }

  function drawLabels(input: SceneInput, v: NtmView, d: Display, msg: Messages, activeRow: RowId | null): void {
    const p = parts!;
    const L = layout;
    const { n, m } = L;
    const lang: Language = input.language;
    const num = (x: number) => formatNumber(lang, x, 2);
    const shiftText = `s = [${v.shift.map(num).join('  ')}]`;
    const params: Record<RowId, string> = {
      content: `β = ${num(v.beta)}`,
      previous: `g = ${num(v.gate)}`,
      interpolate: '',
      shift: shiftText,
      sharpen: `γ = ${num(v.gamma)}`,
    };
    const titles: { text: string; x: number; y: number; z: number; style?: LabelStyle }[] = [];
    for (const { id } of ROWS) {
      const color = id === activeRow || (id === 'previous' && activeRow === 'interpolate') ? ACTIVE : id === 'previous' ? DIM_TEXT : TEXT;
      titles.push({ text: msg.ntm.rows[id], x: L.titleX, y: L.rowY[id] + 0.72, z: 0, style: { color, bold: true, align: 'right' } });
      if (params[id]) titles.push({ text: params[id], x: L.titleX, y: L.rowY[id] + 0.22, z: 0, style: { color: id === activeRow ? ACTIVE : DIM_TEXT, align: 'right' } });
    }
    const floorY = L.memoryY - 0.55;
    const zEnd = cellZ(L, m - 1) + L.dz;
    titles.push({ text: msg.ntm.rows.memory, x: L.titleX - 1.4, y: L.memoryY + 0.5, z: cellZ(L, 0), style: { color: TEXT, bold: true, align: 'right' } });
    titles.push({ text: msg.ntm.rows.key, x: L.keyX, y: floorY, z: zEnd, style: { color: stageIndex(v.stage) === 0 ? ACTIVE : TEXT, bold: true } });
    titles.push({ text: msg.ntm.rows.read, x: L.readX, y: floorY, z: zEnd, style: { color: v.stage === 'read' ? ACTIVE : TEXT, bold: true } });
    if (v.role !== 'read' && v.writeMode === 'erase-add') titles.push({ text: msg.ntm.rows.erase, x: L.eraseX, y: floorY - 0.5, z: zEnd, style: { color: v.stage === 'write' ? ACTIVE : TEXT, bold: true } });
    if (v.role !== 'read') titles.push({ text: msg.ntm.rows.add, x: L.addX, y: floorY, z: zEnd, style: { color: v.stage === 'write' ? ACTIVE : TEXT, bold: true } });
    if (p.heat) {
      titles.push({ text: msg.ntm.rows.readHeat, x: L.width / 2 + 4.4, y: layout.rowY.interpolate + 4.0, z: 0, style: { color: TEXT, bold: true } });
      titles.push({ text: msg.ntm.rows.writeHeat, x: L.width / 2 + 4.4, y: layout.rowY.sharpen + 2.9, z: 0, style: { color: TEXT, bold: true } });
      titles.push({ text: msg.ntm.rows.time, x: L.width / 2 + 4.4, y: layout.rowY.sharpen - 0.25, z: 0, style: { color: DIM_TEXT } });
    }
    if (showsNumbers(n)) {
      for (let i = 0; i < n; i++) titles.push({ text: String(i), x: slotX(L, i), y: floorY, z: zEnd, style: { color: DIM_TEXT } });
    }
    p.text.titles.show(titles.length, (i) => titles[i]!);

    // Numbers on the bars (N ≤ 32), from the target frame (they are the numbers being taught).
    const numbers: { text: string; x: number; y: number; z: number; style?: LabelStyle }[] = [];
    if (showsNumbers(n)) {
      const target = display(v);
      for (const { id, stage } of ROWS) {
        if (stageIndex(v.stage) < stage) continue;
        const values = target.rows[id];
        for (let i = 0; i < n; i++) {
          numbers.push({ text: num(values[i] ?? 0), x: slotX(L, i), y: L.rowY[id] + L.barHeight + 0.28, z: 0.3, style: { color: id === activeRow ? ACTIVE : TEXT } });
        }
      }
    }
    p.text.numbers.show(numbers.length, (i) => numbers[i]!);

    // Memory values on the cells when few enough to read.
    const cells: { text: string; x: number; y: number; z: number; style?: LabelStyle }[] = [];
    const memory = display(v).memory;
    if (n * m <= 64) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          const value = memory[i * m + j] ?? 0;
          cells.push({ text: num(value), x: slotX(L, i), y: L.memoryY + Math.max(0, (value / range) * L.memoryHeight) + 0.22, z: cellZ(L, j), style: { color: TEXT, background: 'rgba(10,14,22,0.72)' } });
        }
      }
    }
    p.text.memoryNumbers.show(cells.length, (i) => cells[i]!);

    // Numbers of k, r, e, a (M ≤ 8).
    const vec: { text: string; x: number; y: number; z: number; style?: LabelStyle }[] = [];
    if (m <= 8) {
      const t = display(v);
      const cols: [number, number[], boolean][] = [
        [L.keyX, t.key, true],
        [L.readX, t.read, stageIndex(v.stage) >= 4 && v.role !== 'write'],
        [L.eraseX, t.erase, v.stage === 'write' && v.role !== 'read' && v.writeMode === 'erase-add'],
        [L.addX, t.add, v.stage === 'write' && v.role !== 'read'],
      ];
      for (const [x, values, on] of cols) {
        if (!on) continue;
        for (let j = 0; j < m; j++) {
          const value = values[j] ?? 0;
          vec.push({ text: num(value), x, y: L.memoryY + Math.max(0, (value / range) * L.memoryHeight) + 0.22, z: cellZ(L, j), style: { color: TEXT, background: 'rgba(10,14,22,0.72)' } });
        }
      }
    }
    p.text.vectorNumbers.show(vec.length, (i) => vec[i]!);

    // The step and stage, drawn into the picture so recordings carry it.
    const steps = input.trace.steps;
    const banner = format(msg.playback.frameLabel, { step: v.step + 1, steps, stage: msg.ntm.stages[v.stage] });
    p.text.banner.show(1, () => ({ text: banner, x: L.bounds.min[0] + 0.2, y: L.rowY.content + 1.75, z: 0, style: { color: ACTIVE, bold: true, align: 'left' } }));
  }

  function framing(trace: Trace, frame: number): CameraPose {
    const f = trace.frames[frame];
    const v = f ? cachedView(f) : null;
    const L = v ? ntmLayout(v.n, v.m, trace.steps > 1) : layout;
    const [x0, y0, z0] = L.bounds.min;
    const [x1, y1, z1] = L.bounds.max;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const cz = (z0 + z1) / 2;
    // Fit the board at a 16:9 aspect with a 36° vertical field of view, from slightly above.
    const halfH = (y1 - y0) / 2 + 0.4;
    const halfW = (x1 - x0) / 2 + 0.4;
    const tan = Math.tan((36 * Math.PI) / 360);
    const dist = Math.max(halfH / tan, halfW / (tan * (16 / 9))) + (z1 - z0) * 0.5;
    const s = v ? stageIndex(v.stage) : 0;
    const lift = s >= 4 ? -0.4 : 0.2;
    return { position: [cx, cy + dist * 0.22 + lift, cz + dist], target: [cx, cy + lift, cz * 0.5] };
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
      root.clear();
      barMaterial.dispose();
      beamMaterial.dispose();
      plateMaterial.dispose();
      activeMaterial.dispose();
    },
  };
}

/** The stages in order (re-exported for the chapter). */
export const STAGES = NTM_STAGES;
