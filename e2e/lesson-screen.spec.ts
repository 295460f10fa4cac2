/**
 * What the audience sees in lecture mode (README "Giving a lecture"): the laser pointer is on the page but never
 * in a rendered frame; full screen overlays the caption and the equation on the view, legible and clear of the
 * model; a simulation slide shows no picture of the previous slide while its trace computes.
 */
import type { Page } from '@playwright/test';
import type { AteneaTestState } from '#app/renderer/test-hooks.ts';
import { test, expect, type AppHandle } from './fixtures.ts';
import { builtinLessonJson as lesson, gotoSlide, openLesson, press } from './lesson-helpers.ts';

/** The number (from 1) of the first simulation slide of `module` (with `preset`, if given). */
const slideOf = (module: string, preset?: string) =>
  lesson.slides.findIndex((s) => s.kind === 'simulation' && s.module === module && (!preset || s.preset === preset)) + 1;

/** How many pixels of a PNG screenshot are the laser's red (decoded in the page). */
function laserRed(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const d = ctx.getImageData(0, 0, image.width, image.height).data;
    let red = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! > 200 && d[i + 1]! < 110 && d[i + 2]! < 110) red++;
    return red;
  }, png.toString('base64'));
}

/** Rows and columns of a read-back (at `size`) that hold anything but the background (the top-left pixel). */
function boardBox(app: AppHandle, size: { width: number; height: number }) {
  return app.page.evaluate(async (sz) => {
    const p = await (
      window as unknown as { atenea: { readPixels(s: object): Promise<{ width: number; height: number; data: Uint8Array }> } }
    ).atenea.readPixels(sz);
    const bg = [p.data[0]!, p.data[1]!, p.data[2]!];
    let top = p.height;
    let bottom = -1;
    let left = p.width;
    let right = -1;
    for (let y = 0; y < p.height; y++) {
      for (let x = 0; x < p.width; x++) {
        const i = (y * p.width + x) * 4;
        if (Math.abs(p.data[i]! - bg[0]!) + Math.abs(p.data[i + 1]! - bg[1]!) + Math.abs(p.data[i + 2]! - bg[2]!) <= 24) continue;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
    return { top, bottom, left, right };
  }, size);
}

test('the laser pointer shows on the page and never in a rendered frame', async ({ app }) => {
  await openLesson(app, 'es');
  const s = await gotoSlide(app, slideOf('focus'));
  expect(s.lesson?.kind).toBe('simulation');
  const view = (await app.page.getByTestId('view').boundingBox())!;
  const x = Math.round(view.x + view.width / 2);
  const y = Math.round(view.y + view.height / 2);
  const clip = { x: x - 20, y: y - 20, width: 40, height: 40 };
  await app.page.mouse.move(x - 60, y);
  await app.page.mouse.move(x, y, { steps: 4 });
  expect(await laserRed(app.page, await app.page.screenshot({ clip }))).toBe(0);
  const off = await app.rawPixels();

  expect((await press(app, 'l')).lesson?.laser).toBe(true);
  await app.page.mouse.move(x - 60, y);
  await app.page.mouse.move(x, y, { steps: 4 });
  // On the page: the bright dot under the pointer.
  expect(await laserRed(app.page, await app.page.screenshot({ clip }))).toBeGreaterThan(100);
  // In a frame rendered as the recorder renders (a render target read back): the same pixels as without it.
  const on = await app.rawPixels();
  expect(on.length).toBe(off.length);
  expect(app.pixelDiff(off, on)).toBe(0);
  expect(Buffer.from(on).equals(Buffer.from(off))).toBe(true);
});

test('full screen at 1920×1080 overlays the caption and the equation on the view, legible and clear of the NTM', async ({ app }) => {
  test.setTimeout(180_000);
  await openLesson(app, 'es');
  await gotoSlide(app, slideOf('ntm', 'lookup'));
  await press(app, 'ArrowRight'); // a frame with its equation
  await press(app, 'f');
  await expect(app.page.locator('body')).toHaveClass(/presenting/);
  const view = (await app.page.getByTestId('view').boundingBox())!;
  expect(view).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  const caption = (await app.page.getByTestId('sim-caption').boundingBox())!;
  const narration = (await app.page.locator('.side').boundingBox())!;
  for (const [name, box] of [
    ['caption', caption],
    ['narration', narration],
  ] as const) {
    expect(box.height, name).toBeGreaterThan(40);
    expect(box.x, name).toBeGreaterThanOrEqual(view.x);
    expect(box.y, name).toBeGreaterThanOrEqual(view.y);
    expect(box.x + box.width, name).toBeLessThanOrEqual(view.x + view.width);
    expect(box.y + box.height, name).toBeLessThanOrEqual(view.y + view.height);
  }
  const size = (selector: string) =>
    app.page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  for (const selector of ['[data-testid=sim-caption] h2', '[data-testid=sim-caption] p', '.narration .stage-title', '.narration .caption'])
    expect(await size(selector), selector).toBeGreaterThanOrEqual(28);
  await expect(app.page.locator('.narration .equation .katex').first()).toBeVisible();
  expect(await size('.narration .equation .katex')).toBeGreaterThanOrEqual(24);
  // The model is framed in the band between the two overlays (a read-back at half size: the same framing).
  const half = { width: 960, height: 540 };
  await expect
    .poll(async () => {
      const b = await boardBox(app, half);
      return b.top * 2 >= caption.y + caption.height && b.bottom * 2 <= narration.y && b.bottom > b.top;
    })
    .toBe(true);
  const b = await boardBox(app, half);
  // …and fills it: as wide as the view or as tall as the free band, less the margins.
  const free = narration.y - (caption.y + caption.height);
  expect(Math.max(((b.right - b.left) * 2) / 1920, ((b.bottom - b.top) * 2) / free)).toBeGreaterThan(0.75);
  await app.page.keyboard.press('Escape');
  await expect(app.page.locator('body')).not.toHaveClass(/presenting/);
});

test('a simulation slide shows no picture of the previous slide while its trace computes', async ({ app }) => {
  test.setTimeout(180_000);
  await openLesson(app, 'es');
  await gotoSlide(app, slideOf('focus'));
  // Sample every animation frame: while the new slide loads, is the canvas (holding the last picture) visible?
  await app.page.evaluate(() => {
    const w = window as unknown as { atenea: { state(): AteneaTestState }; samples: { loading: boolean; canvas: boolean }[]; sampling: boolean };
    w.samples = [];
    w.sampling = true;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=view] canvas')!;
    const sample = () => {
      if (!w.sampling) return;
      w.samples.push({ loading: w.atenea.state().lesson?.loading ?? false, canvas: getComputedStyle(canvas).visibility === 'visible' });
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const s = await gotoSlide(app, slideOf('ntm'));
  expect(s.module).toBe('ntm');
  const samples = await app.page.evaluate(() => {
    const w = window as unknown as { samples: { loading: boolean; canvas: boolean }[]; sampling: boolean };
    w.sampling = false;
    return w.samples;
  });
  const whileLoading = samples.filter((x) => x.loading);
  expect(whileLoading.length).toBeGreaterThan(0);
  expect(whileLoading.filter((x) => x.canvas)).toEqual([]);
  await expect(app.page.getByTestId('slide-computing')).toBeHidden();
  expect(await app.page.locator('[data-testid=view] canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
});
