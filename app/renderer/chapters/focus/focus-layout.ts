/**
 * Where the focus scene puts things (world units, z = 0 plane, y up): three panels side by side (object, mask,
 * product) with the ⊙ and = signs between them, and for a text three rows (words, the vector as bars, the
 * emphasised words). Also the pointer geometry: which panel a world point is on and its image coordinates.
 */

/** Panel width and the gap between panels. */
export const PANEL_W = 6.4;
export const GAP = 1.3;

/** The panel layout of an image of `width` × `height` pixels. */
export interface ImageLayout {
  readonly panelW: number;
  readonly panelH: number;
  /** Centres (x) of the object, mask and product panels. */
  readonly centers: readonly [number, number, number];
  readonly bounds: { readonly min: readonly [number, number]; readonly max: readonly [number, number] };
}

/** The layout for an image of this shape (panel height follows its aspect, at most 1.2 × the width). */
export function imageLayout(width: number, height: number): ImageLayout {
  const panelH = Math.min(PANEL_W * 1.2, (PANEL_W * height) / Math.max(1, width));
  const step = PANEL_W + GAP;
  return {
    panelW: PANEL_W,
    panelH,
    centers: [-step, 0, step],
    bounds: { min: [-step - PANEL_W / 2 - 0.3, -panelH / 2 - 1.6], max: [step + PANEL_W / 2 + 0.3, panelH / 2 + 2.1] },
  };
}

/** A point on a panel in image coordinates: u, v in [0, 1] (v downwards), and the panel's index. */
export interface PanelPoint {
  readonly panel: number;
  readonly u: number;
  readonly v: number;
}

/** Which panel a world point (x, y) is on (with `margin` world units of slack), or null; `only` checks one panel. */
export function panelAt(L: ImageLayout, x: number, y: number, margin = 0.4, only?: number): PanelPoint | null {
  for (let k = 0; k < 3; k++) {
    if (only !== undefined && k !== only) continue;
    const u = (x - L.centers[k]! + L.panelW / 2) / L.panelW;
    const v = (L.panelH / 2 - y) / L.panelH;
    const mu = margin / L.panelW;
    const mv = margin / L.panelH;
    if (u >= -mu && u <= 1 + mu && v >= -mv && v <= 1 + mv) return { panel: k, u, v };
  }
  return null;
}

/** Distance from the spot's centre (x, y fractions) to (u, v), in units of the image's shorter side. */
export function spotDistance(width: number, height: number, spot: { x: number; y: number }, u: number, v: number): number {
  const short = Math.min(width, height);
  return Math.hypot(((u - spot.x) * width) / short, ((v - spot.y) * height) / short);
}

/** Word spacing of the text layout. */
export const WORD_STEP = 3.0;
/** Rows of the text layout: words, the bars' baseline and full height, the emphasised words. */
export const TEXT_ROWS = { words: 2.6, barBase: -1.3, barH: 2.6, product: -2.4 } as const;

/** The x of word `i` of `n`. */
export function wordX(i: number, n: number): number {
  return (i - (n - 1) / 2) * WORD_STEP;
}

/** Bounds of the text layout for `n` words. */
export function textBounds(n: number): { min: [number, number]; max: [number, number] } {
  const half = Math.max(3, ((n - 1) / 2) * WORD_STEP + WORD_STEP / 2 + 1.2);
  return { min: [-half, -3.6], max: [half, 4.4] };
}
