import { describe, expect, it } from 'vitest';
import * as THREE from 'three/webgpu';
import { flipRows, labelTexture } from './label-texture.ts';

describe('labelTexture', () => {
  it('uploads the canvas pixels bottom row first, as plain data (no canvas copy, no GPU flip pass)', () => {
    // 2 × 3 pixels; each pixel's red channel is its row (top row 0).
    const width = 2;
    const height = 3;
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([y, x, 7, 255], (y * width + x) * 4);
    const asked: number[][] = [];
    const texture = labelTexture({ getImageData: (...a) => (asked.push(a), { width, height, data }) }, width, height);
    expect(asked).toEqual([[0, 0, width, height]]);
    expect(texture).toBeInstanceOf(THREE.DataTexture);
    const out: ArrayLike<number> = texture.image.data ?? [];
    expect([out[0], out[8], out[16]]).toEqual([2, 1, 0]);
    expect(texture.flipY).toBe(false);
    expect(texture.colorSpace).toBe(THREE.SRGBColorSpace);
    expect(texture.generateMipmaps).toBe(true);
    expect(texture.minFilter).toBe(THREE.LinearMipmapLinearFilter);
  });

  it('flipRows reverses the rows and keeps every pixel', () => {
    expect([...flipRows([1, 1, 1, 1, 2, 2, 2, 2], 1, 2)]).toEqual([2, 2, 2, 2, 1, 1, 1, 1]);
  });
});
