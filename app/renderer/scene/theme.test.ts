import { describe, expect, it } from 'vitest';
import { cssColor, divergingColor, weightColor } from './colormap.ts';
import { DARK_THEME, LIGHT_THEME, THEME_NAMES, contrast, isThemeName, themeOf, themedColor } from './theme.ts';

const hex = (css: string) => {
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(css)!;
  return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
};

describe('themes', () => {
  it('names resolve to their themes; anything else is not a theme', () => {
    expect(THEME_NAMES).toEqual(['dark', 'light']);
    expect(themeOf('dark')).toBe(DARK_THEME);
    expect(themeOf('light')).toBe(LIGHT_THEME);
    expect(isThemeName('light')).toBe(true);
    expect(isThemeName('sepia')).toBe(false);
  });
  it('light is a white background; dark is the screen background', () => {
    expect(LIGHT_THEME.background).toBe('#ffffff');
    expect(DARK_THEME.background).toBe('#0b0f17');
  });
  it('every text role reads on its own background (WCAG AA 4.5:1; faint text 2:1)', () => {
    for (const t of [DARK_THEME, LIGHT_THEME]) {
      for (const role of ['text', 'dimText', 'accent', 'read', 'write'] as const)
        expect(contrast(t[role], t.background), `${t.name}.${role}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.faintText, t.background)).toBeGreaterThanOrEqual(2);
    }
  });
  it('the dark accent (yellow) would not read on white: the light theme changes it', () => {
    expect(contrast(DARK_THEME.accent, '#ffffff')).toBeLessThan(2);
    expect(themedColor(LIGHT_THEME, DARK_THEME.accent)).toBe(LIGHT_THEME.accent);
  });
  it('maps each dark role to the same role in the light theme, keeps data colours, and is the identity in dark', () => {
    expect(themedColor(LIGHT_THEME, DARK_THEME.text)).toBe(LIGHT_THEME.text);
    expect(themedColor(LIGHT_THEME, DARK_THEME.dimText.toUpperCase())).toBe(LIGHT_THEME.dimText);
    expect(themedColor(LIGHT_THEME, 'rgba(8,12,20,0.78)')).toBe(LIGHT_THEME.labelPanel);
    expect(themedColor(LIGHT_THEME, 'rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(themedColor(DARK_THEME, DARK_THEME.accent)).toBe(DARK_THEME.accent);
  });
  it('the data colour maps stay distinguishable from both backgrounds where the value is not zero', () => {
    // Strong values (|v| = 1, weight ≥ 0.25) must stand out from either background (≥ 1.3:1, a visible fill).
    for (const bg of [DARK_THEME.background, LIGHT_THEME.background]) {
      for (const c of [divergingColor(-1), divergingColor(1), weightColor(0.25), weightColor(0.5), weightColor(0.75)])
        expect(contrast(hex(cssColor(c)), bg)).toBeGreaterThan(1.3);
    }
  });
});

describe('paintRgb and glowRgb', () => {
  it('dark: colour times gain (as the scenes always drew); light: receding goes to white, not black', async () => {
    const { paintRgb, glowRgb } = await import('./theme.ts');
    expect(paintRgb(DARK_THEME, [0.5, 0.4, 0.2], 0.5)).toEqual([0.25, 0.2, 0.1]);
    expect(glowRgb(DARK_THEME, [0.5, 0.4, 0.2], 0.5)).toEqual([0.25, 0.2, 0.1]);
    // Data colour at full emphasis: its hue, deepened to read on white; at zero emphasis: white (the background).
    const orange = paintRgb(LIGHT_THEME, [1, 0.5, 0.05], 1);
    expect(orange[1] / orange[0]).toBeCloseTo(0.5, 9);
    paintRgb(LIGHT_THEME, [0.2, 0.3, 0.6], 1).forEach((v, i) => expect(v).toBeCloseTo([0.2, 0.3, 0.6][i]!, 12));
    expect(paintRgb(LIGHT_THEME, [1, 0.5, 0.05], 0)).toEqual([1, 1, 1]);
    // A dark slate panel becomes a pale grey with the same bluish tint, lighter than the text.
    const slate = paintRgb(LIGHT_THEME, [0.2, 0.24, 0.32], 1);
    expect(Math.min(...slate)).toBeGreaterThan(0.7);
    expect(slate[2]).toBeGreaterThan(slate[0]);
    // Glows: zero strength is invisible on each background (black added, white multiplied).
    expect(glowRgb(LIGHT_THEME, [0.15, 0.85, 1], 0)).toEqual([1, 1, 1]);
    expect(glowRgb(DARK_THEME, [0.15, 0.85, 1], 0)).toEqual([0, 0, 0]);
  });
});

describe('graphics on the light theme (WCAG 1.4.11: 3:1 against the background)', () => {
  const hexOf = (c: readonly number[]) =>
    `#${c
      .map((v) =>
        Math.round(Math.min(1, Math.max(0, v)) * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  // The colours the scenes draw at full strength: every weight and signed value of the colour maps, the attention
  // ribbons' light cyan and the NTM's read and write beams (their scenes' constants).
  const weights = Array.from({ length: 21 }, (_, i) => weightColor(i / 20));
  const signed = Array.from({ length: 21 }, (_, i) => divergingColor(-1 + i / 10));
  const glows = [
    [0.35, 0.9, 1.0],
    [0.15, 0.85, 1.0],
    [1.0, 0.3, 0.85],
    [0.99, 0.91, 0.15],
  ] as const;
  it('every bar, cell and glow at full strength reads at ≥ 3:1 on white (the pale-yellow w_prev bar and cyan ribbons did not)', async () => {
    const { paintRgb, glowRgb, GRAPHIC_CONTRAST } = await import('./theme.ts');
    expect(contrast(hexOf(weightColor(1)), LIGHT_THEME.background), 'the map itself is pale on white').toBeLessThan(1.5);
    for (const c of [...weights, ...signed, ...glows]) {
      expect(contrast(hexOf(paintRgb(LIGHT_THEME, c, 1)), LIGHT_THEME.background), `paint ${c.join(' ')}`).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
      expect(contrast(hexOf(glowRgb(LIGHT_THEME, c, 1)), LIGHT_THEME.background), `glow ${c.join(' ')}`).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    }
  });
  it('keeps each colour’s hue and the weight map’s order (a larger weight is never the darker bar)', async () => {
    const { onWhite, rgbLuminance } = await import('./theme.ts');
    for (const c of [...weights, ...glows]) {
      const d = onWhite(c);
      const k = d[0] / c[0];
      d.forEach((v, i) => expect(v).toBeCloseTo(c[i]! * k, 9));
    }
    const lum = weights.map((c) => rgbLuminance(onWhite(c)));
    const raw = weights.map((c) => rgbLuminance(c));
    for (let i = 1; i < lum.length; i++) if (raw[i]! > raw[i - 1]!) expect(lum[i]!).toBeGreaterThanOrEqual(lum[i - 1]!);
  });
  it('leaves the dark theme as it was', async () => {
    const { paintRgb, glowRgb } = await import('./theme.ts');
    expect(paintRgb(DARK_THEME, [0.99, 0.91, 0.15], 1)).toEqual([0.99, 0.91, 0.15]);
    expect(glowRgb(DARK_THEME, [0.35, 0.9, 1.0], 1)).toEqual([0.35, 0.9, 1.0]);
  });
});
