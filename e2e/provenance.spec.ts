/**
 * Every preset of every module says on screen where its numbers come from, in both UI languages (the badge
 * under the narration), and the trained copy NTM's badge follows its training checkpoint.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const MODULES = ['ntm', 'focus', 'attention', 'act', 'programmer'] as const;
/** The lecture's words for each provenance, per language. */
const WORDS: Record<string, { es: RegExp; en: RegExp }> = {
  trained: { es: /^entrenado \(/, en: /^trained \(/ },
  scripted: { es: /guionizad|a mano/, en: /scripted|by hand/ },
  'random-untrained': { es: /^pesos aleatorios, sin entrenar/, en: /^random weights, untrained/ },
  'distill-data': { es: /^datos de Distill \(redondeados\)/, en: /^Distill data \(rounded\)/ },
};

async function openModule(page: Page, module: string): Promise<void> {
  if (module === 'ntm') return;
  await page.getByTestId('module-select').selectOption(module);
  await page.waitForURL(new RegExp(`module=${module}`));
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
}

test('every preset shows its provenance label in Spanish and English', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  const badge = page.getByTestId('provenance');
  let seen = 0;
  for (const module of MODULES) {
    await openModule(page, module);
    const presets = await page
      .getByTestId('preset-select')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(presets.length, module).toBeGreaterThan(0);
    for (const preset of presets) {
      await page.getByTestId('preset-select').selectOption(preset);
      await expect.poll(async () => (await app.state()).preset).toBe(preset);
      for (const language of ['es', 'en'] as const) {
        await page.getByTestId('language').selectOption(language);
        await expect(badge, `${module}:${preset}`).toBeVisible();
        const kind = (await badge.getAttribute('data-provenance')) ?? '';
        expect(Object.keys(WORDS), `${module}:${preset}`).toContain(kind);
        await expect(badge, `${module}:${preset} ${language}`).toHaveText(WORDS[kind]![language]);
      }
      await page.getByTestId('language').selectOption('es');
      seen++;
    }
  }
  expect(seen).toBeGreaterThanOrEqual(20);
});

test('the trained copy NTM: its label, the training slider and a typed bit pattern', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByTestId('preset-select').selectOption({ label: 'Tarea de copia, entrenada' });
  await expect.poll(async () => (await app.state()).preset).toBe('copy-trained');
  // The read and write heat maps over time, one column per time step (kept as an artifact to look at).
  const last = (await app.settled()).frameCount - 1;
  await app.seek(last);
  const path = testInfo.outputPath('copy-trained-last.png');
  await page.screenshot({ path });
  await testInfo.attach('copy-trained, last frame', { path, contentType: 'image/png' });
  const badge = page.getByTestId('provenance');
  await expect(badge).toHaveText(/^entrenado \(.* · paso de entrenamiento 2000$/);
  await expect(page.getByTestId('param-N')).toBeHidden();
  const before = (await app.settled()).revision;
  await page.getByTestId('param-training').fill('2');
  await page.getByTestId('param-training').press('Enter');
  await expect.poll(async () => (await app.state()).revision).toBeGreaterThan(before);
  await expect(badge).toHaveText(/ · paso de entrenamiento 800$/);
  await page.getByTestId('language').selectOption('en');
  await expect(badge).toHaveText(/^trained \(.* · training step 800$/);
  await page.getByTestId('param-input').fill('101100 01201a');
  await page.getByTestId('param-input').press('Enter');
  await expect(page.getByTestId('param-input-error')).toContainText('row 2');
  await page.getByTestId('param-input').fill('111000 000111');
  await page.getByTestId('param-input').press('Enter');
  await expect(page.getByTestId('param-input-error')).toBeHidden();
  await expect.poll(async () => (await app.state()).parameters.input).toBe('111000 000111');
  // A read-head step and a write-head step per time step, 2L + 1 = 5 time steps for L = 2.
  await expect.poll(async () => (await app.settled()).steps).toBe(10);
  expect((await app.pixels()).nonBackground).toBeGreaterThan(0.05);
});
