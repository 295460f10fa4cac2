/**
 * The picture's themes: `dark` (the screen's, for projectors) and `light` (white background, dark text, for
 * slides and print). A {@link Theme} names every colour that depends on the background; scenes get it in their
 * SceneInput (chapter.ts), so a frame is still a pure function of its input and the recorder can render either
 * theme without touching the screen. The data colour maps (colormap.ts) are the same in both themes.
 */

/** A theme's name (the export dialog's and `atenea render --theme`'s values). */
export type ThemeName = 'dark' | 'light';

/** Every theme name, in the order the controls list them. */
export const THEME_NAMES: readonly ThemeName[] = ['dark', 'light'];

/** The colours of one theme that depend on the background (CSS colours; `0xRRGGBB` for meshes). */
export interface Theme {
  readonly name: ThemeName;
  /** Clear colour of the view. */
  readonly background: string;
  /** Main label text. */
  readonly text: string;
  /** Secondary text (names of rows, values not in focus). */
  readonly dimText: string;
  /** Text of what has not happened yet (future tokens). */
  readonly faintText: string;
  /** The current step, banners, the thing to look at. */
  readonly accent: string;
  /** Read head, soft answer, rims and ribbons. */
  readonly read: string;
  /** Write head, hard choices. */
  readonly write: string;
  /** Text drawn on top of a brightly coloured bar. */
  readonly onBar: string;
  /** Panel behind numbers laid over geometry. */
  readonly labelPanel: string;
  /** Plates under a row of bars (lit row, and rows not in focus). */
  readonly plate: number;
  readonly plateDim: number;
  /** The plate marking the active row. */
  readonly plateActive: number;
  /** Frames around images and cards. */
  readonly frame: number;
  /** Background of drawn boards (heat maps). */
  readonly board: string;
  /** Tint of secondary drawings (the speech waveform). */
  readonly muted: number;
  /**
   * How glowing beams and ribbons blend: additive light reads on black but vanishes on white, so the light
   * theme draws them as ordinary translucent paint.
   */
  readonly glow: 'additive' | 'normal';
}

/** Today's theme, tuned for a projector in a dim room. */
export const DARK_THEME: Theme = {
  name: 'dark',
  background: '#0b0f17',
  text: '#f4f6fb',
  dimText: '#9aa3b5',
  faintText: '#4a5468',
  accent: '#ffd84d',
  read: '#4fdcff',
  write: '#ff6ad8',
  onBar: '#0b0f17',
  labelPanel: 'rgba(8,12,20,0.8)',
  plate: 0x4a5570,
  plateDim: 0x1c2333,
  plateActive: 0x22324f,
  frame: 0x3a4660,
  board: '#141a26',
  muted: 0x7a8498,
  glow: 'additive',
};

/**
 * White background for slides and print: every text colour reads at WCAG AA (≥ 4.5:1) on white, the accent is
 * a dark amber (yellow text on white does not read), the heads' cyan and magenta are their deep shades.
 */
export const LIGHT_THEME: Theme = {
  name: 'light',
  background: '#ffffff',
  text: '#111827',
  dimText: '#4b5563',
  faintText: '#9ca3af',
  accent: '#b45309',
  read: '#0369a1',
  write: '#be185d',
  onBar: '#0b0f17',
  labelPanel: 'rgba(255,255,255,0.85)',
  plate: 0xb8c1d1,
  plateDim: 0xe5e9f0,
  plateActive: 0xd6e2f5,
  frame: 0x8a94a6,
  board: '#eef1f5',
  muted: 0x5b6475,
  glow: 'normal',
};

/** The theme of a name. */
export function themeOf(name: ThemeName): Theme {
  return name === 'light' ? LIGHT_THEME : DARK_THEME;
}

/** True when `value` is a theme name. */
export function isThemeName(value: unknown): value is ThemeName {
  return (THEME_NAMES as readonly unknown[]).includes(value);
}

const ROLES = ['text', 'dimText', 'faintText', 'accent', 'read', 'write', 'onBar', 'labelPanel', 'board'] as const;
const LEGACY_PANELS = ['rgba(8,12,20,0.78)', 'rgba(8,12,20,0.82)'];

/**
 * A label colour in `theme`: scenes write their label colours as the dark theme's roles (DARK_THEME.text,
 * .accent, …); this gives the same role's colour in `theme`. Other colours (data colours from colormap.ts) are
 * kept: they read on both backgrounds.
 */
