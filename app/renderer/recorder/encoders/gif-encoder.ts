/**
 * GIF through gifenc: one global palette (computed once from a few frames of the export, so colours do not
 * flicker between frames), delays in hundredths of a second (exact at 25 and 50 fps), loops forever. Each frame's
 * bytes go to the sink as soon as they are encoded, so memory does not grow with the length.
 */
import { GIFEncoder, applyPalette, quantize, type Palette } from 'gifenc';
import type { PixelData } from '../../scene/view.ts';
import type { ByteSink } from '../byte-sink.ts';
import { gifDelayCentiseconds } from '../formats.ts';
import type { FrameEncoder } from './frame-encoder.ts';

/** At most this many pixels of the sample frames go into the palette computation (it is quadratic-ish in colours, linear in pixels). */
const PALETTE_SAMPLE_PIXELS = 1 << 18;

/** One 256-colour palette for the sample frames (RGBA, every frame the same size), from an even subsample of their pixels. */
export function globalPalette(frames: readonly PixelData[]): Palette {
  const total = frames.reduce((n, f) => n + f.width * f.height, 0);
  const stride = Math.max(1, Math.ceil(total / PALETTE_SAMPLE_PIXELS));
  const sample = new Uint8Array(Math.ceil(total / stride) * 4 + 4 * frames.length);
  let o = 0;
  for (const f of frames) {
    for (let p = 0; p < f.width * f.height; p += stride) {
      sample.set(f.data.subarray(p * 4, p * 4 + 4), o);
      o += 4;
    }
  }
  return quantize(sample.subarray(0, o), 256, { format: 'rgb565' });
}

/** A GIF encoder writing to `sink` with `palette` (see {@link globalPalette}). */
export function createGifEncoder(options: { fps: number; width: number; height: number; palette: Palette }, sink: ByteSink): FrameEncoder {
  const gif = GIFEncoder({ auto: false, initialCapacity: 1 << 20 });
  const delay = gifDelayCentiseconds(options.fps) * 10; // gifenc takes milliseconds and writes centiseconds
  let position = 0;
  const flush = async () => {
    const bytes = gif.stream.bytes();
    gif.stream.reset();
    await sink.write({ position, data: bytes });
    position += bytes.length;
  };
  return {
    async add(pixels, k) {
      if (k === 0) gif.writeHeader();
      const index = applyPalette(pixels.data, options.palette, 'rgb565');
      gif.writeFrame(index, pixels.width, pixels.height, { palette: options.palette, delay, repeat: 0, first: k === 0 });
      await flush();
    },
    async finish() {
      gif.finish();
      await flush();
    },
    async cancel() {
      gif.stream.reset();
    },
  };
}
