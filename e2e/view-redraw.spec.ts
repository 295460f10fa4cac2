/**
 * The view draws only on change (README "Speed", "The view"): while the app is idle no animation frame runs and
 * nothing is drawn; a step draws its transition and the view goes quiet again once it settles.
 */
import { test, expect, type AppHandle } from './fixtures.ts';
import type { AteneaTestHooks } from '#app/renderer/test-hooks.ts';

type Draws = ReturnType<AteneaTestHooks['draws']>;

const draws = (app: AppHandle): Promise<Draws> => app.page.evaluate(() => (window as unknown as { atenea: AteneaTestHooks }).atenea.draws());

/** Waits for `n` of the page's own animation frames (display frames, not a fixed time). */
const displayFrames = (app: AppHandle, n: number): Promise<void> =>
  app.page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let k = 0;
        const next = (): void => void (++k >= count ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    n,
  );

test('idle: no animation frames and no draws; a step draws, then the view is idle again', async ({ app }) => {
  await app.settled();
  await displayFrames(app, 5); // the frame that settled the clock has run
  const idle = await draws(app);
  await displayFrames(app, 30);
  expect(await draws(app)).toEqual(idle);

  await app.page.getByTestId('view').focus();
  await app.page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await app.state()).frame).toBe(1);
  await app.settled();
  await displayFrames(app, 5);
  const stepped = await draws(app);
  expect(stepped.renders).toBeGreaterThan(idle.renders);
  expect(stepped.frames).toBeGreaterThan(idle.frames);
  await displayFrames(app, 30);
  expect(await draws(app)).toEqual(stepped);
});
