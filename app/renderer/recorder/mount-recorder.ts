/**
 * Plugs the recorder into the app: the Export button in the header (`data-testid="export"`, named in both
 * languages), the E shortcut, the export dialog, and — with `?e2e=1` or `?render=1` — `window.ateneaRecorder`
 * for the e2e specs and `atenea render` (export a choice, render one output frame, list the formats).
 */
import type { Trace } from '#core/trace/trace.ts';
import type { AteneaHost } from '../../shared/host-api.ts';
import { messages } from '../../shared/i18n/i18n.ts';
import type { View } from '../scene/view.ts';
import type { ThemeName } from '../scene/theme.ts';
import type { AppStore } from '../state/store.ts';
import { h } from '../ui/dom.ts';
import { createExportDialog } from '../ui/export-dialog.ts';
import { CHAPTERS } from '../chapters/registry.ts';
import { reviveJsonTrace } from '../chapters/revive.ts';
import type { ByteSink } from './byte-sink.ts';
import type { PixelData } from '../scene/view.ts';
import { createVideoEncoder } from './encoders/video-encoder.ts';
import { record } from './recorder.ts';
import type { ExportBench } from './export-bench-result.ts';
import { createRecorderService, type ExportChoice, type RecorderService } from './recorder-service.ts';
import type { GpuBackend } from '#core/gpu/common/backend.ts';
import { validateLesson } from '#core/lesson/validate-lesson.ts';
import type { LessonRenderChoice } from '../../shared/lesson-render-choice.ts';
import { renderLesson } from './lesson-render.ts';
import type { LessonImages } from './slide-image.ts';
import { exportLessonVideo, type LessonExportParts } from './lesson-export.ts';
import './recorder.css';

/** What `window.ateneaRecorder` offers (test hooks and `atenea render`). */
export interface AteneaRecorderHooks {
  readonly service: RecorderService;
  /** Module ids the app can draw (`atenea render` refuses others). */
  readonly modules: readonly string[];
  /** Output frame k of a choice, as plain numbers (RGBA rows top-first). */
  frame(choice: ExportChoice, k: number, trace?: Trace): Promise<{ width: number; height: number; data: number[] }>;
  /**
   * `atenea render`: exports `trace` (JSON, as `atenea trace` writes it; revived by its module) with `choice`, sending every write to the page function
   * `window.ateneaRenderWrite(position, base64, name?)` and progress to `window.ateneaRenderProgress(done, total)`.
   */
  render(choice: ExportChoice & { folder?: boolean }, trace: unknown): Promise<{ frames: number }>;
  /**
   * `npm run bench -- export`: times our export of `choice` (render, read-back, encode; bytes dropped) and then
   * the bare video encoder on the very frames it rendered, kept in memory (keep `choice` short).
   */
  bench(choice: ExportChoice, trace: unknown): Promise<ExportBench>;
  /** `atenea render <lesson>`: a range of a lesson's slides as one video (lesson-render.ts), written like {@link render}. */
  renderLesson(choice: LessonRenderChoice, lesson: unknown, images?: LessonImages): Promise<{ frames: number }>;
}

interface RenderBridge {
  ateneaRenderWrite?(position: number, base64: string, name?: string): Promise<void>;
  ateneaRenderProgress?(done: number, total: number): Promise<void>;
}

