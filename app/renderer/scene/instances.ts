/**
 * Instanced boxes, the building block of every chapter's bars, cells, plates and beams: one draw call per kind
 * of object, each instance placed and coloured every update.
 */
import * as THREE from 'three/webgpu';

/**
 * An InstancedMesh of `count` instances (at least one) of `geometry`, updated every frame (dynamic usage, no
 * frustum culling since instances move), with a colour attribute ready for `setColorAt`.
 */
export function createInstances(count: number, geometry: THREE.BufferGeometry, material: THREE.Material, name: string): THREE.InstancedMesh {
  const mesh = new THREE.InstancedMesh(geometry, material, Math.max(1, count));
  mesh.name = name;
  mesh.frustumCulled = false;
  mesh.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
  mesh.setColorAt(0, new THREE.Color(0, 0, 0));
  return mesh;
}

/** Tells three that the instances' matrices and colours changed (call once after placing them). */
export function commitInstances(mesh: THREE.InstancedMesh): void {
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
}

/** Interpolates two equally long lists of numbers (a transition between frames); lists of another length give `b`. */
export function mixNumbers(a: readonly number[], b: readonly number[], t: number): number[] {
  if (a.length !== b.length) return [...b];
  return b.map((x, i) => a[i]! + (x - a[i]!) * t);
}
