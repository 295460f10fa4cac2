/**
 * A screenshot of every NTM and ACT preset in both languages and both themes at 1920×1080 and 1024×768, kept as test
 * artifacts (test-results/) for a person to look at; each also checks that the view drew something. Not part of
 * `npm test` (80 pictures take minutes on SwiftShader): `npm run screenshots`.
 */
import { test, expect } from '../fixtures.ts';
import { SIZES, choosePreset, openModule, presetIds } from '../chapter-helpers.ts';

test('screenshots: every NTM and ACT preset in both languages and both themes at 1920×1080 and 1024×768', async ({ app }) => {
  test.setTimeout(600_000);
  const { page } = app;
  for (const module of ['ntm', 'act']) {
    await openModule(app, module);
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const theme of ['dark', 'light']) {
        await page.getByTestId('theme-select').selectOption(theme);
        for (const language of ['es', 'en']) {
          await page.getByTestId('language').selectOption(language);
          for (const id of await presetIds(app)) {
            const frames = await choosePreset(app, id);
            // The last frame: the write (NTM), the combination, or the overview of a multi-step run.
            await app.seek(frames - 1);
            expect((await app.pixels()).nonBackground, `${module}/${id}`).toBeGreaterThan(0.03);
            const name = `${module}-${id}-${language}-${theme}-${size.width}x${size.height}`;
            const path = test.info().outputPath(`${name}.png`);
            await page.screenshot({ path });
            await test.info().attach(name, { path, contentType: 'image/png' });
          }
        }
      }
    }
  }
});
