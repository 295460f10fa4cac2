/**
 * The export dialog in lecture mode (README "Giving a lecture"): "this slide" or "the whole lesson", with a
 * checkbox that draws the titles and captions in. The whole lesson downloads one video whose frame count is the
 * schedule's (text slides 4 s each, the simulation's frames on the step schedule), and the app is as before.
 */
import type { Page } from '@playwright/test';
import type { AteneaTestState } from '#app/renderer/test-hooks.ts';
import { test, expect } from './fixtures.ts';
import { probeVideo } from './recording-helpers.ts';

const small = {
  kind: 'lesson',
  id: 'small',
  title: 'Small',
  slides: [
    { kind: 'title', title: 'Attention', subtitle: 'A short tour' },
    { kind: 'text', title: 'Reading', bullets: ['every step reads all of memory'], equations: ['r_t = \\sum_i w_t(i) M_t(i)'] },
    {
      kind: 'simulation',
      title: 'The lookup',
      module: 'ntm',
      preset: 'lookup',
      frames: { from: 0, to: 1 },
      caption: 'The lookup at step t',
    },
  ],
};

const stateOf = (page: Page) => page.evaluate(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state());
async function settled(page: Page): Promise<AteneaTestState> {
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await page.waitForFunction(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state().settled);
  return stateOf(page);
}

test('the export dialog renders the whole lesson as one video with the schedule’s frame count', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Electron saves through main’s dialog; the browser host downloads');
  test.setTimeout(300_000);
  const page = app.page;
  await page.setViewportSize({ width: 960, height: 540 });
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/?e2e=1&lang=en&module=ntm`);
  await settled(page);
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'small.atenea-lesson.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
  await page.waitForURL(/lesson=small&opened=1/);
  await settled(page);
  for (let i = 0; i < 2; i++) await page.keyboard.press('PageDown');
  const before = await settled(page);
  expect(before.lesson).toMatchObject({ slide: 3, kind: 'simulation' });
  const pixelsBefore = await app.rawPixels();
  const plainEquations: string[] = []; // the renderer's one line when KaTeX's image fails and plain text is drawn
  page.on('console', (m) => void (m.text().includes('drawn as plain text') && plainEquations.push(m.text())));

  await page.keyboard.press('e');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-range').locator('option')).toHaveText(['This slide', 'From frame to frame', 'The whole lesson']);
  await page.getByTestId('export-range').selectOption('lesson');
  await expect(page.getByTestId('export-narration')).toBeVisible();
  await page.getByTestId('export-narration').check();
  await page.getByTestId('export-format').selectOption('mp4');
  await page.getByTestId('export-resolution').selectOption('1280x720');
  await page.getByTestId('export-fps').selectOption('30');
  await page.getByTestId('export-sps').fill('0.5');
  await page.getByTestId('export-spt').fill('0.1');
  await expect(page.getByTestId('export-summary')).toHaveText('3 slides, text slides held 4 s each');
  const download = page.waitForEvent('download', { timeout: 240_000 });
  await page.getByTestId('export-start').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('small.mp4');
  await expect(page.getByTestId('export-dialog')).toHaveAttribute('data-outcome', 'saved');
  // Two text slides × 4 s × 30 fps, then the simulation's 2 frames × 0.5 s × 30 fps.
  expect(probeVideo((await file.path())!)).toMatchObject({ width: 1280, height: 720, frames: 2 * 120 + 2 * 15 });
  expect(plainEquations, 'the narration’s equations typeset by KaTeX under the app’s CSP').toEqual([]);

  // The app is as before: same slide and frame, the same picture.
  await page.keyboard.press('Escape');
  const after = await settled(page);
  expect([after.lesson?.slide, after.frame, after.module]).toEqual([3, before.frame, 'ntm']);
  expect(app.pixelDiff(pixelsBefore, await app.rawPixels())).toBeLessThan(0.01);
});
