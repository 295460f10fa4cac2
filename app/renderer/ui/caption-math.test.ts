import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/messages-en.ts';
import { es } from '../../shared/i18n/messages-es.ts';
import { format } from '../../shared/i18n/i18n.ts';
import { captionParts, plainCaption } from './caption-math.ts';

/** Every caption template of a dictionary (the `captions` tables of each module). */
function captions(dictionary: object): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && key.startsWith('captions')) out.push(value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key || (k === 'captions' ? 'captions' : ''));
  };
  walk(dictionary, '');
  return out;
}

describe('captions with inline math', () => {
  it('splits words from $…$ math', () => {
    expect(captionParts('The context $c_{9} = \\sum_j \\alpha_j h_j$ is mostly “cat”.')).toEqual([
      { math: false, text: 'The context ' },
      { math: true, text: 'c_{9} = \\sum_j \\alpha_j h_j' },
      { math: false, text: ' is mostly “cat”.' },
    ]);
    expect(captionParts('no math, 5 $ left')).toEqual([{ math: false, text: 'no math, 5 $ left' }]);
    expect(plainCaption('by $\\alpha$.')).toBe('by \\alpha.');
  });
  it('no caption shows raw c_9, h_j or α_col: their math is $…$ that KaTeX parses, in both languages', () => {
    for (const dictionary of [en, es]) {
      const all = captions(dictionary);
      expect(all.length).toBeGreaterThan(20);
      for (const template of all) {
        const text = format(template, { t: 12 });
        const words = captionParts(text)
          .filter((p) => !p.math)
          .map((p) => p.text)
          .join(' ');
        expect(words, template).not.toMatch(/\b[a-z]_\{?\w|α_/);
        for (const part of captionParts(text).filter((p) => p.math))
          expect(() => katex.renderToString(part.text, { throwOnError: true }), part.text).not.toThrow();
      }
    }
  });
});
