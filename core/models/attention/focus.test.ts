import { describe, expect, it } from 'vitest';
import { MOON, nightSky, pointwiseProduct, spotMask } from './focus.ts';

describe('attention as a mask (Definición)', () => {
  it('draws the same night sky for the same seed, a different one for another seed, at any resolution', () => {
    const a = nightSky(160, 90, 7);
    expect(a.data.length).toBe(160 * 90);
    expect(Array.from(nightSky(160, 90, 7).data)).toEqual(Array.from(a.data));
    expect(Array.from(nightSky(160, 90, 8).data)).not.toEqual(Array.from(a.data));
    expect(a.data.every((v) => v >= 0 && v <= 1)).toBe(true);
    const big = nightSky(1024, 576, 7);
    // The moon is bright at its centre at both resolutions; the sky far from it is dark on average.
    expect(a.data[Math.floor(MOON.y * 90) * 160 + Math.floor(MOON.x * 160)]).toBeGreaterThan(0.7);
    expect(big.data[Math.floor(MOON.y * 576) * 1024 + Math.floor(MOON.x * 1024)]).toBeGreaterThan(0.7);
    const corner = Array.from(big.data.subarray(0, 1024 * 100)).reduce((s, v) => s + v, 0) / (1024 * 100);
    expect(corner).toBeLessThan(0.15);
    expect(nightSky(1, 1, 1).data.length).toBe(1);
  });

  it('the spot mask is 1 inside the radius, falls off with the softness, and is hard with softness 0', () => {
    const m = spotMask(100, 50, { x: 0.5, y: 0.5, radius: 0.2, softness: 0.1 });
    expect(m.data[25 * 100 + 50]).toBe(1);
    // Pixel (70, 25) has its centre at (70.5, 25.5), the spot's centre is (50, 25): d = hypot(20.5, 0.5) / 50.
    const out = Math.hypot(20.5, 0.5) / 50 - 0.2;
    expect(m.data[25 * 100 + 70]).toBeCloseTo(Math.exp(-(out ** 2) / 0.02), 14);
    const hard = spotMask(100, 50, { x: 0.5, y: 0.5, radius: 0.2, softness: 0 });
    expect(hard.data[25 * 100 + 55]).toBe(1);
    expect(hard.data[25 * 100 + 70]).toBe(0);
  });

  it('the product keeps the moon and dims the rest', () => {
    const sky = nightSky(200, 100, 3);
    const mask = spotMask(200, 100, { x: MOON.x, y: MOON.y, radius: MOON.radius, softness: 0.02 });
    const p = pointwiseProduct(sky.data, mask.data);
    const centre = Math.floor(MOON.y * 100) * 200 + Math.floor(MOON.x * 200);
    expect(p[centre]).toBe(sky.data[centre]);
    expect(p[0]).toBeLessThan(1e-6);
    expect(() => pointwiseProduct([1, 2], [1])).toThrow('object has 2 values, mask 1');
  });
});
