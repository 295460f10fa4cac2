/**
 * The focus scene (three.js), the lecture's "Definición": for an image, three panels side by side, the object x
 * (the night sky), the mask m (the sequential colour map) and x ⊙ m, with ⊙ and = between them and the spot's
 * rim drawn on the first two (drag it: see focus-pointer.ts); for a text, the words, the attention vector as
 * bars under them and the words again, each as bright as its product. Each stage lights its panel or row; the
 * others stay dim. A pure function of (trace, frame, fromFrame, progress, language).
 */
import * as THREE from 'three/webgpu';
import type { FocusFrameData } from '../../../../core/models/attention/focus-scenario.ts';
import type { Trace } from '../../../../core/trace/trace.ts';
import { format, formatNumber, messages, type Language } from '../../../shared/i18n/i18n.ts';
import { cssColor, weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool, type Label } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { DARK_THEME, glowRgb, paintRgb, type Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import type { CameraPose, ChapterScene, SceneInput, ScenePointerEvent, ScenePointerResult } from '../chapter.ts';
import { FOCUS_LABELS, imageLayout, panelAt, textBounds, wordX, TEXT_ROWS, WORD_STEP, type ImageLayout } from './focus-layout.ts';
import type { FocusFrame } from './focus-narration.ts';
import { gestureEdit, startGesture, type Gesture, type GestureTarget } from './focus-pointer.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const RIM = DARK_THEME.read;
const STAGES = ['object', 'mask', 'product'] as const;

/** How lit each of the three parts is at a stage: the current and earlier ones fully, later ones dim. */
export function stageLight(stage: string): [number, number, number] {
  const s = Math.max(0, STAGES.indexOf(stage as (typeof STAGES)[number]));
  return [0, 1, 2].map((k) => (k <= s ? 1 : 0.16)) as [number, number, number];
}

/** The lights of the parts during a transition from one stage to another. */
export function mixedLight(from: string, to: string, progress: number): [number, number, number] {
  const a = stageLight(from);
  const b = stageLight(to);
  return [0, 1, 2].map((k) => a[k]! + (b[k]! - a[k]!) * progress) as [number, number, number];
}

/** RGBA8 pixels of a grey image (rows flipped: a DataTexture's first row is at the bottom). */
export function greyPixels(values: ArrayLike<number>, width: number, height: number, out?: Uint8Array): Uint8Array {
  const data = out ?? new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = Math.round(255 * Math.min(1, Math.max(0, values[y * width + x]!)));
      const o = ((height - 1 - y) * width + x) * 4;
      data[o] = v;
      data[o + 1] = v;
      data[o + 2] = v;
      data[o + 3] = 255;
    }
  }
  return data;
}

/** RGBA8 pixels of a mask in the sequential colour map (rows flipped). */
export function maskPixels(values: ArrayLike<number>, width: number, height: number, out?: Uint8Array): Uint8Array {
  const data = out ?? new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = weightColor(values[y * width + x]!);
      const o = ((height - 1 - y) * width + x) * 4;
      data[o] = Math.round(255 * c[0]);
      data[o + 1] = Math.round(255 * c[1]);
      data[o + 2] = Math.round(255 * c[2]);
      data[o + 3] = 255;
    }
  }
  return data;
}

/** One image panel: a textured plane whose pixels follow an array. */
class ImagePanel {
  readonly mesh: THREE.Mesh;
  private readonly material = new THREE.MeshBasicMaterial({ color: 0xffffff });
  private texture: THREE.DataTexture | null = null;
  private source: ArrayLike<number> | null = null;
  constructor(
    name: string,
    private readonly paint: (v: ArrayLike<number>, w: number, h: number, out?: Uint8Array) => Uint8Array,
  ) {
    this.mesh = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), this.material);
    this.mesh.name = name;
  }
  show(values: ArrayLike<number>, width: number, height: number, L: ImageLayout, x: number, light: number): void {
    if (this.source !== values) {
      const t = this.texture;
      if (!t || t.image.width !== width || t.image.height !== height) {
        t?.dispose();
        const tex = new THREE.DataTexture(this.paint(values, width, height), width, height, THREE.RGBAFormat, THREE.UnsignedByteType);
        tex.colorSpace = THREE.SRGBColorSpace;
        tex.magFilter = THREE.LinearFilter;
        tex.minFilter = THREE.LinearFilter;
        tex.generateMipmaps = false;
        tex.needsUpdate = true;
        this.texture = tex;
        this.material.map = tex;
        this.material.needsUpdate = true;
      } else {
        this.paint(values, width, height, t.image.data as Uint8Array);
        t.needsUpdate = true;
      }
      this.source = values;
    }
    this.mesh.scale.set(L.panelW, L.panelH, 1);
    this.mesh.position.set(x, 0, 0);
    this.material.color.setScalar(light);
  }
  dispose(): void {
    this.texture?.dispose();
    this.material.dispose();
    this.mesh.geometry.dispose();
  }
}

