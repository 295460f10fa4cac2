/**
 * The view's read-back helpers: one multisampled render target kept while the size stays the same, and the
 * read pixels as RGBA8 rows top-first whichever backend drew them.
 */
import * as THREE from 'three/webgpu';

/** Pixels read back from a render target: RGBA8, rows top-first. */
export interface PixelData {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A render target for read-backs, re-made only when the size changes. */
export class ReadTarget {
  private target: THREE.RenderTarget | null = null;

  /** The target of this size (the previous one is disposed when the size differs). */
  of(width: number, height: number): THREE.RenderTarget {
    if (this.target && (this.target.width !== width || this.target.height !== height)) this.dispose();
    if (!this.target) {
      this.target = new THREE.RenderTarget(width, height, { colorSpace: THREE.SRGBColorSpace, samples: 4 });
      this.target.texture.colorSpace = THREE.SRGBColorSpace;
    }
    return this.target;
  }

  dispose(): void {
    this.target?.dispose();
    this.target = null;
  }
}

/**
 * The first width × height RGBA8 pixels of `raw`, rows top-first: WebGL2 reads rows bottom-first (`bottomFirst`)
 * and is flipped; otherwise `raw` is returned as is when it is exactly that size, else copied.
 */
export function topFirstRows(raw: Uint8Array, width: number, height: number, bottomFirst: boolean): Uint8Array {
  const data = new Uint8Array(raw.buffer, raw.byteOffset, width * height * 4);
  if (bottomFirst) {
    const flipped = new Uint8Array(data.length);
    const row = width * 4;
    for (let y = 0; y < height; y++) flipped.set(data.subarray((height - 1 - y) * row, (height - y) * row), y * row);
    return flipped;
  }
  // three hands back a fresh, tightly packed array: copy only when it is a view into something larger.
  return raw.byteOffset === 0 && raw.byteLength === data.length ? data : new Uint8Array(data);
}
