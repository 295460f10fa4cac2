/**
 * The renderer side of `atenea render`: serves out/renderer on a free loopback port (building it when stale),
 * opens it in headless Chromium (the SwiftShader WebGPU flags where there is no GPU) with `?render=1`, hands the page
 * the trace and the export choice, and receives the encoded bytes through an exposed page function, written
 * into an {@link AtomicOutput} (renamed onto --out only when everything succeeded).
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { AtomicOutput } from '../node/atomic-output.ts';
import type { ExportTiming } from '../shared/export-timing.ts';
import type { JsonValue } from '../shared/json-data.ts';
import { findBrowser } from './browser.ts';
import { BUILD_OUTPUTS, REPO_ROOT, buildIfNeeded } from './build.ts';
import { NO_SANDBOX_NOTE, QUIET_FLAGS, SOFTWARE_WEBGPU_FLAGS, isRootUser, sandboxFlags } from './chromium-flags.ts';
import { closeServer, createStaticServer, listenLoopback } from './static-server.ts';

/** What the page exports (the recorder's ExportChoice). */
export interface RenderChoice extends ExportTiming {
  readonly format: 'mp4' | 'webm' | 'gif' | 'png';
  readonly sequence: boolean;
  /** The picture's theme (`atenea render --theme`). */
  readonly theme: 'dark' | 'light';
}

/** Why rendering could not happen: `renderer` (no browser, no page: exit 3) or `input` (the page refused the job: exit 2). */
export class RenderFailure extends Error {
  constructor(
    readonly kind: 'renderer' | 'input' | 'internal',
    message: string,
  ) {
    super(message);
    this.name = 'RenderFailure';
  }
}

/** Whether `path` is an executable file (the browser lookup's test). */
export const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function hasGpuNode(): boolean {
  try {
    return readdirSync('/dev/dri').some((name) => name.startsWith('renderD'));
  } catch {
    return false;
  }
}

/**
 * The Chromium flags for a headless render: SwiftShader WebGPU without a GPU, else WebGPU on the GPU; the sandbox
 * is switched off only when running as root (`root`), where Chromium requires it.
 */
export function renderFlags(gpu: boolean, root: boolean): string[] {
  return [...(gpu ? ['--enable-unsafe-webgpu', ...QUIET_FLAGS] : SOFTWARE_WEBGPU_FLAGS), ...sandboxFlags(root)];
}

/** A page of the app opened headless with `?render=1` for one module, ready to drive. */
export type RenderPage = Page;

/**
 * Builds out/renderer when stale, serves it on a free loopback port, opens it in headless Chromium with
 * `?render=1&module=…&lang=…`, waits until the app is ready, runs `use(page)` and closes everything.
 * `beforeLoad` runs before navigation (to expose page functions). `ownSignals`: the caller handles SIGINT and
 * SIGTERM itself (and exits), so Playwright's own handlers, which close the browser and exit 130 in a race with the
 * caller's clean-up, stay off; Chromium is still killed when the process exits. Throws {@link RenderFailure}.
 */
