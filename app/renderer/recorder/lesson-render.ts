/**
 * `atenea render <lesson>` in the page (README "Giving a lecture"): one video of a range of slides. A text,
 * title or agenda slide is its picture (slide-picture.ts) held for `secondsPerSlide`; a simulation slide is its
 * module's trace (the preset with the slide's overrides, computed through the app's backend) on the recorder's
 * schedule over the slide's frames, with the slide's camera, and with `narration` its title and caption drawn
 * in. Output frame k has timestamp k / fps across the whole video.
 */
import type { GpuBackend } from '#core/gpu/common/backend.ts';
import type { Lesson, LessonLanguage, SimulationSlide } from '#core/lesson/lesson.ts';
import type { LessonRenderChoice } from '../../shared/lesson-render-choice.ts';
import type { Trace } from '#core/trace/trace.ts';
import { chapterFor } from '../chapters/registry.ts';
import type { PixelData, View } from '../scene/view.ts';
import { themeOf } from '../scene/theme.ts';
import type { ByteSink } from './byte-sink.ts';
import { createVideoEncoder, encodableCodec } from './encoders/video-encoder.ts';
import { RecordingCancelled } from './recorder.ts';
import { createSchedule } from './schedule.ts';
import { drawSlidePicture, overlayCaption } from './slide-picture.ts';
import { loadSlideImage, type LessonImages } from './slide-image.ts';

/** The output frames a text slide is held for. */
export function stillFrames(secondsPerSlide: number, fps: number): number {
  return Math.max(1, Math.round(secondsPerSlide * fps));
}

/** The trace a simulation slide shows: its preset with its overrides applied as the panel would. */
async function slideTrace(slide: SimulationSlide, backend: GpuBackend, language: LessonLanguage): Promise<Trace> {
  const chapter = chapterFor(slide.module);
  let parameters = chapter.presetParameters(slide.preset);
  for (const [name, value] of Object.entries(slide.overrides ?? {})) {
    const applied = chapter.applyParameter(slide.preset, name, typeof value === 'object' ? [...value] : value, parameters, language);
    if ('problem' in applied) throw new Error(`overrides.${name}: ${applied.problem.problem}; allowed: ${applied.problem.allowed}`);
    parameters = applied.parameters;
  }
  return (await chapter.compute(parameters, slide.preset, { backend })).trace;
}

/** Renders the slides of `choice` into `sink`; resolves to the number of output frames written. */
export async function renderLesson(
  lesson: Lesson,
  choice: LessonRenderChoice,
  deps: {
    readonly view: View;
    readonly backend: GpuBackend;
    readonly sink: ByteSink;
    readonly signal?: AbortSignal;
    /** The lesson folder's images by relative path (the command line reads them); others are the app's bundled ones. */
    readonly images?: LessonImages;
    progress?(done: number, slide: number): void;
  },
): Promise<{ frames: number }> {
  const { view, sink } = deps;
  const last = lesson.slides.length - 1;
  if (!(choice.fromSlide >= 0 && choice.fromSlide <= choice.toSlide && choice.toSlide <= last))
    throw new Error(`--slides: allowed: slides from 1 to ${last + 1}`);
  const size = { width: choice.width, height: choice.height };
  const codec = await encodableCodec(choice.format, size);
  if (!codec) throw new Error(`--format: this browser encodes no ${choice.format} at ${choice.width}×${choice.height}`);
  const encoder = await createVideoEncoder({ container: choice.format, codec, fps: choice.fps, ...size }, sink);
  const theme = themeOf(choice.theme);
  let k = 0;
  const add = async (pixels: PixelData) => {
    if (deps.signal?.aborted) throw new RecordingCancelled();
    await encoder.add(pixels, k++);
  };
  try {
    for (let i = choice.fromSlide; i <= choice.toSlide; i++) {
      const slide = lesson.slides[i]!;
      if (slide.kind !== 'simulation') {
        const image = slide.kind === 'text' && slide.image ? await loadSlideImage(slide.image, deps.images ?? {}, `slides[${i}].image`) : undefined;
        const picture = await drawSlidePicture(slide, choice.language, theme, size, image);
        for (let j = stillFrames(choice.secondsPerSlide, choice.fps); j > 0; j--) await add(picture);
      } else {
        const trace = await slideTrace(slide, deps.backend, choice.language);
        const chapter = chapterFor(slide.module);
        view.setChapterScene(chapter.createScene(view.labels));
        view.setCameraPose(slide.camera ?? null);
        const lastFrame = trace.frames.length - 1;
        const from = Math.min(slide.frames?.from ?? 0, lastFrame);
        const to = Math.min(slide.frames?.to ?? lastFrame, lastFrame);
        const schedule = createSchedule({
          frameCount: trace.frames.length,
          from,
          to,
          fps: choice.fps,
          secondsPerStep: choice.secondsPerStep,
          secondsPerTransition: choice.secondsPerTransition,
        });
        for (let j = 0; j < schedule.frameCount; j++) {
          const point = schedule.at(j);
          const frame = await view.readPixels({ trace, ...point, language: choice.language, theme, cameraMoved: false }, size);
          await add(
            choice.narration
              ? await overlayCaption(frame, slide, choice.language, theme, chapter.narration(trace.frames[point.frame]!, trace, choice.language))
              : frame,
          );
        }
      }
      deps.progress?.(k, i);
    }
    await encoder.finish();
    await sink.finish();
    return { frames: k };
  } catch (error) {
    await encoder.cancel().catch(() => undefined);
    await sink.abort().catch(() => undefined);
    throw error;
  }
}
