import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./chrome-theme.css', import.meta.url), 'utf8');

/** The custom properties of one rule block of chrome-theme.css (`:root` or `:root[data-theme='light']`). */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every text colour on every background it is drawn on (styles.css, recorder.css). */
const TEXT_PAIRS: [text: string, background: string][] = [
  ['text', 'bg'],
  ['text', 'panel'],
  ['text', 'panel-2'],
  ['text', 'tooltip-bg'],
  ['text', 'invalid-bg'],
  ['text', 'play-bg'],
  ['text', 'footer-bg'],
  ['dim', 'panel'],
  ['dim', 'panel-2'],
  ['dim', 'bg'],
  ['dim', 'footer-bg'],
  ['accent', 'panel'],
  ['accent', 'bg'],
  ['error', 'panel'],
  ['warn', 'footer-bg'],
];

describe('chrome colours in both themes', () => {
  const themes = { dark: palette(':root'), light: { ...palette(':root'), ...palette(":root[data-theme='light']") } };

  it('the light theme switches every colour the dark one sets', () => {
    expect(Object.keys(palette(":root[data-theme='light']")).sort()).toEqual(Object.keys(themes.dark).sort());
  });

  for (const [name, p] of Object.entries(themes)) {
    it(`${name}: every text/background pair meets WCAG AA (4.5:1), the focus ring 3:1`, () => {
      for (const [text, background] of TEXT_PAIRS) {
        const ratio = contrast(p[text]!, p[background]!);
        expect(ratio, `${name} --${text} ${p[text]} on --${background} ${p[background]}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
      }
      for (const background of ['panel', 'panel-2', 'bg'])
        expect(contrast(p.focus!, p[background]!), `${name} focus on ${background}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('the chrome style sheets draw with these variables only (no colour literal outside :root)', () => {
    for (const file of ['../styles.css', '../recorder/recorder.css']) {
      const sheet = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/:root\s*\{[^}]*\}/, '');
      const literals = sheet.replace(/::backdrop\s*\{[^}]*\}/, '').match(/#[0-9a-f]{3,8}\b|rgba?\(/gi) ?? [];
      expect(literals, file).toEqual([]);
    }
  });

  it('computes the WCAG ratio (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
