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
  /** Centres (y) of the same panels. */
  readonly centersY: readonly [number, number, number];
  /** Where the ⊙ and = signs stand (x, y). */
  readonly signs: readonly [readonly [number, number], readonly [number, number]];
  /** y of the lowest line of text (under the product). */
  readonly footY: number;
  readonly bounds: { readonly min: readonly [number, number]; readonly max: readonly [number, number] };
}

/** Room between the two rows of panels: the spot's numbers under the mask, the product's name over it. */
const ROW_GAP = 2.5;

/**
 * The layout for an image of this shape (panel height follows its aspect, at most 1.2 × the width). A wide image
 * (16:9, the moon) gets two rows, the object ⊙ the mask over = the product: in one row its three panels used a
 * third of the view's height (the screen is wider than the board, but not three wide images wide); two rows make
 * each panel about 17% larger across and the three fill about 55% of the height at 1920×1080. Squarer images keep
 * the one row, which is the larger for them.
 */
export function imageLayout(width: number, height: number): ImageLayout {
  const panelH = Math.min(PANEL_W * 1.2, (PANEL_W * height) / Math.max(1, width));
  if (width / Math.max(1, height) < 1.5) {
    const step = PANEL_W + GAP;
    const footY = -panelH / 2 - 1.2;
    return {
      panelW: PANEL_W,
      panelH,
      centers: [-step, 0, step],
      centersY: [0, 0, 0],
      signs: [
        [-step / 2, 0],
        [step / 2, 0],
      ],
      footY,
      bounds: { min: [-step - PANEL_W / 2 - 0.3, footY - 1.0], max: [step + PANEL_W / 2 + 0.3, panelH / 2 + 2.25] },
    };
  }
  const half = (PANEL_W + GAP) / 2;
  const topY = (panelH + ROW_GAP) / 2;
  const bottomY = -topY;
  const footY = bottomY - panelH / 2 - 0.6;
  return {
    panelW: PANEL_W,
    panelH,
    centers: [-half, half, 0],
    centersY: [topY, topY, bottomY],
    signs: [
      [0, topY],
      [-PANEL_W / 2 - GAP / 2, bottomY],
    ],
    footY,
    bounds: { min: [-half - PANEL_W / 2 - 0.3, footY - 1.0], max: [half + PANEL_W / 2 + 0.3, topY + panelH / 2 + 2.25] },
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
    const v = (L.centersY[k]! + L.panelH / 2 - y) / L.panelH;
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
export const TEXT_ROWS = { words: 3.3, barBase: -1.2, barH: 3.4, product: -2.45 } as const;

/** The x of word `i` of `n`. */
export function wordX(i: number, n: number): number {
  return (i - (n - 1) / 2) * WORD_STEP;
}

/** Bounds of the text layout for `n` words. */
export function textBounds(n: number): { min: [number, number]; max: [number, number] } {
  const half = Math.max(3, ((n - 1) / 2) * WORD_STEP + WORD_STEP / 2 + 1.2);
  return { min: [-half, -3.75], max: [half, 5.3] };
}

/**
 * Label heights (a sprite's height, world units), chosen so that with the camera fitted to the panels or the
 * sentence (scene/fit-board.ts `fitBoard`) each is at least ~28 px tall in the 1920×1080 window's view, the
 * interaction hint ~24 px (focus-layout.test.ts).
 */
export const FOCUS_LABELS = {
  banner: 0.75,
  panelName: 0.75,
  sign: 1.3,
  spot: 0.55,
  hint: 0.44,
  rowName: 0.62,
  word: 0.8,
  number: 0.52,
  productNumber: 0.5,
} as const;
