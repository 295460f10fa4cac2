/**
 * The attention chapter (README "The modules and their presets"): step through the translation and the speech presets and check that the
 * weights shown are the data (the Distill CSVs, read here independently of the app), that the picture changes
 * between steps, and that the compute preset switches its score function live; a 1920×1080 screenshot of each
 * preset is kept as a test artifact.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AppHandle } from './fixtures.ts';

const data = (file: string): number[][] => {
  const rows = readFileSync(resolve(import.meta.dirname, '../core/models/attention/data', file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(',').map(Number));
  // Row i, column j is input i's weight for output j: output step j's weights are column j.
  return rows[0]!.map((_, j) => rows.map((r) => r[j]!));
};

async function openModule(app: AppHandle, module: string): Promise<void> {
  const page: Page = app.page;
  await page.getByTestId('module-select').selectOption(module);
  await page.waitForURL(new RegExp(`module=${module}`));
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  await expect.poll(async () => (await app.state()).module).toBe(module);
  await app.settled();
}

async function shoot(
  app: AppHandle,
  testInfo: { outputPath(name: string): string; attach(name: string, o: { path: string; contentType: string }): Promise<void> },
  name: string,
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await app.page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('translation: each step shows the Bahdanau Fig. 3 weights, and the picture follows', async ({ app }, testInfo) => {
  await openModule(app, 'attention');
  const expected = data('translation-en-fr.csv');
  let s = await app.state();
  expect(s.preset).toBe('translation');
  expect(s.frameCount).toBe(15);
  await expect(app.page.getByTestId('note')).toContainText('CC-BY 4.0');
  let previous: Uint8Array | null = null;
  for (const step of [0, 4, 5, 6, 14]) {
    s = await app.seek(step);
    expect(s.step).toBe(step);
    expect(s.tensors.weights as number[]).toEqual(expected[step]);
    const px = await app.pixels();
    expect(px.nonBackground).toBeGreaterThan(0.05);
    const raw = await app.rawPixels();
    if (previous) expect(app.pixelDiff(previous, raw)).toBeGreaterThan(0.002);
    previous = raw;
  }
  // “zone économique européenne” reverses “European Economic Area”: step 4 (zone) looks at Area (input 6).
  s = await app.seek(4);
  const w = s.tensors.weights as number[];
  expect(w.indexOf(Math.max(...w))).toBe(6);
  await shoot(app, testInfo, 'attention-translation-step-5');
});

test('speech: characters one by one, each with its attention over the audio frames', async ({ app }, testInfo) => {
  await openModule(app, 'attention');
  await app.page.getByTestId('preset-select').selectOption('speech');
  await expect.poll(async () => (await app.state()).preset).toBe('speech');
  let s = await app.settled();
  const expected = data('speech-woodchuck.csv');
  expect(s.frameCount).toBe(33);
  let previous: Uint8Array | null = null;
  for (const step of [0, 9, 20]) {
    s = await app.seek(step);
    expect(s.tensors.weights as number[]).toEqual(expected[step]);
    expect((s.tensors.weights as number[]).length).toBe(38);
    const raw = await app.rawPixels();
    if (previous) expect(app.pixelDiff(previous, raw)).toBeGreaterThan(0.002);
    previous = raw;
  }
  await shoot(app, testInfo, 'attention-speech-step-10');
});

test('compute: the score function is a menu (dot / general / additive); a choice recomputes the weights; a bad value is refused with its range', async ({
  app,
}, testInfo) => {
  await openModule(app, 'attention');
  // The data presets compute nothing: no parameter fields.
  await expect(app.page.getByTestId('param-score')).toBeHidden();
  await app.page.getByTestId('preset-select').selectOption('compute');
  await expect.poll(async () => (await app.state()).preset).toBe('compute');
  let s = await app.settled();
  expect(s.frameCount).toBe(9 * 4);
  s = await app.seek(2 * 4 + 2);
  expect(s.stage).toBe('weights');
  expect(s.tensors.score).toBe('dot');
  const dot = s.tensors.weights as number[];
  expect(dot.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  const menu = app.page.getByTestId('param-score');
  await expect(menu).toBeVisible();
  await expect(menu).toHaveValue('dot');
  const labels = await menu.locator('option').allTextContents();
  expect(labels).toHaveLength(3);
  expect(labels.join(' ')).toMatch(/Bahdanau/);
  await menu.selectOption('additive');
  await expect.poll(async () => (await app.state()).tensors.score).toBe('additive');
  expect((await app.state()).parameters.score).toBe('additive');
  s = await app.settled();
  expect(s.tensors.weights).not.toEqual(dot);
  // The menu gives the keyboard back: → steps the lecture.
  await app.page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await app.state()).frame).toBe(2 * 4 + 3);
  const width = app.page.getByTestId('param-dimension');
  await width.fill('0');
  await width.press('Enter');
  await expect(app.page.getByTestId('param-dimension-error')).toContainText('[1, 64]');
  expect((await app.state()).tensors.score).toBe('additive');
  await app.seek(2 * 4 + 1);
  await shoot(app, testInfo, 'attention-compute-scores');
  await app.seek(2 * 4 + 3);
  await shoot(app, testInfo, 'attention-compute-context');
});
