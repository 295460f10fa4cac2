/**
 * The export dialog's "the whole lesson" (README "Giving a lecture"): the lesson rendered as one video
 * (lesson-render.ts) into the host's sink (Electron's save dialog and atomic write, or a download), then the
 * view given back its chapter scene and camera, as the recorder leaves the app exactly as before.
 */
import type { GpuBackend } from '#core/gpu/common/backend.ts';
import type { Lesson } from '#core/lesson/lesson.ts';
import type { AteneaHost } from '../../shared/host-api.ts';
import type { LessonRenderChoice } from '../../shared/lesson-render-choice.ts';
import type { View } from '../scene/view.ts';
import { mimeType } from './formats.ts';
import { renderLesson } from './lesson-render.ts';
import type { ExportOutcome } from './recorder-service.ts';
import { openElectronSink } from './sinks.ts';
import { openBrowserSink } from './file-sink.ts';

/** What the whole-lesson export needs from the app. */
export interface LessonExportParts {
  readonly view: View;
  readonly backend: GpuBackend;
  readonly host: AteneaHost | null;
  /** The lesson on screen, or null outside lecture mode. */
  lesson(): Lesson | null;
  /** Puts the on-screen chapter scene and camera back after the render borrowed the view. */
  restore(): void;
}

/** Exports the whole lesson on screen; null when the save dialog was closed. */
export async function exportLessonVideo(
  parts: LessonExportParts,
  choice: LessonRenderChoice,
  signal?: AbortSignal,
  onProgress?: (frames: number, slide: number) => void,
): Promise<ExportOutcome> {
  const lesson = parts.lesson();
  if (!lesson) throw new Error('there is no lesson on screen');
  const name = `${lesson.id}.${choice.format}`;
  const opened = parts.host ? await openElectronSink(parts.host, { kind: 'file', suggestedName: name }) : await openBrowserSink(name, mimeType(choice.format));
  if (!opened) return null;
  try {
    const result = await renderLesson(lesson, choice, {
      view: parts.view,
      backend: parts.backend,
      sink: opened.sink,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { progress: onProgress } : {}),
    });
    return { name: opened.name, frames: result.frames };
  } finally {
    parts.restore();
  }
}
