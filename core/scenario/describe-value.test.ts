import { describe, expect, it } from 'vitest';
import { describeBriefly, describeValue, oneLine, previewString } from './describe-value.ts';

/** An array nested `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

describe('describing a value without echoing it', () => {
  it('gives the type and a short preview', () => {
    expect(describeValue(3)).toBe('3');
    expect(describeValue(Number.NaN)).toBe('a value that is not a number');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('x')).toBe('the string "x"');
    expect(describeValue([1, 2])).toBe('an array of length 2');
    expect(describeValue({ a: 1 })).toBe('an object with 1 field');
    expect(describeBriefly('lstm')).toBe('"lstm"');
    expect(describeBriefly(7)).toBe('7');
  });
  it('a 100,000-deep nesting and a 1 MB string give one short line', () => {
    expect(describeValue(nested(100_000))).toBe('an array of length 1');
    expect(describeValue({ a: nested(100_000) })).toBe('an object with 1 field');
    const huge = `${'a'.repeat(20)}\n${'b'.repeat(1 << 20)}`;
    const text = describeValue(huge);
    expect(text).toBe(`the string "${'a'.repeat(20)}\\n${'b'.repeat(19)}…"`);
    expect(text.length).toBeLessThan(60);
    expect(previewString('"\u2028')).toBe('"\\"\u2028"');
    expect(previewString('\ufeffa\u200bb\u00a0c d')).toBe('"\\uFEFFa\\u200Bb\\u00A0c d"');
    expect(previewString('\u{F0000}')).toBe('"\\u{F0000}"');
  });
  it('oneLine escapes control characters and caps the length', () => {
    expect(oneLine('a\nb\r\u2028c')).toBe('a\\nb\\r\\u2028c');
    expect(oneLine('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
