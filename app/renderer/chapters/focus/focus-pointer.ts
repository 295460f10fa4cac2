/**
 * The focus scene's gestures, as pure functions of the gesture state: drag the spot (anywhere on a panel: the
 * spot follows the pointer's motion), drag its rim to resize it, Shift+drag to paint dabs into the mask,
 * Alt+drag to erase. Each move gives one parameter edit (`center`, `radius` or `strokes`), computed from the
 * parameters on screen when the app applies it.
 */
import type { ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { DAB, DEFAULT_BRUSH } from './focus-params.ts';
import { spotDistance } from './focus-layout.ts';

/** How close to the rim (in units of the shorter side) a press resizes instead of moving. */
export const RIM_TOLERANCE = 0.035;

/** A gesture in progress. */
export type Gesture =
  | { readonly mode: 'move'; readonly u0: number; readonly v0: number }
  | { readonly mode: 'resize' }
  | { readonly mode: 'paint'; readonly value: 0 | 1; readonly dabs: number[] };

/** The image and its spot, as the scene last drew them. */
export interface GestureTarget {
  readonly width: number;
  readonly height: number;
  readonly spot: { readonly x: number; readonly y: number; readonly radius: number } | null;
}

/** Starts a gesture at (u, v) on a panel. */
export function startGesture(t: GestureTarget, u: number, v: number, keys: { shiftKey: boolean; altKey: boolean }): Gesture {
  if (keys.shiftKey || keys.altKey) return { mode: 'paint', value: keys.altKey ? 0 : 1, dabs: [] };
  if (t.spot && Math.abs(spotDistance(t.width, t.height, t.spot, u, v) - t.spot.radius) < RIM_TOLERANCE) return { mode: 'resize' };
  return { mode: 'move', u0: u, v0: v };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The edit a gesture makes with the pointer at (u, v). `base` carries what the gesture started from (read from
 * the parameters on screen at its first edit, so fast moves never lose one another).
 */
export function gestureEdit(
  g: Gesture,
  t: GestureTarget,
  u: number,
  v: number,
  base: { center?: readonly number[]; strokes?: readonly number[] },
): (current: Parameters) => { name: string; value: ParamValue } {
  if (g.mode === 'resize') {
    const r = round(Math.min(2, spotDistance(t.width, t.height, t.spot ?? { x: 0.5, y: 0.5 }, u, v)), 3);
    return () => ({ name: 'radius', value: r });
  }
  if (g.mode === 'move') {
    const du = u - g.u0;
    const dv = v - g.v0;
    return (current) => {
      base.center ??= (current.center as readonly number[] | undefined) ?? [0.5, 0.5];
      return { name: 'center', value: [round(clamp01(base.center[0]! + du)), round(clamp01(base.center[1]! + dv))] };
    };
  }
  return (current) => {
    base.strokes ??= (current.strokes as readonly number[] | undefined) ?? [];
    const brush = typeof current.brush === 'number' ? current.brush : DEFAULT_BRUSH;
    const last = g.dabs.length >= DAB ? g.dabs.slice(-DAB) : null;
    // A dab every quarter brush along the stroke, filled in between pointer events so a fast drag paints a line.
    const points = last ? dabsAlong(t, [last[0]!, last[1]!], [u, v], brush / 4) : [[u, v] as const];
    for (const [x, y] of points) g.dabs.push(round(clamp01(x)), round(clamp01(y)), brush, g.value);
    return { name: 'strokes', value: [...base.strokes, ...g.dabs] };
  };
}

/**
 * The dab centres after `from` up to `to` (image coordinates in [0, 1]) spaced at most `spacing` apart, measured
 * in units of the image's shorter side (as the brush radius is); none when `to` is within `spacing` of `from`.
 */
export function dabsAlong(
  t: Pick<GestureTarget, 'width' | 'height'>,
  from: readonly [number, number],
  to: readonly [number, number],
  spacing: number,
): [number, number][] {
  if (!(spacing > 0)) throw new Error(`dab spacing: must be a positive number, got ${spacing}`);
  const short = Math.min(t.width, t.height);
  const length = Math.hypot(((to[0] - from[0]) * t.width) / short, ((to[1] - from[1]) * t.height) / short);
  if (length <= spacing) return [];
  const count = Math.ceil(length / spacing);
  return Array.from({ length: count }, (_, k) => {
    const f = (k + 1) / count;
    return [from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f];
  });
}
