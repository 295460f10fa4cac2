/**
 * Themes (README "Parameters, themes, languages"): a PNG exported in the light theme has a white background and one in the dark
 * theme the screen's dark background, whatever the screen shows; an export never changes the screen (canvas,
 * theme control, state); the header's theme control switches the screen itself.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { decodeFrame, type ExportChoice } from './recording-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'atenea-theme-'));
type Hooks = { ateneaRecorder: { service: { export(c: ExportChoice): Promise<unknown> } } };
const W = 480;
const H = 270;

async function exportPng(page: Page, theme: 'dark' | 'light'): Promise<Uint8Array> {
  const choice: ExportChoice = {
    format: 'png',
    from: 3,
    to: 3,
    fps: 30,
    secondsPerStep: 1,
    secondsPerTransition: 0.3,
    width: W,
    height: H,
    theme,
  };
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const done = page.evaluate((c) => (window as unknown as Hooks).ateneaRecorder.service.export(c), choice);
  const d = await download;
  await done;
  const path = join(dir, `frame-${theme}.png`);
  await d.saveAs(path);
  return decodeFrame(path, 0, W, H);
}

/** The four corners' RGB (a margin in), where no chapter draws. */
function corners(rgba: Uint8Array, w: number, h: number): number[][] {
  return [
    [4, 4],
    [w - 5, 4],
    [4, h - 5],
    [w - 5, h - 5],
  ].map(([x, y]) => Array.from(rgba.subarray((y! * w + x!) * 4, (y! * w + x!) * 4 + 3)));
}

const near = (rgb: number[], want: number[], tolerance: number) => rgb.every((v, i) => Math.abs(v - want[i]!) <= tolerance);

test('PNG exports in the light and dark themes: white vs the dark background; the screen is unchanged', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  await app.seek(3);
  const select = page.getByTestId('theme-select');
  await expect(select).toHaveValue('dark');
  const canvas = page.locator('canvas.view-canvas');
  const shotBefore = await canvas.screenshot();
  const stateBefore = await app.state();
  const screenBefore = await app.rawPixels();

  const light = await exportPng(page, 'light');
  const dark = await exportPng(page, 'dark');
  for (const c of corners(light, W, H)) expect(near(c, [255, 255, 255], 6), `light corner ${c}`).toBe(true);
  for (const c of corners(dark, W, H)) expect(near(c, [0x0b, 0x0f, 0x17], 6), `dark corner ${c}`).toBe(true);
  // The pictures differ as a whole, not only at the corners (the light theme is a different picture, same layout).
  let brighter = 0;
  for (let i = 0; i < light.length; i += 4) if (light[i]! + light[i + 1]! + light[i + 2]! > dark[i]! + dark[i + 1]! + dark[i + 2]! + 60) brighter++;
  expect(brighter / (W * H)).toBeGreaterThan(0.8);

  // The screen: same control value, same state, same read-back, same canvas pixels (not redrawn in another theme).
  await expect(select).toHaveValue('dark');
  const stateAfter = await app.state();
  expect([stateAfter.frame, stateAfter.preset, stateAfter.revision]).toEqual([stateBefore.frame, stateBefore.preset, stateBefore.revision]);
  expect(app.pixelDiff(screenBefore, await app.rawPixels())).toBe(0);
  expect((await canvas.screenshot()).equals(shotBefore)).toBe(true);
});

test('the header theme control switches the screen to light and back, with its name in the UI language', async ({ app }) => {
  const page = app.page;
  const select = page.getByTestId('theme-select');
  await expect(select).toHaveAttribute('aria-label', /Tema de la vista 3D|Theme of the 3D view/);
  const dark = await app.rawPixels();
  expect(near(Array.from(dark.subarray(0, 3)), [0x0b, 0x0f, 0x17], 6)).toBe(true);
  await select.selectOption('light');
  const light = await app.rawPixels();
  expect(near(Array.from(light.subarray(0, 3)), [255, 255, 255], 6)).toBe(true);
  await select.selectOption('dark');
  expect(app.pixelDiff(dark, await app.rawPixels())).toBe(0);
});
