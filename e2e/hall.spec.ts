/**
 * What a lecturer saw go wrong on screen, outside the 3D scenes: no CSP violation on start (KaTeX's fonts are
 * files), sentence-case stage titles, Spanish decimals in the export dialog, the chrome following the light
 * theme, and no focus ring on the slider after a click and the lecturer's keys.
 */
import { test, expect } from './fixtures.ts';

test('no CSP violation or console error on start, and the page has its icon', async ({ app }) => {
  const { page } = app;
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  // KaTeX draws the equation with its own fonts: wait until they are in use.
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded'))).toBe(true);
  expect(problems).toEqual([]);
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  expect((await page.request.get(new URL(icon!, page.url()).href)).ok()).toBe(true);
});

test('stage titles in sentence case; the export dialog writes and takes Spanish decimals', async ({ app }) => {
  const { page } = app;
  const title = page.getByTestId('stage-title');
  expect(await title.evaluate((e) => getComputedStyle(e).textTransform)).toBe('none');
  const text = (await title.innerText()).trim();
  expect(text).toBe(text[0]!.toLocaleUpperCase('es') + text.slice(1));
  expect(text).not.toMatch(/ [A-ZÁÉÍÓÚ]\p{Ll}/u);
  await page.getByTestId('export').click();
  await expect(page.getByTestId('export-spt')).toHaveValue('0,3');
  await page.getByTestId('export-spt').fill('0,5');
  await page.getByTestId('export-spt').dispatchEvent('input');
  await expect(page.getByTestId('export-summary')).toHaveText(/^\d+ fotogramas, \d+,\d\d s$/);
  await page.getByTestId('export-cancel').click();
});

test('the chrome follows the light theme and reads at WCAG AA', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('theme-select').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const colours = await page.evaluate(() => {
    const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
    return { header: style('header.top').backgroundColor, side: style('.side').backgroundColor, text: style('body').color };
  });
  expect(colours.header).toBe('rgb(255, 255, 255)');
  expect(colours.side).toBe('rgb(255, 255, 255)');
  expect(colours.text).toBe('rgb(20, 24, 33)');
});

test('no focus ring on the slider after a click and the lecture keys; a ring after Tab', async ({ app }) => {
  const { page } = app;
  const slider = page.locator('.timeline');
  await slider.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await page.keyboard.press(' ');
  expect(await slider.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('none');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).toBe('solid');
});

test('copy task: a new preset starts at frame 0; the panel shows the step on screen and edits it only', async ({ app }) => {
  const { page } = app;
  await app.seek(3);
  await page.getByTestId('preset-select').selectOption('copy');
  await expect.poll(async () => (await app.state()).preset).toBe('copy');
  const start = await app.settled();
  expect(start.frame).toBe(0);
  const seen = new Set<string>();
  const steps = start.frameCount / 6;
  let differing = -1;
  for (let t = 0; t < steps; t++) {
    await app.seek(6 * t);
    await expect(page.locator('.panel-title')).toHaveText(`Parámetros del paso ${t + 1}`);
    const beta = await page.getByTestId('param-beta').inputValue();
    if (seen.size > 0 && !seen.has(beta) && differing < 0) differing = t;
    seen.add(beta);
  }
  expect(seen.size, 'the copy task has steps with different β').toBeGreaterThan(1);
  await app.seek(6 * differing);
  const before = await app.state();
  await page.getByTestId('param-beta').fill('7,5');
  await page.getByTestId('param-beta').press('Enter');
  await expect.poll(async () => (await app.state()).revision).toBeGreaterThan(before.revision);
  await app.settled();
  await expect(page.getByTestId('param-beta')).toHaveValue('7,5');
  await app.seek(0);
  await expect(page.getByTestId('param-beta')).not.toHaveValue('7,5');
});

test('programmer: the question follows the pivot', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('module-select').selectOption('programmer');
  await page.waitForURL(/module=programmer/);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  await expect.poll(async () => (await app.state()).module).toBe('programmer');
  await app.settled();
  await page.getByTestId('param-pivot').fill('20');
  await page.getByTestId('param-pivot').press('Enter');
  await expect(page.getByTestId('note')).toContainText('X > 20');
  await expect(page.getByTestId('note')).not.toContainText('X > 10');
});
