/**
 * How far the lecturer's drag may turn the board: slower rotation than three's default and a clamp of the
 * azimuth and polar angle to ±{@link ORBIT_RANGE} around the frame's default framing, so a drag across the view
 * tilts the board for a look at its depth without swinging it edge-on into an unreadable slab.
 */
import type { CameraPose } from '../chapters/chapter.ts';

/** Largest turn away from the framing's direction, each of azimuth and polar angle, radians (30°). */
export const ORBIT_RANGE = Math.PI / 6;

/** OrbitControls.rotateSpeed: three turns 2π per view height at 1; this turns about 60° per view height. */
export const ORBIT_ROTATE_SPEED = 1 / 6;

/** The OrbitControls fields the clamp sets (angles in radians, as three measures them about +y). */
export interface OrbitLimits {
  readonly minAzimuthAngle: number;
  readonly maxAzimuthAngle: number;
  readonly minPolarAngle: number;
  readonly maxPolarAngle: number;
}

/** Azimuth (atan2(x, z)) and polar angle (from +y) of the camera about its target, as OrbitControls measures them. */
export function orbitAngles(pose: CameraPose): { azimuth: number; polar: number } {
  const [dx, dy, dz] = [0, 1, 2].map((i) => pose.position[i]! - pose.target[i]!) as [number, number, number];
  const r = Math.hypot(dx, dy, dz) || 1;
  return { azimuth: Math.atan2(dx, dz), polar: Math.acos(Math.min(1, Math.max(-1, dy / r))) };
}

/** The limits that keep the camera within `range` of the direction `framing` looks from. */
export function orbitLimits(framing: CameraPose, range = ORBIT_RANGE): OrbitLimits {
  if (!(range > 0 && range < Math.PI / 2)) throw new Error(`orbit range: must be between 0 and π/2 radians, got ${range}`);
  const { azimuth, polar } = orbitAngles(framing);
  return {
    minAzimuthAngle: azimuth - range,
    maxAzimuthAngle: azimuth + range,
    minPolarAngle: Math.max(0.01, polar - range),
    maxPolarAngle: Math.min(Math.PI - 0.01, polar + range),
  };
}

/** The angle between the directions two poses look from (position minus target), degrees. */
export function turnDegrees(a: CameraPose, b: CameraPose): number {
  const d = (p: CameraPose) => [0, 1, 2].map((i) => p.position[i]! - p.target[i]!);
  const [u, v] = [d(a), d(b)];
  const dot = u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!;
  const cos = dot / ((Math.hypot(...u) || 1) * (Math.hypot(...v) || 1));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}

/** The pose a fraction `t` of the way from `a` to `b` (the camera during a transition between frames). */
export function lerpPose(a: CameraPose, b: CameraPose, t: number): CameraPose {
  const l = (x: readonly number[], y: readonly number[]): [number, number, number] =>
    [0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * t) as [number, number, number];
  return { position: l(a.position, b.position), target: l(a.target, b.target) };
}

/** What {@link placeCamera} moves: a camera and the orbit controls turning it (three's OrbitControls). */
export interface OrbitRig {
  readonly camera: { position: { set(x: number, y: number, z: number): unknown }; lookAt(x: number, y: number, z: number): void };
  readonly controls: OrbitLimits & { target: { set(x: number, y: number, z: number): unknown } };
}

/**
 * Puts the camera at `pose`, looking at its target, with the orbit clamped around `framing` (the frame's default
 * framing, or the slide's fixed camera), so a later drag turns at most {@link ORBIT_RANGE} away from it.
 */
export function placeCamera(rig: OrbitRig, pose: CameraPose, framing: CameraPose): void {
  Object.assign(rig.controls, orbitLimits(framing));
  rig.camera.position.set(...pose.position);
  rig.controls.target.set(...pose.target);
  rig.camera.lookAt(...pose.target);
}
