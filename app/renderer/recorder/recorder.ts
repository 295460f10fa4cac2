/**
 * The recorder: drives its own clock through a {@link Schedule} (output frame k → trace frame, fromFrame,
 * eased progress), renders each frame into a render target at the export size (view.readPixels), and hands the
 * pixels to the format's encoder, which streams into a {@link ByteSink}. It never touches the store or the
 * on-screen camera: the app is exactly as before when it ends, fails or is cancelled (then the sink is
 * aborted: no partial file).
 */
import type { Trace } from '#core/trace/trace.ts';
import type { Language } from '../../shared/i18n/i18n.ts';
import type { PixelData, ViewInput } from '../scene/view.ts';
import { themeOf, type ThemeName } from '../scene/theme.ts';
import type { ByteSink } from './byte-sink.ts';
import { createGifEncoder, globalPalette } from './encoders/gif-encoder.ts';
import type { FrameEncoder } from './encoders/frame-encoder.ts';
import { createPngEncoder } from './encoders/png-encoder.ts';
import { createVideoEncoder } from './encoders/video-encoder.ts';
import { allowedFrameRates, type ExportFormat, type RecorderVideoCodec } from './formats.ts';
import { TimelineError, createSchedule, type Schedule } from './schedule.ts';
import type { ExportTiming } from '../../shared/export-timing.ts';

/** Everything an export needs (the dialog or `atenea render` fills it in). */
export interface RecordingJob extends ExportTiming {
  readonly trace: Trace;
  readonly format: ExportFormat;
  /** The video codec (mp4/webm), from `encodableCodec`. */
  readonly codec?: RecorderVideoCodec;
  /** PNG: every frame as a numbered sequence (else the single frame `from`). */
  readonly sequence?: boolean;
  readonly language: Language;
  /** Keep the user's orbit (as on screen) instead of each frame's default framing. */
  readonly cameraMoved: boolean;
  /** The picture's theme (default dark); the screen keeps its own. */
  readonly theme?: ThemeName;
}

/** Progress of an export. */
export interface RecordingProgress {
  readonly done: number;
  readonly total: number;
  /** Estimated seconds left (null before the first frame). */
  readonly secondsLeft: number | null;
}

/** What the recorder needs from the app. */
export interface RecorderDeps {
  /** Renders a scene input into a render target of this size and reads it back (RGBA, rows top-first). */
  readPixels(input: ViewInput, size: { width: number; height: number }): Promise<PixelData>;
  /** A clock in ms, only for the time-left estimate. */
  now(): number;
}

/** The result of a finished export. */
export interface RecordingResult {
  readonly frames: number;
  readonly duration: number;
}

/** Thrown when an export is cancelled (`name` is `AbortError`). */
export class RecordingCancelled extends Error {
  constructor() {
    super('the export was cancelled');
    this.name = 'AbortError';
  }
}

/** The output frames of a job: a single PNG is one frame at rest on `from`; otherwise the schedule. */
export function jobSchedule(job: RecordingJob): Schedule {
  if (!allowedFrameRates(job.format).includes(job.fps)) {
    throw new TimelineError('fps', `${job.format} exports at ${allowedFrameRates(job.format).join(' or ')} fps (got ${job.fps})`);
  }
  const schedule = createSchedule({
    frameCount: job.trace.frames.length,
    from: job.from,
    to: job.to,
    fps: job.fps,
    secondsPerStep: job.secondsPerStep,
    secondsPerTransition: job.secondsPerTransition,
  });
  if (job.format !== 'png' || job.sequence) return schedule;
  const point = { frame: job.from, fromFrame: job.from, progress: 1 };
  return { ...schedule, frameCount: 1, duration: 1 / job.fps, at: () => point };
}

/** The scene input of output frame k of a job. */
export function frameInput(job: RecordingJob, schedule: Schedule, k: number): ViewInput {
  return { trace: job.trace, ...schedule.at(k), language: job.language, theme: themeOf(job.theme ?? 'dark'), cameraMoved: job.cameraMoved };
}

async function encoderFor(job: RecordingJob, schedule: Schedule, sink: ByteSink, render: (k: number) => Promise<PixelData>): Promise<FrameEncoder> {
  const size = { fps: job.fps, width: job.width, height: job.height };
  switch (job.format) {
    case 'mp4':
    case 'webm':
      if (!job.codec) throw new Error(`no ${job.format} codec chosen`);
      return createVideoEncoder({ container: job.format, codec: job.codec, ...size }, sink);
    case 'gif': {
      const n = schedule.frameCount;
      const samples = [...new Set([0, Math.floor(n / 2), n - 1])];
      const frames: PixelData[] = [];
      for (const k of samples) frames.push(await render(k));
      return createGifEncoder({ ...size, palette: globalPalette(frames) }, sink);
    }
    case 'png':
      return createPngEncoder({ sequence: job.sequence === true }, sink);
  }
}

/**
 * Records `job` into `sink`: exactly `schedule.frameCount` frames, in order. On success the sink is finished;
 * on cancel ({@link RecordingCancelled}) or failure it is aborted and the error rethrown.
 */
export async function record(
  job: RecordingJob,
  sink: ByteSink,
  deps: RecorderDeps,
  options: { signal?: AbortSignal; onProgress?: (p: RecordingProgress) => void } = {},
): Promise<RecordingResult> {
  const { signal, onProgress } = options;
  const schedule = jobSchedule(job);
  const total = schedule.frameCount;
  const size = { width: job.width, height: job.height };
  const render = (k: number) => deps.readPixels(frameInput(job, schedule, k), size);
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new RecordingCancelled();
  };
  let encoder: FrameEncoder | null = null;
  try {
    stopIfCancelled();
    onProgress?.({ done: 0, total, secondsLeft: null });
    encoder = await encoderFor(job, schedule, sink, render);
    const start = deps.now();
    for (let k = 0; k < total; k++) {
      stopIfCancelled();
      const pixels = await render(k);
      stopIfCancelled();
      await encoder.add(pixels, k);
      const elapsed = (deps.now() - start) / 1000;
      onProgress?.({ done: k + 1, total, secondsLeft: (elapsed / (k + 1)) * (total - k - 1) });
    }
    stopIfCancelled();
    await encoder.finish();
    stopIfCancelled();
    await sink.finish();
    return { frames: total, duration: schedule.duration };
  } catch (error) {
    await encoder?.cancel().catch(() => undefined);
    await sink.abort().catch(() => undefined);
    throw error;
  }
}
