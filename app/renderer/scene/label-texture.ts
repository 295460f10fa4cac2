/**
 * Label textures uploaded as plain pixels. A `CanvasTexture` is copied to the GPU with
 * `copyExternalImageToTexture`, which on SwiftShader made the main thread wait for the GPU process (it took 90 %
 * of a seek's main-thread time in the attention chapter: README "Speed", "The view"). A label canvas is instead
 * drawn by the CPU (`willReadFrequently`), read with `getImageData` and handed to three as a `DataTexture`, whose
 * upload is one queued `writeTexture`; rows are flipped here so no GPU flip pass runs either.
 */
import * as THREE from 'three/webgpu';

/** The 2D context attributes of a label canvas: drawn on the CPU, so reading it back is a copy. */
export const LABEL_CONTEXT: CanvasRenderingContext2DSettings = { willReadFrequently: true };

/** The pixels a {@link labelTexture} reads (a 2D context, or a stand-in in tests). */
export interface PixelSource {
  getImageData(x: number, y: number, width: number, height: number): { readonly width: number; readonly height: number; readonly data: Uint8ClampedArray };
}

/** `rgba` (rows top-first, `width` × `height`) with its rows in the opposite order. */
export function flipRows(rgba: ArrayLike<number>, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  const row = width * 4;
  const src = rgba instanceof Uint8Array || rgba instanceof Uint8ClampedArray ? rgba : Uint8Array.from(rgba);
  for (let y = 0; y < height; y++) out.set(src.subarray((height - 1 - y) * row, (height - y) * row), y * row);
  return out;
}

/**
 * The texture of a label drawn on a `width` × `height` canvas whose context is `source`: sRGB, mipmapped (labels
 * are drawn larger than they show), bottom row first as three's sprite UVs expect, so `flipY` stays off.
 */
export function labelTexture(source: PixelSource, width: number, height: number): THREE.DataTexture {
  const image = source.getImageData(0, 0, width, height);
  const texture = new THREE.DataTexture(flipRows(image.data, image.width, image.height), image.width, image.height, THREE.RGBAFormat);
  texture.colorSpace = THREE.SRGBColorSpace;
  texture.flipY = false;
  texture.generateMipmaps = true;
  texture.minFilter = THREE.LinearMipmapLinearFilter;
  texture.magFilter = THREE.LinearFilter;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  return texture;
}