/** Builds the focus scene. */
export function createFocusScene(factory: LabelFactory): ChapterScene {
  const root = new THREE.Group();
  root.name = 'focus';
  const imageGroup = new THREE.Group();
  const textGroup = new THREE.Group();
  root.add(imageGroup, textGroup);

  const panels = [new ImagePanel('object', greyPixels), new ImagePanel('mask', maskPixels), new ImagePanel('product', greyPixels)];
  const frameMaterial = new THREE.MeshBasicMaterial({ color: 0x3a4660 });
  const frames = panels.map(() => new THREE.Mesh(new THREE.PlaneGeometry(1, 1), frameMaterial));
  frames.forEach((f) => (f.position.z = -0.02));
  const rimMaterial = new THREE.MeshBasicMaterial({ color: new THREE.Color(RIM), transparent: true, depthWrite: false });
  const rims = [0, 1].map(() => new THREE.Mesh(new THREE.RingGeometry(0.96, 1, 96), rimMaterial));
  rims.forEach((r) => (r.position.z = 0.03));
  imageGroup.add(...frames, ...panels.map((p) => p.mesh), ...rims);

  const flat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const glow = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });
  const MAX_WORDS = 64;
  const bars = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0), flat, MAX_WORDS);
  bars.name = 'bars';
  const plates = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1), glow, MAX_WORDS);
  plates.name = 'plates';
  for (const m of [bars, plates]) {
    m.frustumCulled = false;
    m.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
    m.setColorAt(0, new THREE.Color(0, 0, 0));
  }
  textGroup.add(plates, bars);
  const labels = new LabelPool(factory, { z: 0.3 });
  root.add(labels.group);

  let rimScale = 1;
  let target: GestureTarget = { width: 1, height: 1, spot: null };
  let layout: ImageLayout = imageLayout(16, 9);
  let gesture: Gesture | null = null;
  let gesturePanel = 1;
  let gestureBase: { center?: readonly number[]; strokes?: readonly number[] } = {};

  const _m = new THREE.Matrix4();
  const _q = new THREE.Quaternion();
  const _p = new THREE.Vector3();
  const _s = new THREE.Vector3();
  const _c = new THREE.Color();
  const put = (mesh: THREE.InstancedMesh, k: number, x: number, y: number, z: number, w: number, h: number, d: number, c: Rgb, gain = 1) => {
    _m.compose(_p.set(x, y, z), _q.identity(), _s.set(w, Math.max(h, 0.001), d));
    mesh.setMatrixAt(k, _m);
    // The glow material's instances (highlight plates) take the theme's glow colour.
    const g = mesh.material === glow ? glowRgb(theme, c, gain) : paintRgb(theme, c, gain);
    mesh.setColorAt(k, _c.setRGB(g[0], g[1], g[2], THREE.SRGBColorSpace));
  };

  // The theme of the input being drawn (set first thing in update).
  let theme: Theme = DARK_THEME;

  function update(input: SceneInput): void {
    theme = input.theme;
    applyGlowBlending(glow, theme);
    const f = input.trace.frames[input.frame] as FocusFrame | undefined;
    if (!f) {
      root.visible = false;
      return;
    }
    root.visible = true;
    const from = (input.trace.frames[input.fromFrame] as FocusFrame | undefined) ?? f;
    const light = mixedLight(from.stage, f.stage, input.progress);
    if (f.data.kind === 'image') drawImage(f, light, input.language);
    else drawText(f, light, input.language);
  }

  function banner(f: FocusFrame, language: Language, x: number, y: number): Label {
    const msg = messages(language);
    const text = format(msg.playback.frameLabel, { step: f.step + 1, steps: 1, stage: msg.focus.stages[f.stage] });
    return { text, x, y, height: FOCUS_LABELS.banner, style: { color: ACTIVE, bold: true, align: 'left' } };
  }

  function drawImage(f: FocusFrame, light: [number, number, number], language: Language): void {
    imageGroup.visible = true;
    textGroup.visible = false;
    const d = f.data;
    const L = imageLayout(d.width, d.height);
    layout = L;
    target = { width: d.width, height: d.height, spot: d.spot ?? null };
    const arrays = [d.object, d.mask, d.product];
    panels.forEach((p, k) => p.show(arrays[k]!, d.width, d.height, L, L.centers[k]!, 0.25 + 0.75 * light[k]!));
    frames.forEach((fr, k) => {
      fr.scale.set(L.panelW + 0.16, L.panelH + 0.16, 1);
      fr.position.set(L.centers[k]!, 0, -0.02);
    });
    // The spot's rim (radius in units of the shorter side) on the object and the mask.
    const short = Math.min(d.width, d.height);
    rims.forEach((r, k) => {
      r.visible = !!d.spot && d.spot.radius > 0;
      if (!d.spot) return;
      const radius = (d.spot.radius * short * L.panelW) / d.width;
      if (Math.abs(radius - rimScale) > 1e-9) {
        r.geometry.dispose();
        r.geometry = new THREE.RingGeometry(Math.max(0, radius - 0.05), radius + 0.05, 96);
      }
      r.position.set(L.centers[k]! - L.panelW / 2 + d.spot.x * L.panelW, L.panelH / 2 - d.spot.y * L.panelH, 0.03);
    });
    if (d.spot) rimScale = (d.spot.radius * short * L.panelW) / d.width;
    rimMaterial.opacity = 0.55 + 0.45 * light[1];

    const msg = messages(language).focus;
    const top = L.panelH / 2 + 0.6;
    const out: Label[] = [banner(f, language, L.bounds.min[0], L.panelH / 2 + 1.75)];
    const names = [msg.labels.object, d.spot ? msg.labels.mask : msg.labels.painted, msg.labels.product];
    names.forEach((text, k) => out.push({ text, x: L.centers[k]!, y: top, height: FOCUS_LABELS.panelName, style: { color: light[k]! > 0.9 ? (STAGES.indexOf(f.stage) === k ? ACTIVE : TEXT) : DIM_TEXT, bold: true } }));
    out.push({ text: '⊙', x: (L.centers[0] + L.centers[1]) / 2, y: 0, height: FOCUS_LABELS.sign, style: { color: light[1]! > 0.9 ? TEXT : DIM_TEXT, bold: true } });
    out.push({ text: '=', x: (L.centers[1] + L.centers[2]) / 2, y: 0, height: FOCUS_LABELS.sign, style: { color: light[2]! > 0.9 ? TEXT : DIM_TEXT, bold: true } });
    if (d.spot) {
      const n = (x: number) => formatNumber(language, x, 2);
      out.push({ text: format(msg.labels.spot, { x: n(d.spot.x), y: n(d.spot.y), radius: n(d.spot.radius) }), x: L.centers[1], y: -L.panelH / 2 - 0.6, height: FOCUS_LABELS.spot, style: { color: RIM, bold: true } });
    }
    out.push({ text: msg.labels.hint, x: 0, y: -L.panelH / 2 - 1.45, height: FOCUS_LABELS.hint, style: { color: DIM_TEXT } });
    labels.show(out, theme);
  }

  function drawText(f: FocusFrame, light: [number, number, number], language: Language): void {
    imageGroup.visible = false;
    textGroup.visible = true;
    const d = f.data;
    const n = d.width;
    const tokens = d.tokens ?? [];
    const msg = messages(language).focus;
    const maxProduct = Math.max(1e-9, ...Array.from(d.product, Math.abs));
    for (let i = 0; i < MAX_WORDS; i++) {
      if (i >= n) {
        put(bars, i, 0, -100, 0, 0, 0, 0, [0, 0, 0]);
        put(plates, i, 0, -100, 0, 0, 0, 0, [0, 0, 0]);
        continue;
      }
      const a = d.mask[i]!;
      put(bars, i, wordX(i, n), TEXT_ROWS.barBase, 0, WORD_STEP * 0.5, a * TEXT_ROWS.barH, 0.4, weightColor(a), 0.3 + 0.7 * light[1]);
      const p = Math.abs(d.product[i]!) / maxProduct;
      put(plates, i, wordX(i, n), TEXT_ROWS.product, -0.1, WORD_STEP * 0.92, 1.1, 0.02, [1, 0.85, 0.3], 0.45 * p * light[2]);
    }
    for (const m of [bars, plates]) {
      m.instanceMatrix.needsUpdate = true;
      if (m.instanceColor) m.instanceColor.needsUpdate = true;
    }
    const b = textBounds(n);
    const out: Label[] = [banner(f, language, b.min[0], b.max[1] - 0.4)];
    const rowLabel = (text: string, y: number, on: number) => out.push({ text, x: b.min[0], y, height: FOCUS_LABELS.rowName, style: { color: on > 0.9 ? TEXT : DIM_TEXT, bold: true, align: 'left' } });
    rowLabel(msg.labels.words, TEXT_ROWS.words + 0.75, light[0]);
    rowLabel(msg.labels.vector, TEXT_ROWS.barBase + TEXT_ROWS.barH + 0.05, light[1]);
    rowLabel(msg.labels.emphasis, TEXT_ROWS.product - 0.95, light[2]);
    tokens.forEach((t, i) => {
      const x = wordX(i, n);
      out.push({ text: t, x, y: TEXT_ROWS.words, height: FOCUS_LABELS.word, style: { color: light[0] > 0.9 ? TEXT : DIM_TEXT, bold: true } });
      const a = d.mask[i]!;
      out.push({ text: formatNumber(language, a, 2), x, y: TEXT_ROWS.barBase + a * TEXT_ROWS.barH + 0.35, z: 0.5, height: FOCUS_LABELS.number, style: { color: light[1] > 0.9 ? TEXT : DIM_TEXT, bold: true } });
      // The product: each word as bright and as large as x_i a_i.
      const p = Math.min(1, Math.abs(d.product[i]!) / maxProduct);
      const shown = light[2] > 0.5;
      const c = shown ? cssColor([0.25 + 0.75 * p, 0.27 + 0.73 * p, 0.33 + 0.62 * p]) : DIM_TEXT;
      out.push({ text: t, x, y: TEXT_ROWS.product, z: 0.3, height: shown ? 0.55 + 0.45 * p : 0.65, style: { color: c, bold: p > 0.5 } });
      if (shown) out.push({ text: formatNumber(language, d.product[i]!, 2), x, y: TEXT_ROWS.product - 0.95, height: FOCUS_LABELS.productNumber, style: { color: DIM_TEXT } });
    });
    labels.show(out, theme);
  }

  function framing(trace: Trace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame] as FocusFrame | undefined;
    const d = f?.data as FocusFrameData | undefined;
    const b = !d || d.kind === 'image' ? imageLayout(d?.width ?? 16, d?.height ?? 9).bounds : textBounds(d.width);
    // Straight on: the panels are images, and the spot is dragged on them.
    return fitBoard(b, aspect, { direction: [0, 0, 1] });
  }

  const plane = new THREE.Plane(new THREE.Vector3(0, 0, 1), 0);
  const hit = new THREE.Vector3();

  function pointer(event: ScenePointerEvent, input: SceneInput): ScenePointerResult | null {
    const f = input.trace.frames[input.frame] as FocusFrame | undefined;
    if (!f || f.data.kind !== 'image') return null;
    if (event.phase === 'up') {
      gesture = null;
      return { capture: false };
    }
    if (!event.ray.intersectPlane(plane, hit)) return null;
    // A gesture stays on the panel it began on (its coordinates continue past the panel's edges).
    const at = event.phase === 'down' ? panelAt(layout, hit.x, hit.y, 0.2) : panelAt(layout, hit.x, hit.y, 1e9, gesturePanel);
    if (!at) return null;
    if (event.phase === 'down') {
      gesturePanel = at.panel;
      gesture = startGesture(target, at.u, at.v, event);
      gestureBase = {};
      return { capture: true, ...(gesture.mode === 'paint' ? { edit: gestureEdit(gesture, target, at.u, at.v, gestureBase) } : {}) };
    }
    if (!gesture) return null;
    return { capture: true, edit: gestureEdit(gesture, target, at.u, at.v, gestureBase) };
  }

  function hoverText(h: THREE.Intersection, input: SceneInput): string | null {
    const f = input.trace.frames[input.frame] as FocusFrame | undefined;
    if (!f || h.instanceId === undefined || f.data.kind !== 'text') return null;
    const i = h.instanceId;
    const n = (x: number) => formatNumber(input.language, x, 3);
    return `${f.data.tokens?.[i] ?? ''}: x = ${n(f.data.object[i]!)}, a = ${n(f.data.mask[i]!)}, x·a = ${n(f.data.product[i]!)}`;
  }

  return {
    root,
    update,
    framing,
    hoverText,
    pointer,
    dispose() {
      disposeScene(root, [...panels, frameMaterial, rimMaterial, flat, glow]);
    },
  };
}