export function themedColor(theme: Theme, color: string): string {
  if (theme.name === 'dark') return color;
  const c = color.toLowerCase();
  if (LEGACY_PANELS.includes(c)) return theme.labelPanel;
  for (const role of ROLES) if (DARK_THEME[role].toLowerCase() === c) return theme[role];
  return color;
}

/** Relative luminance of an sRGB triple with channels in [0, 1] (WCAG 2.x). */
export function rgbLuminance(c: readonly [number, number, number]): number {
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

/** Relative luminance of an sRGB colour given as `#rrggbb` (WCAG 2.x). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return rgbLuminance([((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** An sRGB triple with channels in [0, 1]. */
export type GlowRgb = readonly [number, number, number];

/** The least contrast a graphic (a bar, a ribbon, a cell at full strength) keeps on the light theme's white (WCAG 1.4.11). */
export const GRAPHIC_CONTRAST = 3;
/**
 * The highest luminance a graphic on white gets: (1 + 0.05) / 3.1 − 0.05 ≈ 0.29, a little under the 0.3 of 3:1 so
 * that rounding to 8-bit channels keeps 3:1.
 */
const GRAPHIC_LUMINANCE = 1.05 / (GRAPHIC_CONTRAST + 0.1) - 0.05;
/** Luminances up to here are kept as they are; brighter ones are compressed toward {@link GRAPHIC_LUMINANCE}. */
const KNEE = 0.18;

/**
 * A data colour as the light theme draws it on white: the same hue, its channels scaled toward black until its
 * luminance is under 0.3 (contrast ≥ 3:1 on white; pale yellow and light cyan become gold and teal). Dark
 * colours (luminance ≤ 0.18) are kept; brighter ones go through a soft knee, so a brighter colour of a map stays
 * the brighter one and the colour maps keep their order.
 */
export function onWhite(color: GlowRgb): GlowRgb {
  const l = rgbLuminance(color);
  if (l <= KNEE) return color;
  const span = GRAPHIC_LUMINANCE - KNEE;
  const target = KNEE + span * (1 - Math.exp(-(l - KNEE) / span));
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 32; k++) {
    const mid = (lo + hi) / 2;
    if (rgbLuminance([color[0] * mid, color[1] * mid, color[2] * mid]) > target) hi = mid;
    else lo = mid;
  }
  return [color[0] * lo, color[1] * lo, color[2] * lo];
}

/**
 * The instance colour of a glow (beam, ribbon, highlight band) of colour `color` at strength `gain` in [0, 1].
 * Dark: `color · gain`, added onto the black background (additive blending: 0 is invisible). Light: the same
 * picture on white, `1 − gain · (1 − onWhite(color))`, multiplied onto the background (multiply blending: 0 is
 * invisible, 1 is the colour deepened to 3:1 on white, so cyan and yellow still show).
 */
export function glowRgb(theme: Theme, color: GlowRgb, gain: number): GlowRgb {
  if (theme.glow === 'additive') return [color[0] * gain, color[1] * gain, color[2] * gain];
  const g = Math.min(1, Math.max(0, gain));
  const c = onWhite(color);
  return [1 - g * (1 - c[0]), 1 - g * (1 - c[1]), 1 - g * (1 - c[2])];
}

/**
 * The instance colour of a solid (lit or flat) object of colour `color` at emphasis `gain` (1: as is; below 1:
 * receding; above 1: standing out). Dark: `color · gain` (receding toward the black background, as before).
 * Light: receding goes toward white instead, `1 − gain · (1 − c)`, and the dark neutral panel colours scenes use
 * for tracks, slots and cards (every channel below 0.35) become their light counterparts, keeping their tint:
 * on white a panel is a pale grey, not a black block. Data colours (colormap.ts) keep their hue in both; on
 * white they are deepened to 3:1 first ({@link onWhite}: the pale-yellow weight bars read).
 */
export function paintRgb(theme: Theme, color: GlowRgb, gain = 1): GlowRgb {
  if (theme.glow === 'additive') return [color[0] * gain, color[1] * gain, color[2] * gain];
  const top = Math.max(color[0], color[1], color[2]);
  const c = top < 0.35 ? color.map((v) => 1 - 0.6 * top + 0.6 * (v - top)) : onWhite(color);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [clamp(1 - gain * (1 - c[0]!)), clamp(1 - gain * (1 - c[1]!)), clamp(1 - gain * (1 - c[2]!))];
}