export async function withRenderPage<T>(
  options: {
    module: string;
    language: 'es' | 'en';
    log(line: string): void;
    beforeLoad?(page: RenderPage): Promise<void>;
    ownSignals?: boolean;
  },
  use: (page: RenderPage) => Promise<T>,
): Promise<T> {
  const found = findBrowser(process.env, isExecutable);
  if (!found.ok) throw new RenderFailure('renderer', found.error);
  if (!(await buildIfNeeded([BUILD_OUTPUTS.renderer], options.log)))
    throw new RenderFailure('renderer', 'the renderer could not be built (see the messages above)');
  const server = createStaticServer({ root: join(REPO_ROOT, 'out', 'renderer') });
  let browser: Browser | null = null;
  try {
    const port = await listenLoopback(server, 0);
    try {
      const root = isRootUser();
      if (root) options.log(NO_SANDBOX_NOTE);
      // Playwright switches the sandbox off by default; `chromiumSandbox` keeps it on for a normal user.
      browser = await chromium.launch({
        executablePath: found.path,
        args: renderFlags(hasGpuNode(), root),
        headless: true,
        chromiumSandbox: !root,
        handleSIGINT: !options.ownSignals,
        handleSIGTERM: !options.ownSignals,
      });
    } catch (e) {
      throw new RenderFailure('renderer', `Chromium (${found.path}) did not start: ${(e as Error).message.split('\n')[0]}`);
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await options.beforeLoad?.(page);
    const query = new URLSearchParams({ render: '1', module: options.module, lang: options.language });
    await page.goto(`http://127.0.0.1:${port}/?${query.toString()}`);
    type Doc = { document: { body: { dataset: Record<string, string | undefined> }; querySelector(s: string): unknown } };
    await page.waitForFunction(
      () => {
        const { document: d } = globalThis as unknown as Doc;
        return d.body.dataset.ready === 'true' || !!d.querySelector('[data-testid=fatal]');
      },
      undefined,
      { timeout: 120_000 },
    );
    const fatal = await page
      .locator('[data-testid=fatal]')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    if (fatal) throw new RenderFailure('renderer', `the renderer did not start: ${fatal}`);
    const modules = await page.evaluate(() => (globalThis as unknown as { ateneaRecorder?: { modules: readonly string[] } }).ateneaRecorder?.modules ?? null);
    if (!modules) throw new RenderFailure('renderer', 'the page has no recorder (an old build in out/renderer?)');
    if (!modules.includes(options.module))
      throw new RenderFailure('input', `module ${JSON.stringify(options.module)} has no 3D chapter in the app yet; allowed: ${modules.join(', ')}`);
    return await use(page);
  } finally {
    await browser?.close().catch(() => undefined);
    await closeServer(server);
  }
}

/**
 * Renders a trace of `module` (`json`: the trace as JSON data, what an `atenea trace` file holds) with `choice`
 * in headless Chromium into `output` (`folder`: a PNG sequence as named files). Calls `progress(done, total)`
 * per frame and `log` for notes. `ownSignals` as for {@link withRenderPage}. Throws {@link RenderFailure}. Does not commit or discard `output`: the caller does.
 */
export async function renderInChromium(
  trace: { readonly module: string; readonly json: JsonValue },
  choice: RenderChoice,
  options: {
    language: 'es' | 'en';
    output: AtomicOutput;
    folder: boolean;
    progress(done: number, total: number): void;
    log(line: string): void;
    ownSignals?: boolean;
  },
): Promise<{ frames: number }> {
  let writeError: unknown = null;
  const beforeLoad = async (page: RenderPage) => {
    await page.exposeFunction('ateneaRenderWrite', async (position: number, base64: string, name?: string) => {
      try {
        await options.output.write(position, Buffer.from(base64, 'base64'), options.folder ? name : undefined);
      } catch (e) {
        writeError ??= e;
        throw e;
      }
    });
    await page.exposeFunction('ateneaRenderProgress', (done: number, total: number) => options.progress(done, total));
  };
  return withRenderPage({ module: trace.module, language: options.language, log: options.log, beforeLoad, ownSignals: options.ownSignals }, async (page) => {
    type Hooks = { ateneaRecorder: { render(c: RenderChoice & { folder: boolean }, t: unknown): Promise<{ frames: number }> } };
    // Widened to unknown: Playwright's argument type would recurse through JsonValue without end.
    const json: unknown = trace.json;
    try {
      return await page.evaluate(([c, t]) => (globalThis as unknown as Hooks).ateneaRecorder.render(c, t), [
        { ...choice, folder: options.folder },
        json,
      ] as const);
    } catch (e) {
      if (writeError) throw new RenderFailure('input', `--out: ${(writeError as Error).message}`);
      const message = (e as Error).message.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0]!;
      throw new RenderFailure(/ must be | allowed| outside /.test(message) ? 'input' : 'internal', message);
    }
  });
}
