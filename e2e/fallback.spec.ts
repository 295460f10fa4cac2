/**
 * Without WebGPU (web host: Chromium without WebGPU, so no adapter; Electron: `--gpu=cpu`) the app computes with the float64 reference,
 * draws with three's WebGL2 backend, says so in the backend line, and still draws and steps the same lecture.
 */
import { test, expect } from './fixtures.ts';

test.use({ appQuery: 'gpu=cpu' });

test('no WebGPU: the float64 reference and WebGL2, named in the backend line', async ({ app }) => {
  const s = await app.state();
  expect(s.backend).toMatchObject({ kind: 'cpu', draw: 'webgl2' });
  await expect(app.page.getByTestId('backend-label')).toContainText('WebGL2');
  await expect(app.page.getByTestId('backend-label')).toContainText('float64');
  await expect(app.page.getByTestId('backend-label')).toContainText('Sin adaptador WebGPU');
  const px = await app.pixels();
  expect(px.nonBackground).toBeGreaterThan(0.08);
  await app.page.keyboard.press('End');
  await expect(app.page.getByTestId('frame-label')).toHaveText('paso 1/1 · escritura');
  const end = await app.settled();
  expect(end.stage).toBe('write');
  await app.page.screenshot({ path: test.info().outputPath('webgl2-write.png') });
});

test('?gpu=cpu (what both hosts pass for --gpu=cpu): WebGPU skipped, and the backend line says it was switched off', async ({ app }) => {
  const { page } = app;
  await page.goto(page.url().replace(/\?/, '?gpu=cpu&'));
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  expect(await app.state()).toMatchObject({ backend: { kind: 'cpu', draw: 'webgl2' } });
  await expect(page.getByTestId('backend-label')).toHaveText('WebGPU desactivado (--gpu=cpu): cálculo con la referencia float64 (CPU), dibujo con WebGL2');
  const px = await app.pixels();
  expect(px.nonBackground).toBeGreaterThan(0.08);
});