function base64(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Mounts the Export button (into `header`), the dialog and the shortcut; installs the hooks when asked. */
export function mountRecorder(options: {
  header: HTMLElement;
  store: AppStore;
  view: View;
  host: AteneaHost | null;
  search: string;
  screenTheme?: () => ThemeName;
  compute?: GpuBackend;
  lesson?: Pick<LessonExportParts, 'lesson' | 'restore'>;
}): RecorderService {
  const { header, store, view, host, search } = options;
  const screenTheme = options.screenTheme ?? (() => 'dark' as const);
  const service = createRecorderService(store, view, host, () => performance.now(), screenTheme);
  const windowSize = () => ({ width: view.renderer.domElement.width, height: view.renderer.domElement.height });
  const { compute, lesson } = options;
  const lessonOffer =
    compute && lesson
      ? {
          slides: () => lesson.lesson()?.slides.length ?? null,
          run: (c: LessonRenderChoice, signal: AbortSignal, progress: (frames: number, slide: number) => void) =>
            exportLessonVideo({ view, backend: compute, host, ...lesson }, c, signal, progress),
        }
      : undefined;
  const dialog = createExportDialog(store, service, windowSize, screenTheme, lessonOffer);
  const button = h('button', { type: 'button', 'data-testid': 'export', 'aria-keyshortcuts': 'E' });
  (header.querySelector('.header-controls') ?? header).append(button);
  const label = () => {
    const m = messages(store.getState().language).recorder;
    button.textContent = m.button;
    button.setAttribute('aria-label', m.buttonLabel);
    button.title = m.buttonLabel;
  };
  label();
  store.subscribe((s) => s.language, label);
  button.addEventListener('click', () => void dialog.open());
  window.addEventListener('keydown', (event) => {
    const t = event.target;
    const typing =
      t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement || (t instanceof HTMLElement && t.isContentEditable);
    if (typing || event.ctrlKey || event.metaKey || event.altKey || dialog.element.open) return;
    if (event.key === 'e' || event.key === 'E') {
      event.preventDefault();
      void dialog.open();
    }
  });

  const params = new URLSearchParams(search);
  if (params.get('e2e') === '1' || params.get('render') === '1') {
    const hooks: AteneaRecorderHooks = {
      service,
      modules: Object.keys(CHAPTERS),
      async frame(choice, k, trace) {
        const p = await service.frame(choice, k, trace);
        return { width: p.width, height: p.height, data: Array.from(p.data) };
      },
      async render(choice, trace) {
        const bridge = window as unknown as RenderBridge;
        if (!bridge.ateneaRenderWrite) throw new Error('no render bridge');
        const write = bridge.ateneaRenderWrite;
        const sink: ByteSink = {
          folder: choice.folder !== false,
          write: (chunk) => write(chunk.position, base64(chunk.data), chunk.name),
          finish: async () => undefined,
          abort: async () => undefined,
        };
        const outcome = await service.export(choice, {
          trace: reviveJsonTrace(trace),
          sink: { sink, name: 'render' },
          onProgress: (p) => void bridge.ateneaRenderProgress?.(p.done, p.total),
        });
        return { frames: outcome?.frames ?? 0 };
      },
      async renderLesson(choice, lesson, images) {
        const bridge = window as unknown as RenderBridge;
        const write = bridge.ateneaRenderWrite;
        if (!write || !options.compute) throw new Error('no render bridge');
        const sink: ByteSink = {
          folder: false,
          write: (chunk) => write(chunk.position, base64(chunk.data)),
          finish: async () => undefined,
          abort: async () => undefined,
        };
        return renderLesson(validateLesson(lesson), choice, {
          view,
          backend: options.compute,
          sink,
          ...(images ? { images } : {}),
          progress: (done, slide) => void bridge.ateneaRenderProgress?.(done, slide),
        });
      },
      async bench(choice, trace) {
        const job = await service.job(choice, reviveJsonTrace(trace));
        const kept: PixelData[] = [];
        let bytes = 0;
        const nullSink = (): ByteSink => ({
          folder: false,
          write: async (c) => void (bytes += c.data.length),
          finish: async () => undefined,
          abort: async () => undefined,
        });
        let renderMs = 0;
        const t0 = performance.now();
        const result = await record(job, nullSink(), {
          now: () => performance.now(),
          async readPixels(input, size) {
            const r0 = performance.now();
            const p = await view.readPixels(input, size);
            renderMs += performance.now() - r0;
            kept.push(p);
            return p;
          },
        });
        const oursMs = performance.now() - t0;
        const oursBytes = bytes;
        const t1 = performance.now();
        const encoder = await createVideoEncoder(
          { container: job.format as 'mp4' | 'webm', codec: job.codec!, fps: job.fps, width: job.width, height: job.height },
          nullSink(),
        );
        for (let k = 0; k < kept.length; k++) await encoder.add(kept[k]!, k);
        await encoder.finish();
        const bareMs = performance.now() - t1;
        return { frames: result.frames, codec: job.codec ?? '', oursMs, renderMs, bareMs, bytes: oursBytes };
      },
    };
    (window as unknown as { ateneaRecorder: AteneaRecorderHooks }).ateneaRecorder = hooks;
  }
  return service;
}
