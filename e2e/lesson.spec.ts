/**
 * Lecture mode (README "Giving a lecture"): the built-in lesson walked with PageDown only in both languages,
 * every simulation's frames stepped; back across a boundary; blank and back; jumps by number and by the
 * overview; the layout at 1024×768; full screen hides the chrome. No fixed sleeps: each step waits for the
 * app to settle (`state().settled` includes the lesson's loading).
 */
import { localize } from '#core/lesson/lesson.ts';
import { test, expect, type AppHandle } from './fixtures.ts';
import { builtinLessonJson as lesson, openLesson, press } from './lesson-helpers.ts';

const titleOf = (i: number, lang: 'es' | 'en') => localize(lesson.slides[i]!.title, lang);

/** Walks the open lesson from the first slide to the last with PageDown alone, checking every slide and frame. */
async function walk(app: AppHandle, lang: 'es' | 'en'): Promise<void> {
  let s = await press(app, 'Home');
  const stepped: string[] = [];
  for (let i = 0; i < lesson.slides.length; i++) {
    const slide = lesson.slides[i]!;
    expect(s.lesson, `slide ${i + 1}`).toMatchObject({
      id: 'augmented-rnns',
      slide: i + 1,
      slides: lesson.slides.length,
      kind: slide.kind,
      title: titleOf(i, lang),
    });
    await expect(app.page.getByTestId('slide-heading')).toHaveText(titleOf(i, lang));
    if (slide.kind === 'simulation') {
      expect(s.module).toBe(slide.module);
      expect(s.preset).toBe(slide.preset);
      const span = s.lesson!.frames!;
      expect(span.first).toBe(slide.frames?.from ?? 0);
      expect(span.last).toBe(Math.min(slide.frames?.to ?? Infinity, s.frameCount - 1));
      expect(s.frame).toBe(span.first);
      for (let f = span.first + 1; f <= span.last; f++) {
        s = await press(app, 'PageDown');
        expect(s.frame).toBe(f);
        expect(s.lesson?.slide).toBe(i + 1);
      }
      stepped.push(`${slide.module}:${slide.preset}`);
    }
    if (i < lesson.slides.length - 1) s = await press(app, 'PageDown');
  }
  expect(s.lesson?.title).toBe(lang === 'es' ? 'Licencia' : 'Licence');
  expect(stepped).toHaveLength(lesson.slides.filter((x) => x.kind === 'simulation').length);
  expect((await press(app, 'PageDown')).lesson?.slide).toBe(lesson.slides.length); // the end stays at the end
}

test('PageDown alone walks the whole lesson in Spanish and then in English, stepping every simulation frame', async ({ app }) => {
  test.setTimeout(600_000);
  // A small window: SwiftShader draws every frame on the CPU, and the walk draws a few hundred.
  await app.page.setViewportSize({ width: 800, height: 600 });
  await openLesson(app, 'es');
  const sim = lesson.slides.findIndex((x) => x.kind === 'simulation');
  await app.page.keyboard.press(String(sim + 1)); // the transport (and its speed menu) shows on simulation slides
  await press(app, 'Enter');
  await app.page.getByTestId('speed').selectOption('4'); // short transitions: each step still waits for its own
  await app.page.evaluate(() => ((window as unknown as { lessonMarker: number }).lessonMarker = 1));
  await walk(app, 'es');
  // The language changes in place: the same lesson, no reload, the traces already cached.
  await app.page.getByTestId('language').selectOption('en');
  await walk(app, 'en');
  // Never reloaded: the marker set before the walks is still there.
  expect(await app.page.evaluate(() => (window as unknown as { lessonMarker?: number }).lessonMarker)).toBe(1);
});

test('PageUp goes back across a boundary onto the previous simulation’s last frame', async ({ app }) => {
  const textAfterSim = lesson.slides.findIndex((x, i) => x.kind === 'text' && lesson.slides[i - 1]?.kind === 'simulation');
  let s = await openLesson(app, 'es');
  for (const d of String(textAfterSim + 1)) await app.page.keyboard.press(d);
  s = await press(app, 'Enter');
  expect(s.lesson).toMatchObject({ slide: textAfterSim + 1, kind: 'text' });
  s = await press(app, 'PageUp');
  expect(s.lesson).toMatchObject({ slide: textAfterSim, kind: 'simulation' });
  expect(s.frameCount).toBeGreaterThan(1);
  expect(s.frame).toBe(s.lesson!.frames!.last);
  s = await press(app, 'ArrowRight');
  expect(s.lesson?.slide).toBe(textAfterSim + 1);
});

