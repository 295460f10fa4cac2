/**
 * `atenea render <lesson.json | augmented-rnns> --out lecture.mp4 [--slides A-B] [--seconds-per-slide S]
 * [--narration]` (README "Giving a lecture"): a range of a lesson's slides as one video, rendered in headless
 * Chromium by the app's recorder (app/renderer/recorder/lesson-render.ts): text slides as pictures held S
 * seconds, simulation slides on the recorder's schedule.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { BUILTIN_LESSONS, builtinLesson } from '#core/lesson/builtin.ts';
import type { Lesson } from '#core/lesson/lesson.ts';
import { LESSON_SUFFIX } from '#core/lesson/open-file.ts';
import { parseJsonText } from '#core/scenario/scenario-file.ts';
import { ValidationError } from '#core/scenario/validate.ts';
import { validateLesson } from '#core/lesson/validate-lesson.ts';
import type { AtomicOutput } from '../../node/atomic-output.ts';
import { RenderFailure, withRenderPage, type RenderPage } from '../../host/render.ts';
import type { LessonRenderChoice } from '../../shared/lesson-render-choice.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { RenderArgs } from './render-args.ts';

/** The lesson `target` names (a built-in id, or a lesson file), or null when it is a scenario or a preset. */
export async function lessonTarget(target: string, readFile: (path: string) => Promise<string | undefined>): Promise<Lesson | null> {
  if (BUILTIN_LESSONS.includes(target)) return builtinLesson(target)!;
  if (!target.toLowerCase().endsWith('.json')) return null;
  const text = await readFile(target);
  if (text === undefined) return null; // the scenario path reports the missing file
  try {
    const value = parseJsonText(text, target);
    const isLesson =
      target.toLowerCase().endsWith(LESSON_SUFFIX) || (typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'lesson');
    return isLesson ? validateLesson(value) : null;
  } catch (e) {
    if (e instanceof ValidationError) throw new CliError(EXIT.badInput, `render: ${e.path === target ? '' : `${target}: `}${e.message}`);
    throw e;
  }
}

/** The image types a slide may name, by extension. */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** The most bytes of one slide image. */
const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

/**
 * The images the lesson's text slides name that are in `folder` (the lesson file's), as data URLs by the path the
 * slide gives; an image not there is one of the app's bundled images (the page loads it). A bad one is a CliError.
 */
export async function lessonImages(lesson: Lesson, folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [i, slide] of lesson.slides.entries()) {
    if (slide.kind !== 'text' || !slide.image || Object.hasOwn(out, slide.image)) continue;
    const field = `render: slides[${i}].image`;
    const type = IMAGE_TYPES[extname(slide.image).toLowerCase()];
    if (!type) throw new CliError(EXIT.badInput, `${field}: got ${JSON.stringify(slide.image)}; allowed: a .png, .jpg, .gif, .webp or .svg file`);
    const path = join(folder, slide.image); // the validator allows no absolute path and no ..
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue; // not in the lesson's folder: a bundled image
    if (info.size > MAX_IMAGE_BYTES) throw new CliError(EXIT.badInput, `${field}: larger than 16 MiB; allowed: at most 16 MiB`);
    out[slide.image] = `data:${type};base64,${(await readFile(path)).toString('base64')}`;
  }
  return out;
}

/** The page's choice for `args` over `lesson` (a bad range or format is a CliError, exit 2). */
export function lessonChoice(lesson: Lesson, args: RenderArgs): LessonRenderChoice {
  if (args.format !== 'mp4' && args.format !== 'webm')
    throw new CliError(EXIT.badInput, `render: --format: got ${args.format}; allowed for a lesson: mp4, webm`);
  const count = lesson.slides.length;
  const range = args.slides ?? { from: 1, to: count };
  if (range.to > count) throw new CliError(EXIT.badInput, `render: --slides: got ${range.from}-${range.to}; allowed: slides from 1 to ${count}`);
  const { format, width, height, fps, secondsPerSlide, secondsPerStep, secondsPerTransition, narration, language, theme } = args;
  return {
    format,
    width,
    height,
    fps,
    fromSlide: range.from - 1,
    toSlide: range.to - 1,
    secondsPerSlide,
    secondsPerStep,
    secondsPerTransition,
    narration,
    language,
    theme,
  };
}

/** Renders `lesson` with `choice` into `output` (not committed: the caller does). Throws RenderFailure. */
export async function renderLessonInChromium(
  lesson: Lesson,
  choice: LessonRenderChoice,
  options: {
    output: AtomicOutput;
    log(line: string): void;
    progress(frames: number, slide: number): void;
    ownSignals?: boolean;
    /** The lesson folder's images ({@link lessonImages}). */
    images?: Record<string, string>;
  },
): Promise<{ frames: number }> {
  let writeError: unknown = null;
  const beforeLoad = async (page: RenderPage) => {
    // The renderer's own one-line notes (an equation drawn as plain text, …) reach the terminal.
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('render: ')) options.log(message.text());
    });
    await page.exposeFunction('ateneaRenderWrite', async (position: number, base64: string) => {
      try {
        await options.output.write(position, Buffer.from(base64, 'base64'));
      } catch (e) {
        writeError ??= e;
        throw e;
      }
    });
    await page.exposeFunction('ateneaRenderProgress', (frames: number, slide: number) => options.progress(frames, slide));
  };
  const first = lesson.slides.find((s) => s.kind === 'simulation');
  const module = first?.kind === 'simulation' ? first.module : 'ntm';
  return withRenderPage({ module, language: choice.language, log: options.log, beforeLoad, ownSignals: options.ownSignals }, async (page) => {
    type Hooks = { ateneaRecorder: { renderLesson(c: LessonRenderChoice, l: unknown, i: Record<string, string>): Promise<{ frames: number }> } };
    const json: unknown = lesson;
    try {
      return await page.evaluate(([c, l, i]) => (globalThis as unknown as Hooks).ateneaRecorder.renderLesson(c, l, i), [
        choice,
        json,
        options.images ?? {},
      ] as const);
    } catch (e) {
      if (writeError) throw new RenderFailure('input', `--out: ${(writeError as Error).message}`);
      const message = (e as Error).message.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0]!;
      throw new RenderFailure(/allowed/.test(message) ? 'input' : 'internal', message);
    }
  });
}
