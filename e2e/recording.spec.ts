/**
 * Recording (README "Recording: video, GIF and PNG") in the app: frame-exact WebM and MP4 checked with ffprobe, a decoded frame against the
 * view's own read-back, GIF frames and delays, PNG (single and zipped sequence), the dialog, cancel, and a
 * failing save that leaves the app usable.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { compareRgb, decodeFrame, parseGif, pngSize, probeVideo, type ExportChoice } from './recording-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'atenea-recording-'));
type Hooks = {
  ateneaRecorder: {
    service: { export(c: ExportChoice): Promise<unknown> };
    frame(c: ExportChoice, k: number): Promise<{ width: number; height: number; data: number[] }>;
  };
};

/** Exports `choice` through the hooks (the browser host downloads it) and returns the saved file's path. */
async function exportToFile(page: Page, choice: ExportChoice, name: string): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const done = page.evaluate((c) => (window as unknown as Hooks).ateneaRecorder.service.export(c), choice);
  const d = await download;
  await done;
  const path = join(dir, name);
  await d.saveAs(path);
  return path;
}

async function loadPreset(page: Page, preset: string): Promise<void> {
  await page.getByTestId('preset-select').selectOption(preset);
  await page.waitForFunction((p) => {
    const s = (window as unknown as { atenea: { state(): { preset: string; settled: boolean } } }).atenea.state();
    return s.preset === p && s.settled;
  }, preset);
}

const video: ExportChoice = {
  format: 'webm',
  from: 0,
  to: 3,
  fps: 30,
  secondsPerStep: 0.5,
  secondsPerTransition: 0.2,
  width: 640,
  height: 360,
};

for (const format of ['webm', 'mp4'] as const) {
  test(`a 2-second ${format} of the copy preset at 640×360 and 30 fps has exactly 60 frames that match the view`, async ({ app }) => {
    test.setTimeout(240_000);
    await loadPreset(app.page, 'copy');
    const before = await app.state();
    const choice = { ...video, format };
    const file = await exportToFile(app.page, choice, `copy.${format}`);
    const probe = probeVideo(file);
    expect(probe.codec).toBe(format === 'webm' ? 'vp9' : 'h264');
    expect(probe.frames).toBe(60);
    expect([probe.width, probe.height]).toEqual([640, 360]);
    expect(probe.fps).toBe(30);
    expect(Math.abs(probe.duration - 2)).toBeLessThan(0.05);

    const first = decodeFrame(file, 0, 640, 360);
    const last = decodeFrame(file, 59, 640, 360);
    expect(compareRgb(first, last).farFraction).toBeGreaterThan(0.002);
    for (const k of [0, 40]) {
      const decoded = k === 0 ? first : decodeFrame(file, k, 640, 360);
      const view = await app.page.evaluate(([c, n]) => (window as unknown as Hooks).ateneaRecorder.frame(c as ExportChoice, n as number), [choice, k] as const);
      const diff = compareRgb(decoded, view.data);
      console.log(format, 'frame', k, JSON.stringify(diff));
      expect(diff.mean).toBeLessThan(4);
      expect(diff.farFraction).toBeLessThan(0.01);
    }
    // The app is as it was.
    const after = await app.state();
    expect([after.frame, after.preset, after.revision]).toEqual([before.frame, before.preset, before.revision]);
  });
}

