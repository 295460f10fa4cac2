import { describe, expect, it } from 'vitest';
import { cssColor, divergingColor, weightColor } from './colormap.ts';

const luminance = (c: readonly number[]) => 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;

describe('colour maps', () => {
  it('diverging: negative is blue, positive is orange, zero is neutral', () => {
    const neg = divergingColor(-1);
    const pos = divergingColor(1);
    expect(neg[2]).toBeGreaterThan(neg[0]);
    expect(pos[0]).toBeGreaterThan(pos[2]);
    const zero = divergingColor(0);
    expect(Math.abs(zero[0] - zero[2])).toBeLessThan(0.1);
    expect(divergingColor(5)).toEqual(pos);
  });
  it('sequential weights get brighter monotonically', () => {
    let last = -1;
    for (let w = 0; w <= 1; w += 0.05) {
      const l = luminance(weightColor(w));
      expect(l).toBeGreaterThan(last);
      last = l;
    }
    expect(weightColor(Number.NaN)).toEqual(weightColor(0));
  });
  it('formats css', () => {
    expect(cssColor([1, 0, 0.5])).toBe('rgb(255, 0, 128)');
  });
});
