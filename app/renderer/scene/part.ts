/**
 * A part of a chapter scene (a row of bars, a grid of blocks, beams, a heat map): built once for a shape, updated
 * every frame with the values to show, disposed with the scene. The chapter scenes are "frame → display values
 * → parts.update".
 */
import type * as THREE from 'three/webgpu';
import type { Theme } from './theme.ts';

/** A scene part (see the module comment). */
export interface Part<Values> {
  /** The part's objects; add it to the scene's root once. */
  readonly object: THREE.Object3D;
  /** Brings the part to `values`, painted in `theme` (no time, no randomness). */
  update(values: Values, theme: Theme): void;
  /** Removes the part from its parent and frees what it made (never the shared unit geometries). */
  dispose(): void;
}
