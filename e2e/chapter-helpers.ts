/** Helpers the chapter specs share: the window sizes, opening a module, choosing a preset. */
import { expect, type AppHandle } from './fixtures.ts';

/** The two window sizes the lecture-hall checks use, with the 3D view size measured at each. */
export const SIZES = [
  { width: 1920, height: 1080, view: { width: 1400, height: 911 } },
  { width: 1024, height: 768, view: { width: 635, height: 594 } },
] as const;

/** Switches the app to a module through the module selector (the page reloads). */
export async function openModule(app: AppHandle, module: string): Promise<void> {
  const { page } = app;
  if ((await app.state()).module === module) return;
  await page.getByTestId('module-select').selectOption(module);
  await page.waitForURL(new RegExp(`module=${module}`));
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  await expect.poll(async () => (await app.state()).module).toBe(module);
  await app.settled();
}

/** Chooses a preset and waits until its trace is computed; returns its frame count. */
export async function choosePreset(app: AppHandle, id: string): Promise<number> {
  await app.page.getByTestId('preset-select').selectOption(id);
  await expect.poll(async () => (await app.state()).preset).toBe(id);
  return (await app.settled()).frameCount;
}

/** The preset ids the module offers, in menu order. */
export async function presetIds(app: AppHandle): Promise<string[]> {
  return app.page
    .getByTestId('preset-select')
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
}
