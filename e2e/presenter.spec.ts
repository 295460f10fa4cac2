/**
 * The presenter view (README "Giving a lecture"): S opens a second window of the same origin showing the
 * current and next slide, the notes, the time and the counter; the two windows follow each other (keys pressed
 * in either move both), and closing the presenter leaves the audience window where it was.
 */
import lessonJson from '#core/lesson/lessons/augmented-rnns.json' with { type: 'json' };
import { localize, type Lesson } from '#core/lesson/lesson.ts';
import type { Page } from '@playwright/test';
import type { AteneaTestState } from '#app/renderer/test-hooks.ts';
import { test, expect } from './fixtures.ts';

const lesson = lessonJson as Lesson;
const titleOf = (i: number) => localize(lesson.slides[i]!.title, 'en');
const stateOf = (page: Page) => page.evaluate(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state());
const settled = async (page: Page) => {
  await page.waitForFunction(() => (window as unknown as { atenea: { state(): AteneaTestState } }).atenea.state().settled);
  return stateOf(page);
};

test('S opens the presenter window; it follows the audience window and the audience follows its keys', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the Electron presenter is a BrowserWindow opened by main (app/main tests)');
  test.setTimeout(180_000);
  const audience = app.page;
  await audience.setViewportSize({ width: 960, height: 540 });
  const origin = new URL(audience.url()).origin;
  await audience.goto(`${origin}/?e2e=1&lang=en&lesson=augmented-rnns`);
  await audience.waitForFunction(() => document.body.dataset.ready === 'true');
  await settled(audience);

  const opened = audience.context().waitForEvent('page');
  await audience.keyboard.press('s');
  const presenter = await opened;
  await presenter.waitForLoadState();
  expect(new URL(presenter.url()).origin).toBe(origin);
  const root = presenter.getByTestId('presenter');
  await expect(root).toHaveAttribute('data-slide', '1');
  await expect(presenter.getByTestId('presenter-current')).toContainText(titleOf(0));
  await expect(presenter.getByTestId('presenter-next')).toContainText(titleOf(1));
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(localize(lesson.slides[0]!.notes!, 'en'));
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`slide 1 / ${lesson.slides.length}`);
  await expect(presenter.getByTestId('presenter-clock')).not.toBeEmpty();
  await expect(presenter.getByTestId('presenter-elapsed')).toContainText('0:0');

  // The audience moves: the presenter follows.
  await audience.bringToFront();
  await audience.keyboard.press('PageDown');
  await audience.keyboard.press('PageDown');
  expect((await settled(audience)).lesson?.slide).toBe(3);
  await expect(root).toHaveAttribute('data-slide', '3');
  await expect(presenter.getByTestId('presenter-current')).toContainText(titleOf(2));

  // Keys pressed in the presenter move the audience (into a simulation, frame by frame).
  await presenter.bringToFront();
  await presenter.keyboard.press('PageDown');
  await expect.poll(async () => (await settled(audience)).lesson?.slide).toBe(4);
  expect((await settled(audience)).lesson?.kind).toBe('simulation');
  await expect(root).toHaveAttribute('data-slide', '4');
  await expect(presenter.getByTestId('presenter-counter')).toContainText('frame 1 /');
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(async () => (await settled(audience)).frame).toBe(1);
  await expect(root).toHaveAttribute('data-frame', '1');
  await expect(presenter.getByTestId('presenter-counter')).toContainText('frame 2 /');
  await presenter.keyboard.press('ArrowLeft');
  await presenter.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await settled(audience)).lesson?.slide).toBe(3);

  // Closing the presenter leaves the audience window as it was.
  await presenter.close();
  const after = await settled(audience);
  expect(after.lesson).toMatchObject({ slide: 3, blank: false });
  await audience.keyboard.press('PageDown');
  expect((await settled(audience)).lesson?.slide).toBe(4);
});
