/**
 * How large a label sprite comes out on screen: the projected height, in CSS pixels, of the text of a label
 * (scene/label-pool.ts) seen by a camera pose at a view size. Sprites face the camera, so a sprite of world height
 * H at depth d (along the viewing direction) is H · f / d pixels tall, with f = viewHeight / (2 tan(fov / 2)).
 * The text's font size is the sprite's height over the text sprite's line box (scene/text-sprite.ts draws a
 * canvas 1.3 font sizes tall, 1.5 with a background panel). Used by tests that hold the lecture-hall rule
 * "numbers in the view are at least 22 px tall at 1080p" against the chapters' layouts and camera framing.
 */
import * as THREE from 'three/webgpu';
import type { CameraPose } from '../chapters/chapter.ts';
import { VIEW_FOV } from './fit-board.ts';

/** A view's size in CSS pixels. */
export interface ViewSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The 3D view's size in the app window at the lecture sizes (measured in Chromium: e2e/hall-ntm-act.spec.ts
 * checks these against the page): at 1920×1080 the view is 1400×911, at 1024×768 it is 635×594.
 */
export const LECTURE_VIEWS = {
  '1920x1080': { width: 1400, height: 911 },
  '1024x768': { width: 635, height: 594 },
} as const satisfies Record<string, ViewSize>;

/** The smallest font size (CSS px) of a number in the view at 1080p, for a lecture hall. */
export const MIN_LECTURE_TEXT_PX = 22;

/** Sprite height over font size of a label (text-sprite.ts: the canvas is 1.3 font sizes tall, 1.5 with a panel). */
export function labelLineBox(background: boolean): number {
  return background ? 1.5 : 1.3;
}

/** Pixels per world unit, on screen, at a world point seen from `pose` in a view of `view` pixels. */
export function pixelsPerUnit(pose: CameraPose, view: ViewSize, point: readonly [number, number, number]): number {
  const eye = new THREE.Vector3(...pose.position);
  const forward = new THREE.Vector3(...pose.target).sub(eye).normalize();
  const depth = new THREE.Vector3(...point).sub(eye).dot(forward);
  if (depth <= 0) return 0;
  const focal = view.height / (2 * Math.tan(THREE.MathUtils.degToRad(VIEW_FOV) / 2));
  return focal / depth;
}

/** A label as far as its size on screen goes: where it stands, its world height, whether it has a panel. */
export interface SizedLabel {
  readonly x: number;
  readonly y: number;
  readonly z?: number;
  readonly height: number;
  readonly background: boolean;
}

/** The font size (CSS px) a label's text is drawn at on screen. */
export function labelFontPx(pose: CameraPose, view: ViewSize, label: SizedLabel): number {
  return (label.height * pixelsPerUnit(pose, view, [label.x, label.y, label.z ?? 0])) / labelLineBox(label.background);
}

/** Advance widths (em) of DejaVu Sans, the labels' first font, for the characters numbers are written with. */
const ADVANCE_EM: Readonly<Record<string, number>> = { ',': 0.318, '.': 0.318, '−': 0.838, '-': 0.361, ' ': 0.318 };
/** Digits are 0.636 em; other characters are taken as 0.7 em (a generous average). */
function advanceEm(ch: string): number {
  return /\d/.test(ch) ? 0.636 : (ADVANCE_EM[ch] ?? 0.7);
}

/**
 * The world width of a label's sprite (text-sprite.ts: the text's advance plus 0.3 em of padding each side with a
 * panel, 0.08 em without), estimated from DejaVu Sans's advance widths; `glyphs` leaves the padding out.
 */
export function labelWorldWidth(text: string, height: number, background: boolean, glyphs = false): number {
  const em = height / labelLineBox(background);
  const advance = Array.from(text).reduce((w, ch) => w + advanceEm(ch), 0);
  return em * (advance + (glyphs ? 0 : 2 * (background ? 0.3 : 0.08)));
}
