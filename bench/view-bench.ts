/**
 * `npm run bench -- view`: per chapter, how long the 3D view takes to redraw at 1920×1080 (a still redraw and a
 * seek's transition frame) beside a bare three.js scene with the same instanced meshes, instances, meshes and
 * sprites, drawn with the same renderer settings on the same device in the same page and run
 * (app/renderer/scene/redraw-bench.ts). The built app runs in the installed Chromium with the e2e fixture's flags
 * (app/host/chromium-flags.ts: SwiftShader WebGPU where there is no GPU).
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from '#app/host/browser.ts';
import { BUILD_OUTPUTS, REPO_ROOT, buildIfNeeded } from '#app/host/build.ts';
import { isExecutable, renderFlags } from '#app/host/render.ts';
import { isRootUser } from '#app/host/chromium-flags.ts';
import { closeServer, createStaticServer, listenLoopback } from '#app/host/static-server.ts';
import { LECTURE_ORDER } from '#core/lesson/modules.ts';
import type { RedrawBenchResult } from '#app/renderer/scene/redraw-bench-result.ts';

/** One chapter's row: the page's figures and the ratios to the bare scene. */
export interface ViewBenchRow extends RedrawBenchResult {
  readonly chapter: string;
  /** stillMs / bareStillMs. */
  readonly stillRatio: number;
  /** seekMs / bareSeekMs. */
  readonly seekRatio: number;
}

/** Runs the benchmark over `chapters` (default: every module in lecture order), `repeats` redraws each. */
export async function runViewBench(options: {
  chapters?: readonly string[];
  repeats?: number;
  log(line: string): void;
}): Promise<{ browser: string; adapter: string; viewport: string; rows: ViewBenchRow[] }> {
  const repeats = options.repeats ?? 7;
  const found = findBrowser(process.env, isExecutable);
  if (!found.ok) throw new Error(found.error);
  if (!(await buildIfNeeded([BUILD_OUTPUTS.renderer], options.log))) throw new Error('the renderer could not be built (see the messages above)');
  const server = createStaticServer({ root: join(REPO_ROOT, 'out', 'renderer') });
  const port = await listenLoopback(server, 0);
  const gpu = /^1|true$/.test(process.env.ATENEA_BENCH_GPU ?? '');
  const browser = await chromium.launch({ executablePath: found.path, args: renderFlags(gpu, isRootUser()), headless: true, chromiumSandbox: !isRootUser() });
  const rows: ViewBenchRow[] = [];
  let adapter = '';
  try {
    for (const chapter of options.chapters ?? LECTURE_ORDER) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`http://127.0.0.1:${port}/?e2e=1&module=${chapter}&lang=en`);
      type Hooks = { ateneaViewBench(repeats: number): Promise<RedrawBenchResult>; atenea?: { state(): { settled: boolean } } };
      await page.waitForFunction(() => (globalThis as unknown as Hooks).atenea?.state().settled === true, undefined, { timeout: 180_000 });
      adapter = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('.backend-label')
            ?.textContent ?? '',
      );
      options.log(`view bench: ${chapter}, ${repeats} redraws…`);
      const r = await page.evaluate((n) => (globalThis as unknown as Hooks).ateneaViewBench(n), repeats);
      rows.push({ ...r, chapter, stillRatio: r.stillMs / r.bareStillMs, seekRatio: r.seekMs / r.bareSeekMs });
      await page.close();
    }
    return { browser: `Chromium ${browser.version()}`, adapter, viewport: '1920×1080', rows };
  } finally {
    await browser.close().catch(() => undefined);
    await closeServer(server);
  }
}

/** The table printed by `npm run bench -- view`. */
export function formatViewTable(result: { browser: string; adapter: string; viewport: string; rows: readonly ViewBenchRow[] }): string {
  const ms = (x: number) => x.toFixed(0).padStart(7);
  const ratio = (x: number) => `${x.toFixed(2)}×`.padStart(7);
  return [
    `view redraw (ms, median) at ${result.viewport} in ${result.browser}; ${result.adapter}`,
    'chapter     canvas     MSAA  meshes  instances  sprites    still   bare  ratio     seek   bare  ratio',
    ...result.rows.map((r) =>
      [
        r.chapter.padEnd(11),
        `${r.width}×${r.height}`.padEnd(10),
        (r.antialias ? '4×' : 'off').padStart(4),
        String(r.instanced.length + r.meshes).padStart(7),
        String(r.instanced.reduce((a, b) => a + b, 0)).padStart(10),
        String(r.sprites).padStart(8),
        ms(r.stillMs),
        ms(r.bareStillMs),
        ratio(r.stillRatio),
        ms(r.seekMs),
        ms(r.bareSeekMs),
        ratio(r.seekRatio),
      ].join(' '),
    ),
  ].join('\n');
}