test('a GIF at 25 fps decodes to the expected frames and delays; PNG gives one frame or a numbered sequence', async ({ app }) => {
  test.setTimeout(180_000);
  const gifChoice: ExportChoice = {
    format: 'gif',
    from: 1,
    to: 3,
    fps: 25,
    secondsPerStep: 0.2,
    secondsPerTransition: 0.08,
    width: 320,
    height: 180,
  };
  const gif = parseGif(readFileSync(await exportToFile(app.page, gifChoice, 'x.gif')));
  expect(gif.frames).toBe(15);
  expect(gif.delays).toEqual(new Array(15).fill(4));
  expect([gif.width, gif.height, gif.loops, gif.globalPalette]).toEqual([320, 180, true, true]);
  const gif50 = parseGif(readFileSync(await exportToFile(app.page, { ...gifChoice, fps: 50, to: 1 }, 'y.gif')));
  expect(gif50.delays).toEqual(new Array(10).fill(2));
  await expect(app.page.evaluate((c) => (window as unknown as Hooks).ateneaRecorder.service.export(c), { ...gifChoice, fps: 30 })).rejects.toThrow(
    /25 or 50 fps/,
  );

  const single = readFileSync(await exportToFile(app.page, { ...gifChoice, format: 'png' }, 'one.png'));
  expect(pngSize(single)).toEqual({ width: 320, height: 180 });
  const zip = unzipSync(readFileSync(await exportToFile(app.page, { ...gifChoice, format: 'png', sequence: true, fps: 24, secondsPerStep: 0.25 }, 'seq.zip')));
  const names = Object.keys(zip).sort();
  expect(names).toEqual(Array.from({ length: 18 }, (_, k) => `frame-${String(k).padStart(5, '0')}.png`));
  for (const n of [names[0]!, names[17]!]) expect(pngSize(zip[n]!)).toEqual({ width: 320, height: 180 });
});

test('the dialog: named in both languages, opened by E, exports, and cancel halfway leaves no file and the app as it was', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  await page.setViewportSize({ width: 800, height: 520 });
  await expect(page.getByRole('button', { name: 'Exportar un vídeo, un GIF o PNG (E)' })).toBeVisible();
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByRole('button', { name: 'Export a video, GIF or PNG (E)' })).toBeVisible();
  await app.seek(2);
  const before = await app.state();
  const pixelsBefore = await app.rawPixels();

  await page.locator('body').press('e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-format').locator('option')).toHaveText([/^MP4 \((H\.264|AV1)\)$/, /^WebM \((VP9|AV1)\)$/, 'GIF (25 or 50 fps)', 'PNG']);
  await page.getByTestId('export-format').selectOption('webm');
  await page.getByTestId('export-resolution').selectOption('window');
  await page.getByTestId('export-range').selectOption('some');
  await page.getByTestId('export-from').fill('0');
  await page.getByTestId('export-to').fill('5');
  await page.getByTestId('export-sps').fill('1');
  await page.getByTestId('export-fps').selectOption('30');
  await expect(page.getByTestId('export-summary')).toHaveText('180 frames, 6.00 s');

  // Cancel halfway: no download, the status says so.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-status')).toHaveText(/^(9\d|1[0-7]\d) of 180 frames/, { timeout: 180_000 });
  await page.getByTestId('export-cancel').click();
  await expect(dialog).toHaveAttribute('data-outcome', 'cancelled');
  await expect(page.getByTestId('export-status')).toHaveText('Export cancelled: nothing was saved.');
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);

  // The app is exactly as before.
  const after = await app.state();
  expect([after.frame, after.preset, after.revision, after.playing, after.settled]).toEqual([
    before.frame,
    before.preset,
    before.revision,
    before.playing,
    true,
  ]);
  expect(app.pixelDiff(pixelsBefore, await app.rawPixels())).toBe(0);

  // A short export through the dialog downloads the file.
  await page.getByTestId('export-to').fill('1');
  await page.getByTestId('export-sps').fill('0.2');
  await expect(page.getByTestId('export-start')).toBeDisabled(); // 0.3 s transitions do not fit in 0.2 s steps
  await expect(page.getByTestId('export-summary')).toContainText('seconds per transition');
  await page.getByTestId('export-spt').fill('0.1');
  await expect(page.getByTestId('export-summary')).toHaveText('12 frames, 0.40 s');
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('export-start').click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('atenea-lookup-0-1.webm');
  await expect(dialog).toHaveAttribute('data-outcome', 'saved');
  const file = join(dir, 'dialog.webm');
  await d.saveAs(file);
  expect(probeVideo(file).frames).toBe(12);
  await page.getByTestId('export-cancel').click();
  await expect(dialog).toBeHidden();
});
