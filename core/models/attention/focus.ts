/**
 * Attention as a mask (the lecture's "Definición", after Olah & Carter 2016): an attention module is a
 * vector or matrix of the same shape as the object, applied by the pointwise product x ⊙ m. Two objects:
 * an image (a procedural night sky with the moon, any resolution) with a soft spot or a painted mask, and a
 * text whose tokens get a linear attention vector.
 */
import { seededRandom } from '../../math/random.ts';

/** A grey image (or a mask), row-major, values in [0, 1]: pixel (x, y) is `data[y*width + x]`, y downwards. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly data: Float64Array;
}

/** The largest image side the app and the WGSL product accept. */
export const MAX_IMAGE_SIDE = 4096;

/** Where the moon sits, in fractions of the width and height, and its radius in fractions of the shorter side. */
export const MOON = Object.freeze({ x: 0.72, y: 0.3, radius: 0.13 });

/** A soft spot: 1 inside `radius`, a Gaussian fall-off of width `softness` outside it. */
export interface SpotMask {
  /** Centre, as fractions of the width and the height (0 = left/top, 1 = right/bottom). */
  readonly x: number;
  readonly y: number;
  /** Radius, as a fraction of the image's shorter side. */
  readonly radius: number;
  /** Fall-off width (standard deviation) outside the radius, as a fraction of the shorter side; 0 gives a hard disc. */
  readonly softness: number;
}

/**
 * The night sky of the lecture's slide, drawn procedurally at any resolution: a dark gradient, stars placed
 * by `seed` (positions in fractions of the image, so every resolution shows the same sky) and a full moon
 * with a few darker maria. Values in [0, 1].
 */
export function nightSky(width: number, height: number, seed: number): GreyImage {
  const data = new Float64Array(width * height);
  for (let y = 0; y < height; y++) {
    const sky = 0.03 + 0.1 * ((y + 0.5) / height); // lighter towards the horizon
    data.fill(sky, y * width, (y + 1) * width);
  }
  const short = Math.min(width, height);
  const random = seededRandom(seed);
  const sigma = Math.max(0.55, 0.0016 * short);
  const reach = Math.ceil(3 * sigma);
  for (let s = 0; s < 260; s++) {
    const cx = random.next() * width;
    const cy = random.next() * height;
    const brightness = 0.35 + 0.65 * random.next() ** 3;
    const size = sigma * (0.7 + 0.8 * random.next());
    for (let y = Math.max(0, Math.floor(cy - reach)); y <= Math.min(height - 1, Math.ceil(cy + reach)); y++) {
      for (let x = Math.max(0, Math.floor(cx - reach)); x <= Math.min(width - 1, Math.ceil(cx + reach)); x++) {
        const d2 = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2;
        const i = y * width + x;
        data[i] = Math.min(1, data[i]! + brightness * Math.exp(-d2 / (2 * size * size)));
      }
    }
  }
  // The moon: a disc with an anti-aliased rim and darker maria (discs in the moon's own frame).
  const mx = MOON.x * width;
  const my = MOON.y * height;
  const mr = MOON.radius * short;
  const maria = [
    [-0.3, -0.25, 0.28],
    [0.25, -0.1, 0.22],
    [-0.05, 0.35, 0.2],
    [0.4, 0.4, 0.12],
  ] as const;
  for (let y = Math.max(0, Math.floor(my - mr - 2)); y <= Math.min(height - 1, Math.ceil(my + mr + 2)); y++) {
    for (let x = Math.max(0, Math.floor(mx - mr - 2)); x <= Math.min(width - 1, Math.ceil(mx + mr + 2)); x++) {
      const dx = x + 0.5 - mx;
      const dy = y + 0.5 - my;
      const coverage = Math.min(1, Math.max(0, mr - Math.hypot(dx, dy) + 0.5));
      if (coverage === 0) continue;
      let shade = 0.95 - 0.12 * (Math.hypot(dx, dy) / mr) ** 2; // limb darkening
      for (const [ux, uy, ur] of maria) {
        const d = Math.hypot(dx / mr - ux, dy / mr - uy);
        if (d < ur) shade *= 0.82 + 0.1 * (d / ur);
      }
      const i = y * width + x;
      data[i] = coverage * shade + (1 - coverage) * data[i]!;
    }
  }
  return { width, height, data };
}

/**
 * The soft spot mask m(x, y) = 1 when d ≤ r, exp(−(d − r)² / (2 s²)) when d > r (0 when s = 0), with d the
 * distance from the centre in units of the shorter side (so the spot is round whatever the aspect ratio).
 */
export function spotMask(width: number, height: number, spot: SpotMask): GreyImage {
  const data = new Float64Array(width * height);
  const short = Math.min(width, height);
  const cx = spot.x * width;
  const cy = spot.y * height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) / short;
      const out = d - spot.radius;
      data[y * width + x] = out <= 0 ? 1 : spot.softness > 0 ? Math.exp(-(out * out) / (2 * spot.softness * spot.softness)) : 0;
    }
  }
  return { width, height, data };
}

/** The pointwise product x ⊙ m of two arrays of the same length (the lecture's ⊙). */
export function pointwiseProduct(object: ArrayLike<number>, mask: ArrayLike<number>): Float64Array {
  if (object.length !== mask.length) throw new RangeError(`pointwiseProduct: object has ${object.length} values, mask ${mask.length}`);
  const out = new Float64Array(object.length);
  for (let i = 0; i < out.length; i++) out[i] = object[i]! * mask[i]!;
  return out;
}
