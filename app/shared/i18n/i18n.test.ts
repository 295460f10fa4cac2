import { describe, expect, it } from 'vitest';
import { en } from './messages-en.ts';
import { es } from './messages-es.ts';
import { format, formatNumber, formatQuoted, plural, sentenceCase, parseNumber, parseNumberList, preferredLanguage } from './i18n.ts';

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

describe('plural and quoted numbers', () => {
  it('chooses the form by Intl.PluralRules: 1 fotograma, 2 fotogramas, 0 frames', () => {
    const forms = { one: '{count} fotograma', other: '{count} fotogramas' };
    expect(plural('es', 1, forms)).toBe('1 fotograma');
    expect(plural('es', 2, forms)).toBe('2 fotogramas');
    expect(plural('en', 0, { one: '{count} frame', other: '{count} frames' })).toBe('0 frames');
    expect(plural('en', 1, { one: '{count} frame, {s} s', other: '{count} frames, {s} s' }, { s: 2 })).toBe('1 frame, 2 s');
  });
  it('quotes numbers with at most 6 significant digits in the language, never NaN', () => {
    expect(formatQuoted('es', 0.1 + 0.2 + 0.3)).toBe('0,6');
    expect(formatQuoted('en', 2 / 3)).toBe('0.666667');
    expect(formatQuoted('es', 5)).toBe('5');
    expect(formatQuoted('es', Number.NaN)).not.toContain('NaN');
  });
});

describe('sentence case', () => {
  it('upper-cases the first letter only', () => {
    expect(sentenceCase('pesos de atención', 'es')).toBe('Pesos de atención');
    expect(sentenceCase('elegir operación y columna', 'es')).toBe('Elegir operación y columna');
    expect(sentenceCase('ínput', 'es')).toBe('Ínput');
    expect(sentenceCase('', 'en')).toBe('');
  });
});

describe('Spanish words', () => {
  it('says "escenario", never the English "preset", in any Spanish message', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    for (const text of strings(es)) expect(text).not.toMatch(/\bpresets?\b/i);
  });
});
