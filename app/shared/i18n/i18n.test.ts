import { describe, expect, it } from 'vitest';
import { en } from './messages-en.ts';
import { es } from './messages-es.ts';
import { format, formatNumber, parseNumber, parseNumberList, preferredLanguage } from './i18n.ts';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

describe('i18n', () => {
  it('Spanish has exactly the English keys, all non-empty', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
    for (const k of keys(es)) expect(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], es)).not.toBe('');
  });
  it('formats decimals per language', () => {
    expect(formatNumber('es', 0.25)).toBe('0,25');
    expect(formatNumber('en', 0.25)).toBe('0.25');
    expect(formatNumber('es', -0.001)).toBe('0,00');
    expect(formatNumber('en', 1234.5, 1)).toBe('1234.5');
  });
  it('fills placeholders', () => {
    expect(format(en.playback.frameLabel, { step: 3, steps: 10, stage: 'sharpen' })).toBe('step 3/10 · sharpen');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
  it('parses numbers in both conventions', () => {
    expect(parseNumber('0,25')).toBe(0.25);
    expect(parseNumber(' 3 ')).toBe(3);
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
    expect(parseNumberList('0,1 0.8  0,1')).toEqual([0.1, 0.8, 0.1]);
  });
  it('prefers Spanish for es-*', () => {
    expect(preferredLanguage(['es-ES', 'en'])).toBe('es');
    expect(preferredLanguage(['en-US'])).toBe('en');
  });
});