test('B blanks the screen and any key brings it back; digits+Enter and the overview jump', async ({ app }) => {
  let s = await openLesson(app, 'en');
  s = await press(app, 'b');
  expect(s.lesson?.blank).toBe(true);
  await expect(app.page.getByTestId('lesson-blank')).toBeVisible();
  s = await press(app, 'x');
  expect(s.lesson).toMatchObject({ blank: false, slide: 1 });
  await expect(app.page.getByTestId('lesson-blank')).toBeHidden();
  s = await press(app, '.');
  expect(s.lesson?.blank).toBe(true);
  s = await press(app, 'PageDown'); // brings the screen back, does not advance
  expect(s.lesson).toMatchObject({ blank: false, slide: 1 });

  await app.page.keyboard.press('9');
  s = await press(app, 'Enter');
  expect(s.lesson).toMatchObject({ slide: 9, title: titleOf(8, 'en') });

  s = await press(app, 'g');
  await expect(app.page.getByTestId('lesson-overview')).toBeVisible();
  await app.page.getByTestId('thumb-4').click();
  s = await app.settled();
  expect(s.lesson).toMatchObject({ slide: 4, overview: false, kind: 'simulation' });
  await app.page.getByTestId('slide-counter').click();
  await expect(app.page.getByTestId('lesson-overview')).toBeVisible();
  s = await press(app, 'Escape');
  expect(s.lesson?.overview).toBe(false);

  s = await press(app, '?');
  await expect(app.page.getByTestId('lesson-help')).toContainText('PageDown');
  s = await press(app, 'Escape');
  await expect(app.page.getByTestId('lesson-help')).toHaveCount(0);
});

test('at 1024×768 the view keeps ≥ 60% of the width and the timeline shows; P collapses the panel', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 768 });
  const sim = lesson.slides.findIndex((x) => x.kind === 'simulation' && x.module === 'ntm');
  await openLesson(app, 'es', `&resume=0`);
  for (const d of String(sim + 1)) await app.page.keyboard.press(d);
  await press(app, 'Enter');
  const view = (await app.page.getByTestId('view').boundingBox())!;
  expect(view.width / 1024).toBeGreaterThanOrEqual(0.6);
  for (const id of ['timeline', 'speed', 'frame-label']) {
    const box = (await app.page.getByTestId(id).boundingBox())!;
    expect(box.width, id).toBeGreaterThan(id === 'timeline' ? 120 : 20);
    expect(box.y + box.height, id).toBeLessThanOrEqual(768);
    expect(box.x + box.width, id).toBeLessThanOrEqual(1024);
  }
  await press(app, 'p');
  expect((await app.page.getByTestId('view').boundingBox())!.width).toBeGreaterThan(1000);
});

test('F enters the presentation layout with the chrome hidden; Esc leaves it', async ({ app }) => {
  await openLesson(app, 'es');
  await press(app, 'f');
  await expect(app.page.locator('body')).toHaveClass(/presenting/);
  await expect(app.page.locator('header.top')).toBeHidden();
  await expect(app.page.getByTestId('timeline')).toBeHidden();
  const slide = (await app.page.getByTestId('slide-layer').boundingBox())!;
  expect(slide.width).toBe(1920);
  expect(slide.height).toBe(1080);
  const size = await app.page.getByTestId('slide-heading').evaluate((el) => parseFloat(getComputedStyle(el.parentElement!).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  await app.page.keyboard.press('Escape');
  await expect(app.page.locator('body')).not.toHaveClass(/presenting/);
  await expect(app.page.locator('header.top')).toBeVisible();
});

test('the start screen offers the lecture, the remembered position and the modules in the lecture’s order', async ({ app }) => {
  let s = await openLesson(app, 'es');
  await app.page.keyboard.press('5');
  s = await press(app, 'Enter');
  expect(s.lesson?.slide).toBe(5);
  const origin = new URL(app.page.url()).origin;
  await app.page.goto(`${origin}/?e2e=1&lang=es&start=1`);
  const screen = app.page.getByTestId('start-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('button')).toHaveText(
    [/Dar la clase/, /Continuar donde lo dejé.*5 de/, 'Definición', /Turing/, /Interfaces/, /adaptativo/, /Programador/].map((x) =>
      typeof x === 'string' ? new RegExp(x) : x,
    ),
  );
  await app.page.getByTestId('start-resume').click();
  await app.page.waitForFunction(() => document.body.dataset.ready === 'true');
  s = await app.settled();
  expect(s.lesson).toMatchObject({ id: 'augmented-rnns', slide: 5, kind: lesson.slides[4]!.kind });
});
