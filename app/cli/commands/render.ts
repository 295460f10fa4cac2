/**
 * `atenea render <scenario.json | preset> --out FILE [...]` (see render-args.ts; a lesson: render-lesson.ts): computes the trace with the
 * function `atenea trace` uses (computeTrace: same scenario files, same preset names, float64 reference), renders it frame-exactly in
 * headless Chromium through the app's own recorder (app/host/render.ts), and writes FILE atomically.
 * Progress on stderr; exit 0, 2 (one line naming the argument or the scenario's field), 3 (no renderer), 1.
 */
import { dirname, resolve } from 'node:path';
import { BUILTIN_LESSONS } from '#core/lesson/builtin.ts';
import type { Trace } from '#core/trace/trace.ts';
import { toJsonData } from '../../shared/json-data.ts';
import { openAtomicOutput, type AtomicOutput } from '../../node/atomic-output.ts';
import { removeStalePartials, targetProblem } from '../../node/output-target.ts';
import { RenderFailure, renderInChromium } from '../../host/render.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { computeTrace } from '../trace-runner.ts';
import { RENDER_USAGE, parseRenderArgs } from './render-args.ts';
import { lessonChoice, lessonImages, lessonTarget, renderLessonInChromium } from './render-lesson.ts';

/** What `render` reads and writes outside itself (a test may pass fakes). */
export interface RenderIo {
  readFile(path: string): Promise<string | undefined>;
  /** Progress and notes (stderr). */
  log(line: string): void;
  /** The help text (stdout). */
  print(text: string): void;
}

/**
 * Runs `handle` on the first SIGINT (exit 130) or SIGTERM (exit 143) until the returned function is called:
 * an interrupted render removes its partial output instead of leaving it beside the target.
 */
function onSignals(handle: (signal: NodeJS.Signals, code: number) => Promise<void>): () => void {
  const codes: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };
  const listener = (signal: NodeJS.Signals): void => void handle(signal, codes[signal] ?? 1);
  process.once('SIGINT', listener);
  process.once('SIGTERM', listener);
  return () => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
}

/** Runs `render` with the arguments after the word `render`; resolves with the exit code (never throws). */
export async function runRender(argv: readonly string[], io: RenderIo): Promise<number> {
  let output: AtomicOutput | null = null;
  let stopOnSignal = (): void => undefined;
  // Set by a signal: Playwright closes Chromium on the same signal, so the render may fail first.
  let interrupted: number | undefined;
  try {
    const args = parseRenderArgs(argv);
    if (args.help) {
      io.print(`${RENDER_USAGE}\n`);
      return EXIT.ok;
    }
    const folder = args.sequence && !args.zip;
    const problem = await targetProblem(args.out, folder ? 'folder' : 'file');
    if (problem) throw new CliError(EXIT.badInput, `render: --out: ${problem}`);
    for (const name of await removeStalePartials(args.out)) io.log(`render: removed ${name}, left by an interrupted run`);
    const lesson = await lessonTarget(args.target, io.readFile);
    const choice = lesson ? lessonChoice(lesson, args) : null;
    // A lesson file's own images travel with it (a built-in lesson's are the app's bundled ones).
    const images = lesson && !BUILTIN_LESSONS.includes(args.target) ? await lessonImages(lesson, dirname(resolve(args.target))) : {};
    let trace: Trace | null = null;
    let from = 0;
    let to = 0;
    if (!lesson) {
      try {
        trace = await computeTrace(args.target, 'cpu', io.readFile);
      } catch (e) {
        if (e instanceof CliError) throw new CliError(e.exitCode, `render: ${e.message.replace(/^trace: /, '')}`);
        throw e;
      }
      const last = trace.frames.length - 1;
      from = args.from ?? 0;
      to = args.to ?? (args.format === 'png' && !args.sequence ? from : last);
      if (from > last) throw new CliError(EXIT.badInput, `render: --from: got ${from}; allowed: a frame from 0 to ${last}`);
      if (to > last) throw new CliError(EXIT.badInput, `render: --to: got ${to}; allowed: a frame from ${from} to ${last}`);
    }
    try {
      output = await openAtomicOutput(args.out, folder ? 'folder' : 'file');
    } catch (e) {
      throw new CliError(EXIT.badInput, `render: --out: ${(e as Error).message}`);
    }
    const partial = output;
    stopOnSignal = onSignals(async (signal, code) => {
      interrupted = code;
      await partial.discard();
      io.log(`atenea: render: stopped by ${signal}; nothing written`);
      process.exit(code);
    });
    let shown = -1;
    const started = Date.now();
    const progress = (done: number, total: number) => {
      const step = Math.max(1, Math.ceil(total / 20));
      if (done === total || done - shown >= step) {
        shown = done;
        const elapsed = (Date.now() - started) / 1000;
        const left = done > 0 ? ` · ${Math.round((elapsed / done) * (total - done))} s left` : '';
        io.log(`render: ${done}/${total} frames${left}`);
      }
    };
    const result =
      lesson && choice
        ? await renderLessonInChromium(lesson, choice, {
            output,
            ownSignals: true,
            log: io.log,
            progress: (frames, slide) => io.log(`render: slide ${slide + 1} done, ${frames} frames`),
            images,
          })
        : await renderInChromium(
            { module: trace!.module, json: toJsonData(trace!) },
            {
              format: args.format,
              sequence: args.sequence,
              from,
              to,
              fps: args.fps,
              secondsPerStep: args.secondsPerStep,
              secondsPerTransition: args.secondsPerTransition,
              width: args.width,
              height: args.height,
              theme: args.theme,
            },
            // onSignals above discards the output and exits on SIGINT/SIGTERM.
            { language: args.language, output, folder, ownSignals: true, log: io.log, progress },
          );
    try {
      await output.commit();
    } catch (e) {
      throw new CliError(EXIT.badInput, `render: --out: ${(e as Error).message}`);
    }
    output = null;
    stopOnSignal();
    io.log(`render: wrote ${args.out} (${result.frames} frame${result.frames === 1 ? '' : 's'})`);
    return EXIT.ok;
  } catch (e) {
    await output?.discard();
    stopOnSignal();
    if (interrupted !== undefined) return interrupted;
    if (e instanceof CliError) {
      io.log(`atenea: ${e.message}`);
      return e.exitCode;
    }
    if (e instanceof RenderFailure) {
      io.log(`atenea: render: ${e.message}`);
      return e.kind === 'renderer' ? EXIT.noAdapter : e.kind === 'input' ? EXIT.badInput : EXIT.internal;
    }
    io.log(`atenea: render: internal error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    return EXIT.internal;
  }
}
