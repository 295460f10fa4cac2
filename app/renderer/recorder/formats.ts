/**
 * Export formats: what each one is, its file extension and MIME type, the frame rates it allows, and the video
 * codecs it can carry. Pure: which codecs this machine can encode is asked of WebCodecs elsewhere (codecs.ts).
 */

/** The export formats of the dialog and `atenea render`. */
export const EXPORT_FORMATS = ['mp4', 'webm', 'gif', 'png'] as const;
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Video codecs the recorder tries, by mediabunny's names (H.264, VP9, AV1). */
export type RecorderVideoCodec = 'avc' | 'vp9' | 'av1';

/** Codecs each video container may carry, in order of preference (MP4: H.264 first; WebM: VP9 first; AV1 where encodable). */
export const CONTAINER_CODECS: Readonly<Record<'mp4' | 'webm', readonly RecorderVideoCodec[]>> = {
  mp4: ['avc', 'av1'],
  webm: ['vp9', 'av1'],
};

/** The frame rates the dialog offers. */
export const FRAME_RATES = [24, 25, 30, 50, 60] as const;
/** GIF delays are whole hundredths of a second: only 25 and 50 fps are exact. */
export const GIF_FRAME_RATES = [25, 50] as const;

/** The resolutions the dialog offers (plus the window's own). */
export const RESOLUTIONS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** MIME type of a finished file (a PNG sequence in the browser host is a zip). */
export function mimeType(format: ExportFormat, sequence = false): string {
  if (format === 'png') return sequence ? 'application/zip' : 'image/png';
  return { mp4: 'video/mp4', webm: 'video/webm', gif: 'image/gif' }[format];
}

/** The format an output name asks for by its extension (`.zip` is a PNG sequence), or null. */
export function formatFromName(name: string): { format: ExportFormat; sequence: boolean } | null {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'zip') return { format: 'png', sequence: true };
  if (ext === 'mp4' || ext === 'webm' || ext === 'gif' || ext === 'png') return { format: ext, sequence: false };
  return null;
}

/** The frame rates a format allows. */
export function allowedFrameRates(format: ExportFormat): readonly number[] {
  return format === 'gif' ? GIF_FRAME_RATES : FRAME_RATES;
}

/** GIF frame delay in hundredths of a second (the GIF unit) for a frame rate; exact for 25 and 50 fps. */
export function gifDelayCentiseconds(fps: number): number {
  return Math.max(1, Math.round(100 / fps));
}

/**
 * Video encoders (H.264 4:2:0 in particular) need even sizes: rounds a size down to even numbers (at least 2),
 * which matters only for "the window's size".
 */
export function evenSize(size: { width: number; height: number }): { width: number; height: number } {
  const even = (x: number) => Math.max(2, Math.floor(Math.round(x) / 2) * 2);
  return { width: even(size.width), height: even(size.height) };
}

/** A file name for an export: `atenea-<preset>-<from>-<to>.<ext>` (a PNG sequence: a folder name, or `.zip`). */
export function suggestedName(preset: string, from: number, to: number, format: ExportFormat, sequence: boolean, zip: boolean): string {
  const stem = `atenea-${preset.replace(/[^a-z0-9_-]+/gi, '-')}-${from}-${to}`;
  if (format === 'png' && sequence) return zip ? `${stem}.zip` : stem;
  return `${stem}.${format}`;
}

/** The file name of frame k of a PNG sequence (five digits, from 00000). */
export function sequenceFileName(k: number): string {
  return `frame-${String(k).padStart(5, '0')}.png`;
}
