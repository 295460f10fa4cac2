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
    // Data colour at full emphasis: unchanged; at zero emphasis: white (the light background).
    paintRgb(LIGHT_THEME, [1, 0.5, 0.05], 1).forEach((v, i) => expect(v).toBeCloseTo([1, 0.5, 0.05][i]!, 12));
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
