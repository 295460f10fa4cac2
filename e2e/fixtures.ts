/**
 * The one fixture both e2e projects use: `app` is a page of the running app with the test hooks on.
 * - project `electron`: `_electron.launch` of out/main/index.js with `--e2e` (where Electron's binary exists);
 * - project `web`: the installed Chromium (`/usr/bin/chromium`) with exactly the SwiftShader WebGPU flags (they give a
 *   WebGPU adapter through SwiftShader and make canvas capture work), opening `npm run web`'s URL with `?e2e=1`.
 * Helpers read the app through `window.atenea` (state, seek, readPixels).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, chromium, _electron, expect, type Browser, type Page } from '@playwright/test';
import { SOFTWARE_WEBGPU_FLAGS } from '#app/host/chromium-flags.ts';
import { findElectronBinary } from '#app/host/electron-binary.ts';
import type { AteneaTestState } from '#app/renderer/test-hooks.ts';

const root = resolve(import.meta.dirname, '..');

/** A summary of a read-back: size, how many pixels differ from the background, and a checksum. */
export interface PixelSummary {
  readonly width: number;
  readonly height: number;
  /** Fraction of pixels that are not the background colour. */
  readonly nonBackground: number;
  /** FNV-1a hash of the pixels (equal hashes: the same picture). */
  readonly hash: number;
  /** Mean of the RGB channels. */
  readonly mean: number;
}

/** The app page and helpers. */
export interface AppHandle {
  readonly page: Page;
  state(): Promise<AteneaTestState>;
  seek(frame: number): Promise<AteneaTestState>;
  /** Reads the current view back through a render target (at a reduced size, to keep tests fast). */
  pixels(): Promise<PixelSummary>;
  /** Waits until no transition or computation is running. */
  settled(): Promise<AteneaTestState>;
  /** Per-pixel difference between two reads (fraction of pixels that differ by more than 8 in any channel). */
  pixelDiff(a: Uint8Array, b: Uint8Array): number;
  rawPixels(): Promise<Uint8Array>;
}

async function openApp(page: Page, url: string | null): Promise<AppHandle> {
  if (url) {
    // The page is served from out/renderer; while a build rewrites that folder the server answers 404 for a
    // moment: try again for up to half a minute before failing.
    for (let attempt = 0; ; attempt++) {
      const response = await page.goto(url);
      if ((response?.ok() ?? true) || attempt >= 15) break;
      await page.waitForTimeout(2000);
    }
  }
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || !!document.querySelector('[data-testid=fatal]'), undefined, {
    timeout: 60_000,
  });
  const fatal = await page.locator('[data-testid=fatal]').count();
  if (fatal) throw new Error(`the app failed to start: ${await page.locator('[data-testid=fatal]').textContent()}`);
  const handle: AppHandle = {
    page,
    state: () => page.evaluate(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state()),
    seek: (frame) => page.evaluate((f) => (window as unknown as { atenea: { seek(n: number): Promise<AteneaTestState> } }).atenea.seek(f), frame),
    async settled() {
      await page.waitForFunction(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state().settled);
      return handle.state();
    },
    pixels: () =>
      page.evaluate(async () => {
        const p = await (
          window as unknown as { atenea: { readPixels(s?: object): Promise<{ width: number; height: number; data: Uint8Array }> } }
        ).atenea.readPixels({ width: 640, height: 360 });
        const bg = [p.data[0], p.data[1], p.data[2]];
        let other = 0;
        let hash = 0x811c9dc5;
        let sum = 0;
        for (let i = 0; i < p.data.length; i += 4) {
          if (Math.abs(p.data[i]! - bg[0]!) + Math.abs(p.data[i + 1]! - bg[1]!) + Math.abs(p.data[i + 2]! - bg[2]!) > 12) other++;
          sum += p.data[i]! + p.data[i + 1]! + p.data[i + 2]!;
          for (let k = 0; k < 4; k++) hash = Math.imul(hash ^ p.data[i + k]!, 0x01000193) >>> 0;
        }
        return {
          width: p.width,
          height: p.height,
          nonBackground: other / (p.width * p.height),
          hash,
          mean: sum / (p.width * p.height * 3),
        };
      }),
    rawPixels: async () =>
      new Uint8Array(
        await page.evaluate(async () => {
          const p = await (window as unknown as { atenea: { readPixels(s?: object): Promise<{ data: Uint8Array }> } }).atenea.readPixels({
            width: 320,
            height: 180,
          });
          return Array.from(p.data);
        }),
      ),
    pixelDiff(a, b) {
      let differ = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (Math.abs(a[i]! - b[i]!) > 8 || Math.abs(a[i + 1]! - b[i + 1]!) > 8 || Math.abs(a[i + 2]! - b[i + 2]!) > 8) differ++;
      }
      return differ / (a.length / 4);
    },
  };
  await handle.settled();
  return handle;
}

/** `test` with the `app` fixture (`lang`: the UI language the page starts in; `appQuery`: extra URL query). */
export const test = base.extend<{ app: AppHandle; lang: 'es' | 'en'; appQuery: string }, { browsers: (args: readonly string[]) => Promise<Browser> }>({
  /** One Chromium per flag set for the whole worker (each test still gets a fresh context and page). */
  browsers: [
    async ({}, use) => {
      const open = new Map<string, Promise<Browser>>();
      await use((args) => {
        const key = args.join(' ');
        let b = open.get(key);
        if (!b) {
          b = chromium.launch({ executablePath: '/usr/bin/chromium', args: [...args] });
          open.set(key, b);
        }
        return b;
      });
      for (const b of open.values()) await (await b).close();
    },
    { scope: 'worker' },
  ],
  lang: ['es', { option: true }],
  /**
   * Extra URL query, e.g. `gpu=cpu`: in Electron it becomes `--gpu=cpu`; in the web host it starts Chromium
   * without WebGPU (no adapter at all) and with WebGL2 on SwiftShader, the machine without a usable GPU.
   */
  appQuery: ['', { option: true }],
  app: async ({ baseURL, lang, appQuery, browsers }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const executablePath = findElectronBinary(resolve(root, 'node_modules/electron'), process.env, { existsSync, readFileSync });
      if (!executablePath) throw new Error('the electron project needs Electron’s binary (the config lists it only where it exists)');
      const gpuFlag = /gpu=cpu/.test(appQuery) ? ['--gpu=cpu'] : [];
      const electronApp = await _electron.launch({
        executablePath,
        args: [resolve(root, 'out/main/index.js'), '--e2e', ...gpuFlag],
        env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
      });
      const page = await electronApp.firstWindow();
      await page.setViewportSize({ width: 1920, height: 1080 });
      const app = await openApp(page, null);
      await page.evaluate((l) => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid=language]')!;
        select.value = l;
        select.dispatchEvent(new Event('change'));
      }, lang);
      await use(app);
      await electronApp.close();
      return;
    }
    // The SwiftShader WebGPU flags give WebGPU but no WebGL2; without WebGPU, SwiftShader's GL gives WebGL2.
    const noWebGpu = /gpu=cpu/.test(appQuery);
    const args = noWebGpu
      ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-sync']
      : // Headless Chromium aborts the File System Access save picker at once, which the app takes for a closed
        // dialog: without it the exports download as Playwright expects (export-stream.spec.ts hands the page a file).
        [...SOFTWARE_WEBGPU_FLAGS, '--disable-blink-features=FileSystemAccessLocal'];
    const browser = await browsers(args);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: lang === 'es' ? 'es-ES' : 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    const app = await openApp(page, `${baseURL}/?e2e=1&lang=${lang}`);
    await use(app);
    await context.close();
  },
});

export { expect };
