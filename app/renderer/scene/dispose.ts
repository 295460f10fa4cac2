/** The end of every chapter scene's life: empty its root and free the GPU resources it made. */
import type * as THREE from 'three/webgpu';

/** Anything three.js frees with `dispose()` (materials, geometries, textures). */
export interface Disposable {
  dispose(): void;
}

/** Empties `root` and disposes each resource once (null/undefined entries are skipped). */
export function disposeScene(root: THREE.Object3D, resources: readonly (Disposable | null | undefined)[]): void {
  root.clear();
  for (const r of new Set(resources)) r?.dispose();
}
