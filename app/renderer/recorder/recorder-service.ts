/**
 * The recorder as the app uses it: which formats this machine can export, and an export of the trace on screen
 * (or any trace, for `atenea render`) into the host's sink: Electron's save stream, the browser host's picked file
 * or download (file-sink.ts),
 * or a page function `atenea render` exposes.
 */
import type { Trace } from '#core/trace/trace.ts';
import type { AteneaHost } from '../../shared/host-api.ts';
import type { Language } from '../../shared/i18n/i18n.ts';
import type { PixelData } from '../scene/view.ts';
import type { ThemeName } from '../scene/theme.ts';
import type { View } from '../scene/view.ts';
import type { AppStore } from '../state/store.ts';
import type { ByteSink } from './byte-sink.ts';
import { encodableCodec } from './encoders/video-encoder.ts';
import { evenSize, mimeType, suggestedName, type ExportFormat, type RecorderVideoCodec } from './formats.ts';
import { frameInput, jobSchedule, record, type RecordingJob, type RecordingProgress } from './recorder.ts';
import { openElectronSink } from './sinks.ts';
import { openBrowserSink } from './file-sink.ts';
import type { ExportTiming } from '../../shared/export-timing.ts';

/** What the dialog (or a script) chooses. */
export interface ExportChoice extends ExportTiming {
  readonly format: ExportFormat;
  /** PNG: every frame (else the current frame). */
  readonly sequence?: boolean;
  /** The picture's theme (default: the screen's). */
  readonly theme?: ThemeName;
}

/** A format the dialog can offer, with the codec it would use. */
export interface FormatOffer {
  readonly format: ExportFormat;
  readonly codec: RecorderVideoCodec | null;
}

/** The result of an export: the saved name, or null when the save dialog was closed. */
export type ExportOutcome = { readonly name: string; readonly frames: number } | null;

/** The service the export dialog and the test hooks use. */
export interface RecorderService {
  /** Formats this machine can export at `size` (MP4/WebM only with an encodable codec). */
  offers(size: { width: number; height: number }): Promise<FormatOffer[]>;
  /** The job a choice describes, on the trace on screen (or `trace`). */
  job(choice: ExportChoice, trace?: Trace): Promise<RecordingJob>;
  /** Exports into the host's sink (or `sink`). Rejects with `AbortError` when `signal` fires. */
  export(
    choice: ExportChoice,
    options?: { signal?: AbortSignal; onProgress?: (p: RecordingProgress) => void; trace?: Trace; sink?: { sink: ByteSink; name: string } },
  ): Promise<ExportOutcome>;
  /** Output frame `k` of a choice as the recorder renders it (for tests: compare with a decoded video frame). */
  frame(choice: ExportChoice, k: number, trace?: Trace): Promise<PixelData>;
  /** True while an export runs. */
  readonly busy: boolean;
}

/** Creates the service for the app's store, view and host (null in a browser); `screenTheme` is the screen's theme. */
export function createRecorderService(
  store: AppStore,
  view: View,
  host: AteneaHost | null,
  now: () => number = () => performance.now(),
  screenTheme: () => ThemeName = () => 'dark',
): RecorderService {
  let busy = false;
  const deps = {
    readPixels: (input: Parameters<View['readPixels']>[0], size: { width: number; height: number }) => view.readPixels(input, size),
    now,
  };

  async function job(choice: ExportChoice, trace?: Trace): Promise<RecordingJob> {
    const s = store.getState();
    const t = trace ?? s.trace;
    if (!t) throw new Error('there is no trace to export yet');
    const video = choice.format === 'mp4' || choice.format === 'webm';
    const size = video ? evenSize(choice) : { width: Math.max(1, Math.round(choice.width)), height: Math.max(1, Math.round(choice.height)) };
    const codec = video ? await encodableCodec(choice.format as 'mp4' | 'webm', size) : null;
    if (video && !codec) throw new Error(`this machine cannot encode ${choice.format.toUpperCase()} at ${size.width}×${size.height}`);
    const language: Language = s.language;
    return {
      trace: t,
      from: choice.from,
      to: choice.to,
      fps: choice.fps,
      secondsPerStep: choice.secondsPerStep,
      secondsPerTransition: choice.secondsPerTransition,
      ...size,
      format: choice.format,
      ...(codec ? { codec } : {}),
      sequence: choice.sequence === true,
      language,
      theme: choice.theme ?? screenTheme(),
      cameraMoved: trace ? false : s.cameraMoved,
    };
  }

  async function openSink(j: RecordingJob): Promise<{ sink: ByteSink; name: string } | null> {
    const sequence = j.format === 'png' && j.sequence === true;
    if (host) {
      const name = suggestedName(store.getState().preset, j.from, j.to, j.format, sequence, false);
      return openElectronSink(host, { kind: sequence ? 'folder' : 'file', suggestedName: name });
    }
    const name = suggestedName(store.getState().preset, j.from, j.to, j.format, sequence, true);
    return openBrowserSink(name, mimeType(j.format, sequence));
  }

  return {
    get busy() {
      return busy;
    },
    async offers(size) {
      const even = evenSize(size);
      const [mp4, webm] = await Promise.all([encodableCodec('mp4', even), encodableCodec('webm', even)]);
      const offers: FormatOffer[] = [];
      if (mp4) offers.push({ format: 'mp4', codec: mp4 });
      if (webm) offers.push({ format: 'webm', codec: webm });
      offers.push({ format: 'gif', codec: null }, { format: 'png', codec: null });
      return offers;
    },
    job,
    async export(choice, options = {}) {
      if (busy) throw new Error('an export is already running');
      busy = true;
      try {
        const j = await job(choice, options.trace);
        jobSchedule(j); // refuse bad options before the save dialog opens
        const opened = options.sink ?? (await openSink(j));
        if (!opened) return null;
        const result = await record(j, opened.sink, deps, {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
        return { name: opened.name, frames: result.frames };
      } finally {
        busy = false;
      }
    },
    async frame(choice, k, trace) {
      const j = await job(choice, trace);
      return view.readPixels(frameInput(j, jobSchedule(j), k), { width: j.width, height: j.height });
    },
  };
}
