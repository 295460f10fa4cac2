/**
 * The default camera of a flat board (the attention and focus scenes): the whole board in view, every corner of
 * its bounds projected inside the frame with a thin margin, and no closer than needed, so the board fills the
 * view whatever its aspect. The same fit as the NTM's (ntm-scene.ts `fitCamera`), for boards seen almost straight on.
 */
import * as THREE from 'three/webgpu';
import type { CameraPose } from '../chapter.ts';

/** The vertical field of view of the app's camera (scene/view.ts), degrees. */
export const VIEW_FOV = 36;

/** Bounds of a board, world units. */
export interface BoardBounds {
  readonly min: readonly [number, number, number?];
  readonly max: readonly [number, number, number?];
}

/**
 * The pose that shows every corner of `bounds` at this view aspect, looking along `direction` (from the board
 * towards the camera; default straight on, a touch from above), the board as large as the margins allow.
 */
export function fitBoard(bounds: BoardBounds, aspect: number, direction: readonly [number, number, number] = [0, 0.04, 1], margin = 0.975): CameraPose {
  const [x0, y0, z0 = 0] = bounds.min;
  const [x1, y1, z1 = 0] = bounds.max;
  const target = new THREE.Vector3((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
  const dir = new THREE.Vector3(...direction).normalize();
  const camera = new THREE.PerspectiveCamera(VIEW_FOV, Math.max(0.2, aspect || 16 / 9), 0.1, 1000);
  const corners: THREE.Vector3[] = [];
  for (const x of [x0, x1]) for (const y of [y0, y1]) for (const z of [z0, z1]) corners.push(new THREE.Vector3(x, y, z));
  const p = new THREE.Vector3();
  const fits = (dist: number) => {
    camera.position.copy(target).addScaledVector(dir, dist);
    camera.lookAt(target);
    camera.updateMatrixWorld(true);
    return corners.every((c) => {
      p.copy(c).project(camera);
      return Math.abs(p.x) <= margin && Math.abs(p.y) <= margin;
    });
  };
  let lo = 0.5;
  let hi = 800;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  const position = target.clone().addScaledVector(dir, hi);
  return { position: [position.x, position.y, position.z], target: [target.x, target.y, target.z] };
}
