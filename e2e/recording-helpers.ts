/**
 * Helpers of the recording specs: ffprobe/ffmpeg (Debian's ffmpeg) on exported videos, a GIF block parser
 * (frame count and delays), PNG headers, and pixel comparisons.
 */
import { execFileSync } from 'node:child_process';

/** The export choice of app/renderer/recorder/recorder-service.ts, as the specs pass it to the page. */
export interface ExportChoice {
  readonly format: 'mp4' | 'webm' | 'gif' | 'png';
  readonly sequence?: boolean;
  readonly from: number;
  readonly to: number;
  readonly fps: number;
  readonly secondsPerStep: number;
  readonly secondsPerTransition: number;
  readonly width: number;
  readonly height: number;
  /** The picture's theme (default: the screen's). */
  readonly theme?: 'dark' | 'light';
}

/** What ffprobe says about a video's first stream (frames counted by decoding). */
export interface ProbedVideo {
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly frames: number;
  readonly fps: number;
  readonly duration: number;
}

/** Runs ffprobe with `-count_frames` on `file`. */
export function probeVideo(file: string): ProbedVideo {
  const out = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-count_frames',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=codec_name,width,height,nb_read_frames,r_frame_rate,duration:format=duration',
      '-of',
      'json',
      file,
    ],
    { encoding: 'utf8' },
  );
  const json = JSON.parse(out) as { streams: Record<string, string | number>[]; format: { duration?: string } };
  const s = json.streams[0]!;
  const [num, den] = String(s.r_frame_rate).split('/').map(Number);
  return {
    codec: String(s.codec_name),
    width: Number(s.width),
    height: Number(s.height),
    frames: Number(s.nb_read_frames),
    fps: num! / (den ?? 1),
    duration: Number(json.format.duration ?? s.duration),
  };
}

/** Decodes output frame `k` of a video to RGBA (alpha 255) with ffmpeg. */
export function decodeFrame(file: string, k: number, width: number, height: number): Uint8Array {
  const rgb = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vf', `select=eq(n\\,${k})`, '-vsync', '0', '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { maxBuffer: 1 << 28 },
  );
  if (rgb.length !== width * height * 3) throw new Error(`decoded ${rgb.length} bytes for frame ${k}, expected ${width * height * 3}`);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgba[j] = rgb[i]!;
    rgba[j + 1] = rgb[i + 1]!;
    rgba[j + 2] = rgb[i + 2]!;
    rgba[j + 3] = 255;
  }
  return rgba;
}

/** Mean absolute RGB difference, and the fraction of pixels off by more than `far` in some channel. */
export function compareRgb(a: ArrayLike<number>, b: ArrayLike<number>, far = 48): { mean: number; farFraction: number } {
  let sum = 0;
  let farCount = 0;
  const n = a.length / 4;
  for (let i = 0; i < a.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(a[i + c]! - b[i + c]!);
      sum += d;
      worst = Math.max(worst, d);
    }
    if (worst > far) farCount++;
  }
  return { mean: sum / (n * 3), farFraction: farCount / n };
}

/** Frame count, delays (hundredths of a second), size and loop flag of a GIF, by walking its blocks. */
export function parseGif(bytes: Uint8Array): {
  width: number;
  height: number;
  frames: number;
  delays: number[];
  loops: boolean;
  globalPalette: boolean;
} {
  const sig = String.fromCharCode(...bytes.subarray(0, 6));
  if (sig !== 'GIF89a' && sig !== 'GIF87a') throw new Error(`not a GIF (${sig})`);
  const width = bytes[6]! | (bytes[7]! << 8);
  const height = bytes[8]! | (bytes[9]! << 8);
  const flags = bytes[10]!;
  let p = 13;
  const globalPalette = (flags & 0x80) !== 0;
  if (globalPalette) p += 3 * (1 << ((flags & 7) + 1));
  const delays: number[] = [];
  let frames = 0;
  let loops = false;
  const skipSubBlocks = () => {
    while (bytes[p]! !== 0) p += bytes[p]! + 1;
    p++;
  };
  for (;;) {
    const b = bytes[p++];
    if (b === 0x3b) break;
    if (b === 0x21) {
      const label = bytes[p++];
      if (label === 0xf9) delays.push(bytes[p + 2]! | (bytes[p + 3]! << 8));
      if (label === 0xff && String.fromCharCode(...bytes.subarray(p + 1, p + 12)) === 'NETSCAPE2.0') loops = true;
      skipSubBlocks();
    } else if (b === 0x2c) {
      frames++;
      const f = bytes[p + 8]!;
      p += 9;
      if (f & 0x80) p += 3 * (1 << ((f & 7) + 1));
      p++; // LZW minimum code size
      skipSubBlocks();
    } else throw new Error(`unexpected GIF block 0x${(b ?? 0).toString(16)} at ${p - 1}`);
  }
  return { width, height, frames, delays, loops, globalPalette };
}

/** Width and height from a PNG's IHDR (throws when the signature is wrong). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!sig.every((v, i) => bytes[i] === v)) throw new Error('not a PNG');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}
