/**
 * The default camera of every chapter: the whole board in view, every corner of its bounds projected inside the
 * frame with a thin margin, and no closer than needed, so the board fills the view whatever its aspect. Found by
 * bisection on the distance along the viewing direction, so it holds for oblique views too (the NTM's and the
 * ACT's, seen a little from the right and above), not only for boards seen straight on.
 */
import * as THREE from 'three/webgpu';
import type { CameraPose } from '../chapters/chapter.ts';

/** The vertical field of view of the app's camera (scene/view.ts), degrees. */
export const VIEW_FOV = 36;

/** Bounds of a board, world units (z defaults to 0: a flat board). */
export interface BoardBounds {
  readonly min: readonly [number, number, number?];
  readonly max: readonly [number, number, number?];
}

/** How {@link fitBoard} looks at the board. */
export interface FitOptions {
  /** From the board towards the camera (need not be unit length; default straight on, a touch from above). */
  readonly direction?: readonly [number, number, number];
  /** Largest |x| and |y| of a corner in normalised device coordinates: one number for both, or [x, y] (default 0.975). */
  readonly margin?: number | readonly [number, number];
  /** The point looked at (default the centre of the bounds). */
  readonly target?: readonly [number, number, number];
  /** Bands at the top and bottom of the view kept clear of the board (fractions of its height; default {@link reserveViewBands}'). */
  readonly reserve?: ViewBands;
}

/** Bands of the view's height, as fractions from 0 to 1. */
export interface ViewBands {
  readonly top: number;
  readonly bottom: number;
}

let reservedBands: ViewBands = { top: 0, bottom: 0 };

/**
 * Keeps bands of the view clear of the board in every chapter's framing (the full-screen lecture's caption and
 * narration are overlaid on the view: README "Giving a lecture"); 0 and 0 gives the whole view back.
 */
export function reserveViewBands(bands: ViewBands): void {
  const clamp = (x: number) => (Number.isFinite(x) ? Math.min(Math.max(x, 0), 0.45) : 0);
  reservedBands = { top: clamp(bands.top), bottom: clamp(bands.bottom) };
}

/** Bounds [x0, y0, x1, y1] of a flat board as {@link BoardBounds}. */
export function flatBounds([x0, y0, x1, y1]: readonly [number, number, number, number]): BoardBounds {
  return { min: [x0, y0, 0], max: [x1, y1, 0] };
}

/** The pose that shows every corner of `bounds` at this view aspect, the board as large as the margins allow. */
export function fitBoard(bounds: BoardBounds, aspect: number, options: FitOptions = {}): CameraPose {
  const [x0, y0, z0 = 0] = bounds.min;
  const [x1, y1, z1 = 0] = bounds.max;
  const [mx, my] = typeof options.margin === 'number' ? [options.margin, options.margin] : (options.margin ?? [0.975, 0.975]);
  const target = options.target ? new THREE.Vector3(...options.target) : new THREE.Vector3((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
  const dir = new THREE.Vector3(...(options.direction ?? [0, 0.04, 1])).normalize();
  const camera = new THREE.PerspectiveCamera(VIEW_FOV, Math.max(0.2, aspect || 16 / 9), 0.1, 1000);
  // A reserved band: the board goes in the free part, centred there (NDC y from −1 + 2·bottom to 1 − 2·top), by
  // sliding the camera along its up axis by a distance proportional to its distance from the board.
  const { top, bottom } = options.reserve ?? reservedBands;
  const centreY = bottom - top;
  const halfY = my * (1 - top - bottom);
  camera.position.copy(target).add(dir);
  camera.lookAt(target);
  camera.updateMatrixWorld(true);
  const up = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 1);
  const slide = -centreY * Math.tan(THREE.MathUtils.degToRad(VIEW_FOV / 2));
  const looked = new THREE.Vector3();
  const corners: THREE.Vector3[] = [];
  for (const x of [x0, x1]) for (const y of [y0, y1]) for (const z of [z0, z1]) corners.push(new THREE.Vector3(x, y, z));
  const p = new THREE.Vector3();
  const fits = (dist: number) => {
    looked.copy(target).addScaledVector(up, slide * dist);
    camera.position.copy(looked).addScaledVector(dir, dist);
    camera.lookAt(looked);
    camera.updateMatrixWorld(true);
    return corners.every((c) => {
      p.copy(c).project(camera);
      return p.z < 1 && Math.abs(p.x) <= mx && Math.abs(p.y - centreY) <= halfY;
    });
  };
  let lo = 0.5;
  let hi = 800;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  const at = target.clone().addScaledVector(up, slide * hi);
  const position = at.clone().addScaledVector(dir, hi);
  return { position: [position.x, position.y, position.z], target: [at.x, at.y, at.z] };
}
