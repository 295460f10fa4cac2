/**
 * Files (README "Giving a lecture"): a lesson file opens as the lesson on screen, by the file menu or dropped
 * on the window; a bad lesson file is refused with a message naming the field, and the lesson stays; the lesson
 * and the scenario on screen are saved (a download in the browser hosts) and a saved scenario opens in its module.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AteneaTestState } from '#app/renderer/test-hooks.ts';
import { test, expect } from './fixtures.ts';

const mine = {
  kind: 'lesson',
  id: 'mine',
  title: { es: 'Mi clase', en: 'My lecture' },
  slides: [
    { kind: 'title', title: 'Attention', subtitle: 'A short tour' },
    { kind: 'text', title: { es: 'Leer', en: 'Reading' }, bullets: ['every step reads all of memory'] },
    { kind: 'simulation', title: 'The lookup', module: 'ntm', preset: 'lookup', frames: { from: 0, to: 3 } },
  ],
};
const bad = { ...mine, slides: [mine.slides[0], { ...mine.slides[1], kind: 'movie' }] };
const file = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

const stateOf = (page: Page) => page.evaluate(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state());
async function settledAfterLoad(page: Page): Promise<AteneaTestState> {
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await page.waitForFunction(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state().settled);
  return stateOf(page);
}

test('a lesson file opens, a bad one is refused naming the field and the lesson stays; save and drop', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Electron saves through main’s dialog (app/main tests); the browser host downloads');
  test.setTimeout(180_000);
  const page = app.page;
  await page.setViewportSize({ width: 960, height: 540 });
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/?e2e=1&lang=en&lesson=augmented-rnns`);
  await settledAfterLoad(page);

  // Open a lesson file: it replaces the built-in one.
  await page.getByTestId('file-input').setInputFiles(file('mine.atenea-lesson.json', mine));
  await page.waitForURL(/lesson=mine&opened=1/);
  let s = await settledAfterLoad(page);
  expect(s.lesson).toMatchObject({ id: 'mine', slide: 1, slides: 3, kind: 'title', title: 'Attention' });
  await page.keyboard.press('PageDown');
  s = await settledAfterLoad(page);
  expect(s.lesson).toMatchObject({ slide: 2, title: 'Reading' });

  // A bad lesson file: the message names the field and what is allowed; the lesson on screen stays.
  await page.getByTestId('file-input').setInputFiles(file('bad.json', bad));
  const status = page.getByTestId('file-status');
  await expect(status).toBeVisible();
  await expect(status).toContainText('slides[1].kind');
  await expect(status).toContainText('allowed');
  expect(page.url()).toContain('lesson=mine');
  expect((await stateOf(page)).lesson).toMatchObject({ id: 'mine', slide: 2, title: 'Reading' });

  // Save the lesson: the download is the lesson, and it opens again.
  await page.getByTestId('file-menu').locator('summary').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('file-save-lesson').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('mine.atenea-lesson.json');
  expect(JSON.parse(readFileSync((await saved.path())!, 'utf8'))).toMatchObject({ kind: 'lesson', id: 'mine', slides: mine.slides });

  // Save the scenario of the NTM module with a parameter edited, then open it from another module.
  await page.goto(`${origin}/?e2e=1&lang=en&module=ntm`);
  await settledAfterLoad(page);
  await page.getByTestId('param-beta').fill('7.5');
  await page.getByTestId('param-beta').press('Enter');
  await expect.poll(async () => (await stateOf(page)).parameters.beta).toBe(7.5);
  await settledAfterLoad(page);
  await page.getByTestId('file-menu').locator('summary').click();
  const scenarioDownload = page.waitForEvent('download');
  await page.getByTestId('file-save-scenario').click();
  const scenarioFile = await scenarioDownload;
  const scenario = JSON.parse(readFileSync((await scenarioFile.path())!, 'utf8')) as { module: string; steps: { beta?: number }[] };
  expect(scenario.module).toBe('ntm');
  expect(scenario.steps[0]!.beta).toBe(7.5);
  await page.goto(`${origin}/?e2e=1&lang=en&module=act`);
  await settledAfterLoad(page);
  await page.getByTestId('file-input').setInputFiles(file('ntm-scenario.json', scenario));
  await page.waitForURL(/module=ntm&opened=1/);
  const reopened = await settledAfterLoad(page);
  expect(reopened.module).toBe('ntm');
  // The panel shows the file's values, not the first preset's.
  expect(reopened.parameters.beta).toBe(7.5);
  await expect(page.getByTestId('param-beta')).toHaveValue('7.5');

  // Drop a lesson file onto the window.
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(mine));
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await page.waitForURL(/lesson=mine&opened=1/);
  expect((await settledAfterLoad(page)).lesson).toMatchObject({ id: 'mine', slide: 1 });
});

test('a simulation slide’s camera poses the view (the same slide without one uses the module’s framing)', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'opened through the browser host’s file input');
  test.setTimeout(120_000);
  const page = app.page;
  await page.setViewportSize({ width: 960, height: 540 });
  const sim = { kind: 'simulation', title: 'The lookup', module: 'ntm', preset: 'lookup', frames: { from: 0, to: 1 } };
  const cameras = { ...mine, id: 'cameras', slides: [sim, { ...sim, camera: { position: [0, 0, 400], target: [0, 0, 0] } }] };
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/?e2e=1&lang=en&module=ntm`);
  await settledAfterLoad(page);
  await page.getByTestId('file-input').setInputFiles(file('cameras.json', cameras));
  await page.waitForURL(/lesson=cameras&opened=1/);
  await settledAfterLoad(page);
  const framed = await app.pixels();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  expect((await settledAfterLoad(page)).lesson).toMatchObject({ slide: 2, kind: 'simulation' });
  const far = await app.pixels();
  // Far away on the slide's camera, the memory grid covers a small part of the picture.
  expect(framed.nonBackground).toBeGreaterThan(0.05);
  expect(far.nonBackground).toBeLessThan(framed.nonBackground / 4);
  // Back on the first slide, the module's framing again.
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  expect((await settledAfterLoad(page)).lesson?.slide).toBe(1);
  expect((await app.pixels()).nonBackground).toBeGreaterThan(framed.nonBackground * 0.8);
});

test('with the Electron host, Abrir… asks main (no file input) and Guardar… writes through main’s save stream', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'a stand-in for the preload’s window.ateneaHost in the browser; Electron has the real one');
  test.setTimeout(120_000);
  const page = app.page;
  await page.setViewportSize({ width: 960, height: 540 });
  // The preload's API as the page sees it: main's answers come from `window.nextOpen`; saves are recorded.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const saves: unknown[][] = [];
    w.saves = saves;
    w.ateneaHost = {
      kind: 'electron',
      gpuMode: 'default',
      relaunchWithGpu: async () => undefined,
      openExternal: async () => false,
      setMenuLanguage: async () => undefined,
      onMenuCommand: () => () => undefined,
      saveBegin: async (request: unknown) => (saves.push(['begin', request]), { id: 7, name: 'chosen.json' }),
      saveWrite: async (id: number, position: number, data: Uint8Array) => void saves.push(['write', id, position, new TextDecoder().decode(data)]),
      saveFinish: async (id: number) => void saves.push(['finish', id]),
      saveAbort: async (id: number) => void saves.push(['abort', id]),
      openPresenter: async () => false,
      openFile: async () => w.nextOpen ?? null,
    };
  });
  let chooser = 0;
  page.on('filechooser', () => chooser++);
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/?e2e=1&lang=en&lesson=augmented-rnns`);
  await settledAfterLoad(page);
  const openMenu = async () => {
    await page.getByTestId('file-menu').locator('summary').click();
    await page.getByTestId('file-open').click();
  };

  // Main refused the file: its one-line message shows, the lesson stays.
  await page.evaluate(
    () =>
      ((window as unknown as Record<string, unknown>).nextOpen = {
        ok: false,
        error: 'bad.json: slides[1].kind: got "movie"; allowed: title, agenda, text, simulation',
      }),
  );
  await openMenu();
  await expect(page.getByTestId('file-status')).toContainText('slides[1].kind');
  expect((await stateOf(page)).lesson?.id).toBe('augmented-rnns');
  // Cancelled: nothing happens.
  await page.evaluate(() => ((window as unknown as Record<string, unknown>).nextOpen = null));
  await openMenu();
  expect(page.url()).toContain('lesson=augmented-rnns');
  // Main read a lesson: it opens as the lesson on screen.
  await page.evaluate(
    (text) => ((window as unknown as Record<string, unknown>).nextOpen = { ok: true, name: 'mine.json', text, kind: 'lesson' }),
    JSON.stringify(mine),
  );
  await openMenu();
  await page.waitForURL(/lesson=mine&opened=1/);
  expect((await settledAfterLoad(page)).lesson).toMatchObject({ id: 'mine', slide: 1, title: 'Attention' });
  expect(chooser).toBe(0);

  // Save the lesson: main's dialog (saveBegin) and its atomic stream, no download.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('file-menu').locator('summary').click();
  await page.getByTestId('file-save-lesson').click();
  await expect(page.getByTestId('file-status')).toContainText('chosen.json');
  const saves = (await page.evaluate(() => (window as unknown as { saves: unknown[][] }).saves)) as [string, ...unknown[]][];
  expect(saves.map((s) => s[0])).toEqual(['begin', 'write', 'finish']);
  expect(saves[0]![1]).toEqual({ kind: 'file', suggestedName: 'mine.atenea-lesson.json' });
  expect(JSON.parse(saves[1]![3] as string)).toMatchObject({ kind: 'lesson', id: 'mine' });
  expect(downloads).toBe(0);
});
