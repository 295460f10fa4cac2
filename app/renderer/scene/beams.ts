/**
 * Beams of light (the NTM's read and write heads, the ACT's fan of ponder states into the output): flat boxes
 * along a line, glowing on the theme's background (additive on dark, darkening on light: give the
 * part a material that theme-materials.ts's applyGlowBlending keeps in step). A beam is upright or rotated about z; a beam of no thickness (≤ 1e-4) collapses to a point.
 */
import * as THREE from 'three/webgpu';
import type { Rgb } from './colormap.ts';
import { Boxes } from './boxes.ts';
import type { Part } from './part.ts';
import type { Theme } from './theme.ts';

/** One beam: centred on (x, y, z), `length` long, upright (along y) or at `angle` (radians from +x about z). */
export interface Beam {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly length: number;
  /** Direction from +x about z; absent: upright, with no rotation. */
  readonly angle?: number;
  /** Width across the beam. */
  readonly thickness: number;
  /** Depth (default 0.04). */
  readonly depth?: number;
  readonly color: Rgb;
  /** Brightness, 0 (invisible) … 1. */
  readonly gain: number;
}

/** The slanted beam from (ax, ay) to (bx, by) at depth z. */
export function beamBetween(ax: number, ay: number, bx: number, by: number, z: number, thickness: number, color: Rgb, gain: number): Beam {
  const dx = bx - ax;
  const dy = by - ay;
  return {
    x: (ax + bx) / 2,
    y: (ay + by) / 2,
    z,
    length: Math.hypot(dx, dy),
    angle: Math.atan2(dy, dx),
    thickness,
    color,
    gain,
  };
}

const Z = new THREE.Vector3(0, 0, 1);
const _m = new THREE.Matrix4();
const _q = new THREE.Quaternion();
const _p = new THREE.Vector3();
const _s = new THREE.Vector3();

/** The instance matrix of `beam` (see the module comment). */
export function beamMatrix(beam: Omit<Beam, 'color' | 'gain'>, out = new THREE.Matrix4()): THREE.Matrix4 {
  const depth = beam.depth ?? 0.04;
  const on = beam.thickness > 1e-4;
  _p.set(beam.x, beam.y, beam.z);
  if (beam.angle === undefined) return out.compose(_p, _q.identity(), _s.set(on ? beam.thickness : 1e-5, on ? beam.length : 1e-5, depth));
  _q.setFromAxisAngle(Z, beam.angle);
  return out.compose(_p, _q, _s.set(on ? beam.length : 1e-5, on ? beam.thickness : 1e-5, depth));
}

/** A fixed number of beams, all placed each update (see the module comment). */
export class Beams implements Part<readonly Beam[]> {
  private readonly boxes: Boxes;

  constructor(
    private readonly count: number,
    material: THREE.Material,
    name: string,
  ) {
    this.boxes = new Boxes(count, material, name, {
      anchor: 'centre',
      paint: 'glow',
    });
    this.boxes.mesh.renderOrder = 2;
  }

  /** The beams' instanced mesh. */
  get object(): THREE.InstancedMesh {
    return this.boxes.mesh;
  }

  /** Places beam i of `beams` as instance i (beams beyond the list are left as they were). */
  update(beams: readonly Beam[], theme: Theme): void {
    const n = Math.min(this.count, beams.length);
    for (let i = 0; i < n; i++) this.boxes.placeMatrix(i, beamMatrix(beams[i]!, _m), beams[i]!.color, theme, beams[i]!.gain);
    this.boxes.commit();
  }

  dispose(): void {
    this.boxes.dispose();
  }
}
