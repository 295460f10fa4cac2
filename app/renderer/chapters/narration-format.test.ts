import { describe, expect, it } from 'vitest';
import { argmax, texNumber, texVector } from './narration-format.ts';

describe('texNumber', () => {
  it('writes the Spanish decimal comma as {,} and keeps the English point', () => {
    expect(texNumber('en', 0.5)).toBe('0.50');
    expect(texNumber('es', 0.5)).toBe('0{,}50');
    expect(texNumber('es', -1.25, 1)).toMatch(/^-1{,}[23]$/);
  });
});

describe('texVector', () => {
  it('writes every entry of a short vector', () => {
    expect(texVector('en', [1, 0.5])).toBe('\\left[1.00,\\ 0.50\\right]');
    expect(texVector('es', new Float64Array([0.25]))).toBe('\\left[0{,}25\\right]');
  });
  it('abbreviates a long one to its head, \\dots and its tail', () => {
    const v = [1, 2, 3, 4, 5];
    const whole = (x: number) => String(x);
    expect(texVector('en', v, { max: 4, entry: whole })).toBe('\\left[1,\\ 2,\\ 3,\\ 4,\\ \\dots\\right]');
    expect(texVector('en', v, { max: 4, head: 2, tail: 1, entry: whole })).toBe('\\left[1,\\ 2,\\ \\dots,\\ 5\\right]');
    expect(texVector('en', v, { max: 5, head: 1, entry: whole })).toBe('\\left[1,\\ 2,\\ 3,\\ 4,\\ 5\\right]');
  });
});

describe('argmax', () => {
  it('is the first largest entry', () => {
    expect(argmax([0.1, 0.7, 0.7, 0.2])).toBe(1);
    expect(argmax(new Float64Array([-Infinity, -3, -5]))).toBe(1);
    expect(argmax([])).toBe(0);
  });
});
