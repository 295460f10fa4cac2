/**
 * Helpers of the lecture-mode specs: open the built-in lesson (README "Giving a lecture"), press a key and wait
 * for the app to settle, jump to a slide by number.
 */
import lessonJson from '#core/lesson/lessons/augmented-rnns.json' with { type: 'json' };
import type { Lesson } from '#core/lesson/lesson.ts';
import type { AteneaTestState } from '#app/renderer/test-hooks.ts';
import type { AppHandle } from './fixtures.ts';

/** The built-in lesson's JSON (the validator pulls in the models, which Playwright's loader cannot import). */
export const builtinLessonJson = lessonJson as Lesson;

/** Opens the lesson (the fixture opened the app; this goes to `?lesson=`) and waits until its slide is shown. */
export async function openLesson(app: AppHandle, lang: 'es' | 'en', extra = ''): Promise<AteneaTestState> {
  const origin = new URL(app.page.url()).origin;
  await app.page.goto(`${origin}/?e2e=1&lang=${lang}&lesson=augmented-rnns${extra}`);
  await app.page.waitForFunction(() => document.body.dataset.ready === 'true');
  return app.settled();
}

/** Presses `key` and waits until the app settles. */
export async function press(app: AppHandle, key: string): Promise<AteneaTestState> {
  await app.page.keyboard.press(key);
  return app.settled();
}

/** Jumps to slide `n` (from 1) with its number and Enter, and waits until it is shown. */
export async function gotoSlide(app: AppHandle, n: number): Promise<AteneaTestState> {
  for (const d of String(n)) await app.page.keyboard.press(d);
  return press(app, 'Enter');
}
