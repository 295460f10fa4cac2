/**
 * The header at a lecture hall's 1920×1080 and a projector laptop's 1366×768, in both languages, for every
 * module: the app's name and the module's title are never cut (no ellipsis, nothing wider than its box), and
 * <html lang> is the UI language. At 1920 every header control (menus, buttons, "Archivo"/"Files") stands on one row,
 * in both themes (the focus module's extra controls once pushed "Archivo" onto a second row in Spanish). A screenshot of each header is kept as an artifact to look at.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const MODULES = ['ntm', 'focus', 'attention', 'act', 'programmer'] as const;
const THEMES = ['dark', 'light'] as const;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

/** The header controls that left the first control's row (their centres more than 4 px from its centre), by name. */
function controlsOffRow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('.header-controls > *')].filter((e) => e.getClientRects().length > 0);
    const centre = (e: HTMLElement) => {
      const b = e.getBoundingClientRect();
      return b.top + b.height / 2;
    };
    const first = centre(controls[0]!);
    return controls.filter((e) => Math.abs(centre(e) - first) > 4).map((e) => e.dataset.testid ?? e.textContent ?? e.tagName);
  });
}

/** Whether any part of the title is cut (its text wider than its box), and the title's text. */
function titleState(page: Page): Promise<{ cut: boolean; text: string; inView: boolean }> {
  return page.evaluate(() => {
    const title = document.querySelector<HTMLElement>('[data-testid=title]')!;
    const parts = [title, ...title.querySelectorAll<HTMLElement>('*')];
    const box = title.getBoundingClientRect();
    return {
      cut: parts.some((e) => e.scrollWidth > e.clientWidth + 1 || getComputedStyle(e).textOverflow === 'ellipsis'),
      text: title.innerText,
      inView: box.left >= 0 && box.right <= window.innerWidth,
    };
  });
}

test('the title is never cut and the controls keep one row: every module, both languages and themes, 1920×1080 and 1366×768', async ({ app }, testInfo) => {
  test.setTimeout(300_000);
  const { page } = app;
  for (const module of MODULES) {
    if (module !== 'ntm') {
      await page.getByTestId('module-select').selectOption(module);
      await page.waitForURL(new RegExp(`module=${module}`));
      await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
    }
    for (const language of ['es', 'en'] as const) {
      await page.getByTestId('language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const theme of THEMES) {
        await page.getByTestId('theme-select').selectOption(theme);
        for (const size of SIZES) {
          await page.setViewportSize(size);
          const state = await titleState(page);
          const where = `${module} ${language} ${theme} ${size.width}×${size.height}`;
          expect(state.cut, `${where}: "${state.text}"`).toBe(false);
          expect(state.inView, where).toBe(true);
          expect(state.text).toContain('Atenea');
          if (size.width === 1920) {
            // The controls stay on one row: the Export button is as tall as one button and level with the language menu.
            const row = await page.evaluate(() => {
              const box = (id: string) => document.querySelector(`[data-testid=${id}]`)!.getBoundingClientRect();
              return {
                exportTop: box('export').top,
                exportHeight: box('export').height,
                languageTop: box('language').top,
                languageHeight: box('language').height,
              };
            });
            expect(await controlsOffRow(page), `${where}: header controls off the first row`).toEqual([]);
            expect(row.exportHeight, `${where}: Export button height`).toBeLessThan(row.languageHeight * 1.5);
            // The chosen module and preset read in full in their menus (a menu is capped, its chosen text is not cut).
            const cut = await page.evaluate(() =>
              ['module-select', 'preset-select'].filter((id) => {
                const select = document.querySelector<HTMLSelectElement>(`[data-testid=${id}]`)!;
                const probe = document.createElement('span');
                probe.textContent = select.selectedOptions[0]!.textContent;
                probe.className = 'field-label';
                select.parentElement!.append(probe);
                const wide = probe.getBoundingClientRect().width;
                probe.remove();
                return wide > select.clientWidth - 30;
              }),
            );
            expect(cut, `${where}: chosen option cut in its menu`).toEqual([]);
            expect(
              Math.abs(row.exportTop + row.exportHeight / 2 - (row.languageTop + row.languageHeight / 2)),
              `${where}: Export on the language menu's row`,
            ).toBeLessThan(4);
          }
          const path = testInfo.outputPath(`header-${module}-${language}-${theme}-${size.width}.png`);
          await page.locator('header.top').screenshot({ path });
        }
      }
    }
  }
  await expect(page.getByTestId('module-title')).toHaveText('Neural Programmer');
});
