/**
 * PNG: one frame, or every frame as a numbered sequence (frame-00000.png, …). PNG bytes come from
 * `OffscreenCanvas.convertToBlob`. A sequence goes into a folder where the sink can write named files
 * (Electron, `atenea render`), else into a zip streamed by fflate (the browser host's download).
 */
import { Zip, ZipPassThrough } from 'fflate';
import type { PixelData } from '../../scene/view.ts';
import type { ByteSink } from '../byte-sink.ts';
import { sequenceFileName } from '../formats.ts';
import type { FrameEncoder } from './frame-encoder.ts';

/** PNG bytes of an RGBA image (rows top-first). */
export async function encodePng(pixels: PixelData): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(pixels.width, pixels.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to encode PNG');
  const clamped = new Uint8ClampedArray(pixels.data.buffer as ArrayBuffer, pixels.data.byteOffset, pixels.width * pixels.height * 4);
  ctx.putImageData(new ImageData(clamped, pixels.width, pixels.height), 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

/** A PNG encoder: `sequence` false writes the single frame 0 as the file; true writes every frame. */
export function createPngEncoder(options: { sequence: boolean }, sink: ByteSink): FrameEncoder {
  if (!options.sequence) {
    return {
      async add(pixels, k) {
        if (k !== 0) throw new Error('a single PNG has one frame');
        await sink.write({ position: 0, data: await encodePng(pixels) });
      },
      async finish() {},
      async cancel() {},
    };
  }
  if (sink.folder) {
    return {
      async add(pixels, k) {
        await sink.write({ position: 0, data: await encodePng(pixels), name: sequenceFileName(k) });
      },
      async finish() {},
      async cancel() {},
    };
  }
  // Zip: PNG is already compressed, so entries are stored; fflate hands over each piece as it is produced.
  let position = 0;
  let pending: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let done: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (done = resolve));
  const zip = new Zip((error, chunk, final) => {
    if (error) failure ??= error;
    else {
      const at = position;
      position += chunk.length;
      pending = pending.then(() => sink.write({ position: at, data: chunk })).catch((e: unknown) => void (failure ??= e));
    }
    if (final || error) done();
  });
  const settle = async () => {
    await pending;
    if (failure) throw failure;
  };
  return {
    async add(pixels, k) {
      const entry = new ZipPassThrough(sequenceFileName(k));
      zip.add(entry);
      entry.push(await encodePng(pixels), true);
      await settle();
    },
    async finish() {
      zip.end();
      await ended;
      await settle();
    },
    async cancel() {
      zip.terminate();
    },
  };
}
