/**
 * The labels a chapter's scene draws, as a lecturer's screen shows them (for tests): runs a chapter's scene on
 * every frame of a preset with a label factory that lays text out like text-sprite.ts (same subscript runs,
 * padding and panel, widths from the DejaVu font files), frames each frame with the scene's own camera for a view
 * of a given size in px, and gives each visible label's text, its font size in px and its box on screen.
 */
import * as THREE from 'three/webgpu';
import { createGpuBackend } from '#core/gpu/common/backend.ts';
import type { Language } from '#app/shared/i18n/i18n.ts';
import type { AnyChapter } from '../chapter.ts';
import { VIEW_FOV } from '../../scene/fit-board.ts';
import { LABEL_FONT_PX, labelCanvas, layoutLabel } from '../../scene/label-text.ts';
import type { LabelFactory, LabelStyle } from '../../scene/text-sprite.ts';
import { DARK_THEME, type Theme } from '../../scene/theme.ts';
import { measureDejaVu } from './font-widths.ts';

/** One label on screen: text, font size (px) and box (px, y down, origin top-left of the view). */
export interface ScreenLabel {
  readonly text: string;
  readonly fontPx: number;
  readonly box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  /** Drawn on a background panel (a number over geometry). */
  readonly panel: boolean;
}

/** A label factory that only sizes sprites, as text-sprite.ts would (no canvas). */
function sizingFactory(): Pick<LabelFactory, 'sprite' | 'set'> {
  const set = (s: THREE.Sprite, text: string, style: LabelStyle = {}) => {
    const bold = !!style.bold;
    const width = layoutLabel(text || ' ', LABEL_FONT_PX, (run, px) => measureDejaVu(run, px, bold)).width;
    const c = labelCanvas(width, !!style.background);
    const h = s.userData.labelHeight as number;
    s.scale.set((h * c.width) / c.height, h, 1);
    const align = style.align ?? 'center';
    s.center.set(align === 'left' ? 0 : align === 'right' ? 1 : 0.5, 0.5);
    s.userData.text = text;
    s.userData.fontShare = c.fontShare;
    s.userData.panel = !!style.background;
  };
  return {
    sprite(text, height, style) {
      const s = new THREE.Sprite();
      s.userData.labelHeight = height;
      set(s, text, style);
      return s;
    },
    set,
  };
}

/** Where a sprite lands on a view of `width`×`height` px seen by `camera`. */
function project(s: THREE.Sprite, camera: THREE.PerspectiveCamera, width: number, height: number): ScreenLabel {
  const world = new THREE.Vector3().setFromMatrixPosition(s.matrixWorld);
  const scale = new THREE.Vector3().setFromMatrixScale(s.matrixWorld);
  const depth = -world.clone().applyMatrix4(camera.matrixWorldInverse).z;
  const pxPerUnit = height / 2 / (Math.tan(THREE.MathUtils.degToRad(VIEW_FOV / 2)) * depth);
  const p = world.clone().project(camera);
  const cx = ((p.x + 1) / 2) * width;
  const cy = ((1 - p.y) / 2) * height;
  const w = scale.x * pxPerUnit;
  const h = scale.y * pxPerUnit;
  const x0 = cx - s.center.x * w;
  const y0 = cy - (1 - s.center.y) * h;
  return {
    text: s.userData.text as string,
    fontPx: h * (s.userData.fontShare as number),
    box: { x0, y0, x1: x0 + w, y1: y0 + h },
    panel: s.userData.panel as boolean,
  };
}

/**
 * Scenes draw some boards on 2D canvases (heat maps, the speech waveform); under Node there is no `document`,
 * so give them canvases whose drawing calls do nothing, and images that never load (the speech waveform's
 * texture): the labels are all this harness reads.
 */
function stubCanvases(): void {
  if (typeof (globalThis as { document?: unknown }).document !== 'undefined') return;
  const context: object = new Proxy({}, { get: (_t, key) => (key === 'measureText' ? () => ({ width: 0 }) : () => undefined), set: () => true });
  const canvas = { width: 1, height: 1, style: {}, getContext: () => context };
  const image = () => ({ style: {}, addEventListener: () => undefined, removeEventListener: () => undefined });
  (globalThis as { document?: unknown }).document = { createElement: () => ({ ...canvas }), createElementNS: image };
}

/** Options of {@link sceneLabels}. */
export interface SceneLabelOptions {
  readonly language: Language;
  /** The view's size in px (the 3D view, not the window). */
  readonly view: { readonly width: number; readonly height: number };
  readonly theme?: Theme;
}

/** One frame's labels, and where a world point lands on the same view (px). */
export interface SceneFrameLabels {
  readonly frame: number;
  readonly stage: string;
  readonly labels: ScreenLabel[];
  toScreen(x: number, y: number, z?: number): [number, number];
}

/** Every frame's visible labels of `preset`, as {@link ScreenLabel}s (one list per frame). */
export async function sceneLabels(chapter: AnyChapter, preset: string, options: SceneLabelOptions): Promise<SceneFrameLabels[]> {
  stubCanvases();
  const { trace } = await chapter.compute(chapter.presetParameters(preset), preset, { backend: createGpuBackend() });
  const scene = chapter.createScene(sizingFactory() as LabelFactory);
  const { width, height } = options.view;
  const camera = new THREE.PerspectiveCamera(VIEW_FOV, width / height, 0.1, 1000);
  const frames: SceneFrameLabels[] = [];
  for (let frame = 0; frame < trace.frames.length; frame++) {
    scene.update({ trace, frame, fromFrame: frame, progress: 1, language: options.language, theme: options.theme ?? DARK_THEME });
    const pose = scene.framing(trace, frame, width / height);
    camera.position.set(...pose.position);
    camera.lookAt(...pose.target);
    camera.updateMatrixWorld(true);
    scene.root.updateMatrixWorld(true);
    const labels: ScreenLabel[] = [];
    scene.root.traverseVisible((o) => {
      if (o instanceof THREE.Sprite && typeof o.userData.text === 'string' && o.userData.text !== '') labels.push(project(o, camera, width, height));
    });
    const view = camera.clone();
    const toScreen = (x: number, y: number, z = 0): [number, number] => {
      const p = new THREE.Vector3(x, y, z).project(view);
      return [((p.x + 1) / 2) * width, ((1 - p.y) / 2) * height];
    };
    frames.push({ frame, stage: trace.frames[frame]!.stage, labels, toScreen });
  }
  scene.dispose();
  return frames;
}

/** True when two boxes overlap by more than `slack` px in both directions. */
export function overlaps(a: ScreenLabel['box'], b: ScreenLabel['box'], slack = 1): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > slack && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > slack;
}
