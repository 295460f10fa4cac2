/**
 * Colour maps that read on a projector and for colour-blind students (no red/green contrast):
 * a diverging blue–grey–orange map for signed values (memory, key, add) and a sequential
 * dark-purple→teal→yellow map (viridis control points) for weights in [0, 1].
 */

/** An RGB triple with channels in [0, 1] (sRGB). */
export type Rgb = readonly [number, number, number];

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

function ramp(stops: readonly Rgb[], t: number): Rgb {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i]!;
  const b = stops[i + 1]!;
  return [lerp(a[0], b[0], f), lerp(a[1], b[1], f), lerp(a[2], b[2], f)];
}

const DIVERGING: readonly Rgb[] = [
  [0.16, 0.44, 0.95], // strong blue (negative)
  [0.42, 0.65, 0.98],
  [0.36, 0.38, 0.44], // neutral grey at zero (visible on the dark background)
  [1.0, 0.7, 0.32],
  [1.0, 0.5, 0.05], // strong orange (positive)
];

const SEQUENTIAL: readonly Rgb[] = [
  [0.27, 0.2, 0.42], // viridis-like, lifted so 0 stays visible on black
  [0.23, 0.32, 0.55],
  [0.13, 0.57, 0.55],
  [0.37, 0.79, 0.38],
  [0.99, 0.91, 0.15],
];

/** Diverging colour of a signed value, saturating at ±`range`. */
export function divergingColor(value: number, range = 1): Rgb {
  return ramp(DIVERGING, 0.5 + 0.5 * (value / (range || 1)));
}

/** Sequential colour of a weight in [0, 1] (values outside are clamped). */
export function weightColor(weight: number): Rgb {
  return ramp(SEQUENTIAL, weight);
}

/** CSS `rgb()` text of a colour. */
export function cssColor(c: Rgb): string {
  return `rgb(${Math.round(c[0] * 255)}, ${Math.round(c[1] * 255)}, ${Math.round(c[2] * 255)})`;
}
