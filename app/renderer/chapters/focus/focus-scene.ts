/**
 * The focus scene (three.js), the lecture's "Definición": for an image, three panels side by side, the object x
 * (the night sky), the mask m (the sequential colour map) and x ⊙ m, with ⊙ and = between them and the spot's
 * rim drawn on the first two (drag it: see focus-pointer.ts); for a text, the words, the attention vector as
 * bars under them and the words again, each as bright as its product. Each stage lights its panel or row; the
 * others stay dim. A pure function of (trace, frame, fromFrame, progress, language).
 */
import * as THREE from 'three/webgpu';
import type { FocusFrameData, FocusStage, FocusTrace } from '#core/models/attention/focus-scenario.ts';
import { formatNumber, type Language } from '#app/shared/i18n/i18n.ts';
import { Boxes } from '../../scene/boxes.ts';
import { weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { DARK_THEME, type Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import { UNIT_PLANE } from '../../scene/units.ts';
import type { CameraPose, ChapterScene, SceneInput, ScenePointerEvent, ScenePointerResult } from '../chapter.ts';
import { imageLayout, panelAt, textBounds, wordX, TEXT_ROWS, WORD_STEP, type ImageLayout } from './focus-layout.ts';
import { shownTokens, type FocusFrame } from './focus-narration.ts';
import { gestureEdit, startGesture, type Gesture, type GestureTarget } from './focus-pointer.ts';
import { focusImageLabels, focusTextLabels, greyPixels, maskPixels, mixedLight } from './focus-view.ts';

export { greyPixels, maskPixels, mixedLight, stageLight } from './focus-view.ts';

const RIM = DARK_THEME.read;

/** What the focus scene draws from. */
type FocusInput = SceneInput<FocusStage, FocusFrameData>;

/** One image panel: a textured plane whose pixels follow an array. */
class ImagePanel {
  readonly mesh: THREE.Mesh;
  private readonly material = new THREE.MeshBasicMaterial({ color: 0xffffff });
  private texture: THREE.DataTexture | null = null;
  /** The texture's RGBA bytes, repainted in place while the size stays. */
  private pixels: Uint8Array | null = null;
  private source: ArrayLike<number> | null = null;
  constructor(
    name: string,
    private readonly paint: (v: ArrayLike<number>, w: number, h: number, out?: Uint8Array) => Uint8Array,
  ) {
    this.mesh = new THREE.Mesh(UNIT_PLANE, this.material);
    this.mesh.name = name;
  }
  show(values: ArrayLike<number>, width: number, height: number, L: ImageLayout, k: number, light: number): void {
    if (this.source !== values) {
      const t = this.texture;
      if (!t || !this.pixels || t.image.width !== width || t.image.height !== height) {
        t?.dispose();
        this.pixels = this.paint(values, width, height);
        const tex = new THREE.DataTexture(this.pixels, width, height, THREE.RGBAFormat, THREE.UnsignedByteType);
        tex.colorSpace = THREE.SRGBColorSpace;
        tex.magFilter = THREE.LinearFilter;
        tex.minFilter = THREE.LinearFilter;
        tex.generateMipmaps = false;
        tex.needsUpdate = true;
        this.texture = tex;
        this.material.map = tex;
        this.material.needsUpdate = true;
      } else {
        this.paint(values, width, height, this.pixels);
        t.needsUpdate = true;
      }
      this.source = values;
    }
    this.mesh.scale.set(L.panelW, L.panelH, 1);
    this.mesh.position.set(L.centers[k]!, L.centersY[k]!, 0);
    this.material.color.setScalar(light);
  }
  dispose(): void {
    this.texture?.dispose();
    this.material.dispose();
  }
}

/** Builds the focus scene. */
export function createFocusScene(factory: LabelFactory): ChapterScene<FocusStage, FocusFrameData> {
  const root = new THREE.Group();
  root.name = 'focus';
  const imageGroup = new THREE.Group();
  const textGroup = new THREE.Group();
  root.add(imageGroup, textGroup);

  const panels = [new ImagePanel('object', greyPixels), new ImagePanel('mask', maskPixels), new ImagePanel('product', greyPixels)];
  const frameMaterial = new THREE.MeshBasicMaterial({ color: 0x3a4660 });
  const frames = panels.map(() => new THREE.Mesh(UNIT_PLANE, frameMaterial));
  frames.forEach((f) => (f.position.z = -0.02));
  const rimMaterial = new THREE.MeshBasicMaterial({ color: new THREE.Color(RIM), transparent: true, depthWrite: false });
  const rims = [0, 1].map(() => new THREE.Mesh(new THREE.RingGeometry(0.96, 1, 96), rimMaterial));
  rims.forEach((r) => (r.position.z = 0.03));
  imageGroup.add(...frames, ...panels.map((p) => p.mesh), ...rims);

  const flat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const glow = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });
  const MAX_WORDS = 64;
  const bars = new Boxes(MAX_WORDS, flat, 'bars', { anchor: 'base', floor: 0.001 });
  const plates = new Boxes(MAX_WORDS, glow, 'plates', { anchor: 'centre', paint: 'glow' });
  textGroup.add(plates.mesh, bars.mesh);
  const labels = new LabelPool(factory, { z: 0.3 });
  root.add(labels.group);

  let rimScale = 1;
  let target: GestureTarget = { width: 1, height: 1, spot: null };
  let layout: ImageLayout = imageLayout(16, 9);
  let gesture: Gesture | null = null;
  let gesturePanel = 1;
  let gestureBase: { center?: readonly number[]; strokes?: readonly number[] } = {};

  /** Places instance k of `boxes` (highlight plates glow) painted in the input's theme. */
  const put = (boxes: Boxes, k: number, x: number, y: number, z: number, w: number, h: number, d: number, c: Rgb, gain = 1) =>
    boxes.place(k, x, y, z, w, h, d, c, theme, gain);

  // The theme of the input being drawn (set first thing in update).
  let theme: Theme = DARK_THEME;

  function update(input: FocusInput): void {
    theme = input.theme;
    applyGlowBlending(glow, theme);
    const f = input.trace.frames[input.frame];
    if (!f) {
      root.visible = false;
      return;
    }
    root.visible = true;
    const from = input.trace.frames[input.fromFrame] ?? f;
    const light = mixedLight(from.stage, f.stage, input.progress);
    if (f.data.kind === 'image') drawImage(f, light, input.language);
    else drawText(f, light, input.language);
  }

  function drawImage(f: FocusFrame, light: [number, number, number], language: Language): void {
    imageGroup.visible = true;
    textGroup.visible = false;
    const d = f.data;
    const L = imageLayout(d.width, d.height);
    layout = L;
    target = { width: d.width, height: d.height, spot: d.spot ?? null };
    const arrays = [d.object, d.mask, d.product];
    panels.forEach((p, k) => p.show(arrays[k]!, d.width, d.height, L, k, 0.25 + 0.75 * light[k]!));
    frames.forEach((fr, k) => {
      fr.scale.set(L.panelW + 0.16, L.panelH + 0.16, 1);
      fr.position.set(L.centers[k]!, L.centersY[k]!, -0.02);
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
      r.position.set(L.centers[k]! - L.panelW / 2 + d.spot.x * L.panelW, L.centersY[k]! + L.panelH / 2 - d.spot.y * L.panelH, 0.03);
    });
    if (d.spot) rimScale = (d.spot.radius * short * L.panelW) / d.width;
    rimMaterial.opacity = 0.55 + 0.45 * light[1];

    labels.show(focusImageLabels(f, L, light, language), theme);
  }

  function drawText(f: FocusFrame, light: [number, number, number], language: Language): void {
    imageGroup.visible = false;
    textGroup.visible = true;
    const d = f.data;
    const n = d.width;
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
    bars.commit();
    plates.commit();
    labels.show(focusTextLabels(f, light, language), theme);
  }

  function framing(trace: FocusTrace, frame: number, aspect: number): CameraPose {
    const d = trace.frames[frame]?.data;
    const b = !d || d.kind === 'image' ? imageLayout(d?.width ?? 16, d?.height ?? 9).bounds : textBounds(d.width);
    // Straight on: the panels are images, and the spot is dragged on them.
    return fitBoard(b, aspect, { direction: [0, 0, 1] });
  }

  const plane = new THREE.Plane(new THREE.Vector3(0, 0, 1), 0);
  const hit = new THREE.Vector3();

  function pointer(event: ScenePointerEvent, input: FocusInput): ScenePointerResult | null {
    const f = input.trace.frames[input.frame];
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

  function hoverText(h: THREE.Intersection, input: FocusInput): string | null {
    const f = input.trace.frames[input.frame];
    if (!f || h.instanceId === undefined || f.data.kind !== 'text') return null;
    const i = h.instanceId;
    const n = (x: number) => formatNumber(input.language, x, 3);
    return `${shownTokens(f.data, input.language)[i] ?? ''}: x = ${n(f.data.object[i]!)}, a = ${n(f.data.mask[i]!)}, x·a = ${n(f.data.product[i]!)}`;
  }

  return {
    root,
    update,
    framing,
    hoverText,
    pointer,
    dispose() {
      bars.dispose();
      plates.dispose();
      disposeScene(root, [...panels, frameMaterial, rimMaterial, flat, glow]);
    },
  };
}
