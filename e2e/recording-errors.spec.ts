/**
 * A save that fails, as Electron main reports one for a folder without permission: the dialog says what
 * happened, the temporary file is aborted, and the app stays usable. Electron's preload API is stood in for by a
 * page script with its shape, so the renderer takes its Electron path (save dialog in main, streamed writes).
 */
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { SOFTWARE_WEBGPU_FLAGS } from '#app/host/chromium-flags.ts';

test('a save into an unwritable place reports the error and leaves the app usable', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...SOFTWARE_WEBGPU_FLAGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 520 } });
    await page.addInitScript(() => {
      const calls: string[] = [];
      Object.defineProperty(window, 'saveCalls', { value: calls });
      Object.defineProperty(window, 'ateneaHost', {
        value: {
          kind: 'electron',
          gpuMode: 'default',
          relaunchWithGpu: async () => undefined,
          openExternal: async () => false,
          setMenuLanguage: async () => undefined,
          onMenuCommand: () => () => undefined,
          saveBegin: async (request: { kind: string; suggestedName: string }) => {
            calls.push(`begin ${request.kind} ${request.suggestedName}`);
            return { id: 7, name: request.suggestedName };
          },
          saveWrite: async (id: number) => {
            calls.push(`write ${id}`);
            throw new Error("Error invoking remote method 'save:write': Error: no permission to write in /srv/lectures/atenea-lookup-0-1.webm");
          },
          saveFinish: async (id: number) => void calls.push(`finish ${id}`),
          saveAbort: async (id: number) => void calls.push(`abort ${id}`),
        },
      });
    });
    await page.goto(`${baseURL}/?e2e=1&lang=en`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
    await page.getByTestId('export').click();
    await page.getByTestId('export-format').selectOption('webm');
    await page.getByTestId('export-resolution').selectOption('window');
    await page.getByTestId('export-range').selectOption('some');
    await page.getByTestId('export-from').fill('0');
    await page.getByTestId('export-to').fill('1');
    await page.getByTestId('export-sps').fill('1');
    await page.getByTestId('export-start').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toHaveAttribute('data-outcome', 'failed', { timeout: 120_000 });
    await expect(page.getByTestId('export-status')).toHaveText('The export failed: no permission to write in /srv/lectures/atenea-lookup-0-1.webm');
    const calls = await page.evaluate(() => (window as unknown as { saveCalls: string[] }).saveCalls);
    expect(calls[0]).toBe('begin file atenea-lookup-0-1.webm');
    expect(calls).toContain('abort 7');
    expect(calls).not.toContain('finish 7');

    // Still usable: close the dialog, step forward, export again (it fails the same way, and says so again).
    await page.getByTestId('export-cancel').click();
    await expect(dialog).toBeHidden();
    await page.locator('body').press('ArrowRight');
    await page.waitForFunction(() => {
      const s = (window as unknown as { atenea: { state(): { frame: number; settled: boolean } } }).atenea.state();
      return s.frame === 1 && s.settled;
    });
    await page.locator('body').press('e');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('export-start')).toBeEnabled();
  } finally {
    await browser.close();
  }
});
