/**
 * The one box placer of the chapter scenes: an instanced mesh of unit boxes, each instance placed, sized and
 * painted by {@link Boxes.place}. Where the (x, y, z) given stands on the box is its anchor, the one thing the
 * chapters' boxes differ in:
 * - `centre`: (x, y, z) is the box's centre; the height is at least `floor` (default 0.001);
 * - `base`: (x, y) is the middle of the bottom face, the box grows up, and hangs down from y when h < 0; the
 *   height is at least `floor`, so a zero bar still shows as a line on its baseline;
 * - `back`: (x, y) is the middle of the back face at z, the box grows towards the viewer; the depth is at least
 *   `floor`;
 * - `left`: x is the left edge, (y, z) the centre; a box with no width or height (≤ 1e-4) collapses to a point.
 */
import * as THREE from 'three/webgpu';
import type { Rgb } from './colormap.ts';
import { commitInstances, createInstances } from './instances.ts';
import { glowRgb, paintRgb, type Theme } from './theme.ts';
import { UNIT_BAR, UNIT_BLOCK, UNIT_BOX } from './units.ts';

/** Where a box's given point stands on it (see the module comment). */
export type Anchor = 'centre' | 'base' | 'back' | 'left';

/** How {@link Boxes} places and paints its instances. */
export interface BoxesOptions {
  readonly anchor: Anchor;
  /** Smallest height (`centre`, `base`) or depth (`back`); defaults: 0.001, 0.02, 0.04. */
  readonly floor?: number;
  /** `glow`: colours are glows on the theme's background (theme.ts glowRgb); default `paint` (paintRgb). */
  readonly paint?: 'paint' | 'glow';
}

const GEOMETRY: Record<Anchor, THREE.BufferGeometry> = {
  centre: UNIT_BOX,
  base: UNIT_BAR,
  back: UNIT_BLOCK,
  left: UNIT_BOX,
};
const FLOOR: Record<Anchor, number> = {
  centre: 0.001,
  base: 0.02,
  back: 0.04,
  left: 0,
};

const _m = new THREE.Matrix4();
const _q = new THREE.Quaternion();
const _p = new THREE.Vector3();
const _s = new THREE.Vector3();
const _c = new THREE.Color();

/** The instance matrix of a box of size (w, h, d) at (x, y, z) under `anchor` (see the module comment). */
export function boxMatrix(
  anchor: Anchor,
  floor: number,
  x: number,
  y: number,
  z: number,
  w: number,
  h: number,
  d: number,
  out = new THREE.Matrix4(),
): THREE.Matrix4 {
  _q.identity();
  switch (anchor) {
    case 'centre':
      return out.compose(_p.set(x, y, z), _q, _s.set(w, Math.max(h, floor), d));
    case 'base':
      return out.compose(_p.set(x, h >= 0 ? y : y + h, z), _q, _s.set(w, Math.max(Math.abs(h), floor), d));
    case 'back':
      return out.compose(_p.set(x, y, z), _q, _s.set(w, h, Math.max(d, floor)));
    case 'left': {
      const visible = w > 1e-4 && h > 1e-4;
      return out.compose(_p.set(x + w / 2, y, z), _q, _s.set(visible ? w : 1e-5, visible ? h : 1e-5, d));
    }
  }
}

/** An instanced mesh of anchored, painted unit boxes (see the module comment). */
export class Boxes {
  /** The instanced mesh (its name is what hover tests read). */
  readonly mesh: THREE.InstancedMesh;
  private readonly anchor: Anchor;
  private readonly floor: number;
  private readonly glow: boolean;

  constructor(count: number, material: THREE.Material, name: string, options: BoxesOptions) {
    this.anchor = options.anchor;
    this.floor = options.floor ?? FLOOR[options.anchor];
    this.glow = options.paint === 'glow';
    this.mesh = createInstances(count, GEOMETRY[options.anchor], material, name);
  }

  /** Places instance `i`: size (w, h, d) at (x, y, z) under the anchor, colour `color` × `gain` in `theme`. */
  place(i: number, x: number, y: number, z: number, w: number, h: number, d: number, color: Rgb, theme: Theme, gain = 1): void {
    this.mesh.setMatrixAt(i, boxMatrix(this.anchor, this.floor, x, y, z, w, h, d, _m));
    this.paintAt(i, color, theme, gain);
  }

  /** Sets instance `i`'s matrix as given (a rotated box, e.g. a beam) and paints it. */
  placeMatrix(i: number, matrix: THREE.Matrix4, color: Rgb, theme: Theme, gain = 1): void {
    this.mesh.setMatrixAt(i, matrix);
    this.paintAt(i, color, theme, gain);
  }

  /** Paints instance `i` without moving it. */
  paintAt(i: number, color: Rgb, theme: Theme, gain = 1): void {
    const c = this.glow ? glowRgb(theme, color, gain) : paintRgb(theme, color, gain);
    this.mesh.setColorAt(i, _c.setRGB(c[0], c[1], c[2], THREE.SRGBColorSpace));
  }

  /** Tells three the instances changed (once after placing them). */
  commit(): void {
    commitInstances(this.mesh);
  }

  /** Removes the mesh from its parent and frees its instance buffers (the unit geometry is shared). */
  dispose(): void {
    this.mesh.removeFromParent();
    this.mesh.dispose();
  }
}
