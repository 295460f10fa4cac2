/**
 * The unit geometries every chapter scene draws its boxes and planes with, created once for the whole app and
 * shared by every scene (so a scene never disposes them: {@link isSharedGeometry} tells a part which to skip).
 */
import * as THREE from 'three/webgpu';

/** A unit box centred on the origin (plates, beams, cells). */
export const UNIT_BOX: THREE.BufferGeometry = new THREE.BoxGeometry(1, 1, 1);
/** A unit box standing on y = 0 (bars grow up from their baseline). */
export const UNIT_BAR: THREE.BufferGeometry = new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
/** A unit box whose back face is at z = 0 (memory blocks grow towards the viewer). */
export const UNIT_BLOCK: THREE.BufferGeometry = new THREE.BoxGeometry(1, 1, 1).translate(0, 0, 0.5);
/** A unit square in the xy plane, centred (heat maps, highlight plates, images). */
export const UNIT_PLANE: THREE.BufferGeometry = new THREE.PlaneGeometry(1, 1);

const SHARED = new Set<THREE.BufferGeometry>([UNIT_BOX, UNIT_BAR, UNIT_BLOCK, UNIT_PLANE]);

/** Whether `geometry` is one of the shared unit geometries (which no scene may dispose). */
export function isSharedGeometry(geometry: THREE.BufferGeometry): boolean {
  return SHARED.has(geometry);
}
