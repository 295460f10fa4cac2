import * as THREE from 'three/webgpu';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { describe, expect, it } from 'vitest';
import { ORBIT_RANGE, ORBIT_ROTATE_SPEED, lerpPose, orbitAngles, orbitLimits, turnDegrees } from './orbit-limits.ts';
import type { CameraPose } from '../chapters/chapter.ts';

// The NTM's framing: a little from the right and above.
const FRAMING: CameraPose = { position: [6, 4, 30], target: [1, -1, 0] };

/** Where OrbitControls puts a camera that tries to orbit by (azimuth, polar) radians from `framing`. */
function orbited(framing: CameraPose, dAzimuth: number, dPolar: number): CameraPose {
  const camera = new THREE.PerspectiveCamera(36, 16 / 9, 0.1, 500);
  camera.position.set(...framing.position);
  const controls = new OrbitControls(camera);
  controls.target.set(...framing.target);
  Object.assign(controls, orbitLimits(framing));
  const { azimuth, polar } = orbitAngles(framing);
  const r = new THREE.Vector3(...framing.position).distanceTo(controls.target);
  const offset = new THREE.Vector3().setFromSphericalCoords(r, polar + dPolar, azimuth + dAzimuth);
  camera.position.copy(controls.target).add(offset);
  controls.update();
  return { position: camera.position.toArray(), target: controls.target.toArray() };
}

describe('orbit limits', () => {
  it('measures the framing as OrbitControls does', () => {
    const { azimuth, polar } = orbitAngles({ position: [1, 0, 0], target: [0, 0, 0] });
    expect(azimuth).toBeCloseTo(Math.PI / 2, 9);
    expect(polar).toBeCloseTo(Math.PI / 2, 9);
  });

  it('keeps a wild orbit within 30° of the framing, each way and each axis', () => {
    for (const [da, dp] of [
      [1.4, 0],
      [-1.4, 0],
      [0, 1.2],
      [0, -1.2],
      [2, 2],
    ] as const) {
      const pose = orbited(FRAMING, da, dp);
      const a = orbitAngles(pose);
      const f = orbitAngles(FRAMING);
      expect(Math.abs(a.azimuth - f.azimuth)).toBeLessThanOrEqual(ORBIT_RANGE + 1e-6);
      expect(Math.abs(a.polar - f.polar)).toBeLessThanOrEqual(ORBIT_RANGE + 1e-6);
    }
    // A pure sideways swing stops at 30° from the framing's direction.
    expect(turnDegrees(FRAMING, orbited(FRAMING, 1.4, 0))).toBeLessThanOrEqual(30.01);
    expect(turnDegrees(FRAMING, orbited(FRAMING, 1.4, 0))).toBeGreaterThan(25);
  });

  it('leaves a small orbit alone', () => {
    expect(turnDegrees(FRAMING, orbited(FRAMING, 0.1, 0))).toBeCloseTo((0.1 * 180) / Math.PI, 0);
  });

  it('turns slowly: a 300 px drag on a 900 px view turns at most 30°', () => {
    // OrbitControls turns 2π · rotateSpeed · dx / height radians.
    expect(((2 * Math.PI * ORBIT_ROTATE_SPEED * 300) / 900) * (180 / Math.PI)).toBeLessThanOrEqual(30);
  });

  it('rejects a range outside (0, π/2)', () => {
    expect(() => orbitLimits(FRAMING, 0)).toThrow(/orbit range/);
    expect(() => orbitLimits(FRAMING, 2)).toThrow(/orbit range/);
  });

  it('interpolates poses', () => {
    expect(lerpPose({ position: [0, 0, 0], target: [0, 0, 0] }, { position: [2, 4, 6], target: [1, 1, 1] }, 0.5)).toEqual({
      position: [1, 2, 3],
      target: [0.5, 0.5, 0.5],
    });
  });
});
