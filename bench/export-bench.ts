/**
 * `npm run bench -- export`: frames per second of a 1280×720 and a 1920×1080 export of the copy preset (our
 * whole path: timeline, render into a target, read back, VideoSample, encode, mux) and of the bare encoder on the
 * very same frames in the same run, in headless Chromium (app/host/render.ts); the ratio is our overhead per frame.
 */
import { withRenderPage } from '#app/host/render.ts';
import { computeTrace } from '#app/cli/trace-runner.ts';
import { toJsonData } from '#app/shared/json-data.ts';
import type { ExportBench } from '#app/renderer/recorder/export-bench-result.ts';

/** One size's result. */
export interface ExportBenchRow extends ExportBench {
  readonly width: number;
  readonly height: number;
  readonly oursFps: number;
  readonly bareFps: number;
  readonly renderFps: number;
  /** oursMs / bareMs: how many times longer a frame takes through our path than through the bare encoder. */
  readonly ratio: number;
}

/** The sizes measured. */
export const EXPORT_BENCH_SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Runs the benchmark: `frames` output frames (MP4, 30 fps) per size. */
export async function runExportBench(options: {
  frames?: number;
  log(line: string): void;
}): Promise<{ preset: string; browser: string; rows: ExportBenchRow[] }> {
  const frames = options.frames ?? 30;
  const copy = await computeTrace('copy', 'cpu', async () => undefined);
  // unknown: Playwright's argument type would recurse through JsonValue without end.
  const trace: unknown = toJsonData(copy);
  return withRenderPage({ module: copy.module, language: 'en', log: options.log }, async (page) => {
    const browser = page.context().browser()?.version() ?? '';
    const adapter = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('.backend-line')
          ?.textContent ?? '',
    );
    options.log(`export bench: ${adapter}`);
    const rows: ExportBenchRow[] = [];
    for (const size of EXPORT_BENCH_SIZES) {
      // frames/30 s at 30 fps over two trace frames: one eased transition inside.
      const choice = {
        format: 'mp4' as const,
        from: 0,
        to: 1,
        fps: 30,
        secondsPerStep: frames / 60,
        secondsPerTransition: Math.min(0.3, frames / 60),
        ...size,
      };
      options.log(`export bench: ${size.width}×${size.height}, ${frames} frames…`);
      type Hooks = { ateneaRecorder: { bench(c: typeof choice, t: unknown): Promise<ExportBench> } };
      const r = await page.evaluate(([c, t]) => (globalThis as unknown as Hooks).ateneaRecorder.bench(c, t), [choice, trace] as const);
      rows.push({
        ...r,
        ...size,
        oursFps: (r.frames * 1000) / r.oursMs,
        bareFps: (r.frames * 1000) / r.bareMs,
        renderFps: (r.frames * 1000) / r.renderMs,
        ratio: r.oursMs / r.bareMs,
      });
    }
    return { preset: 'copy', browser: `Chromium ${browser}; ${adapter}`, rows };
  });
}

/** The table printed by `npm run bench -- export`. */
export function formatExportTable(result: { browser: string; rows: readonly ExportBenchRow[] }): string {
  const lines = [
    `export (copy preset, MP4, 30 fps) in ${result.browser}`,
    'size        frames  codec  ours fps  render+read-back fps  bare encoder fps  ours/bare time',
    ...result.rows.map((r) =>
      [
        `${r.width}×${r.height}`.padEnd(11),
        String(r.frames).padStart(6),
        r.codec.padStart(6),
        r.oursFps.toFixed(2).padStart(9),
        r.renderFps.toFixed(2).padStart(21),
        r.bareFps.toFixed(2).padStart(17),
        `${r.ratio.toFixed(2)}×`.padStart(15),
      ].join(' '),
    ),
  ];
  return lines.join('\n');
}
