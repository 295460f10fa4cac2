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
  // Switched off, not missing: the line says so (the fixture's default language is Spanish).
  await expect(app.page.getByTestId('backend-label')).toContainText('WebGPU desactivado (--gpu=cpu)');
  const px = await app.pixels();
  expect(px.nonBackground).toBeGreaterThan(0.08);
  await app.page.keyboard.press('End');
  await expect(app.page.getByTestId('frame-label')).toHaveText('paso 1/1 · escritura');
  const end = await app.settled();
  expect(end.stage).toBe('write');
  await app.page.screenshot({ path: test.info().outputPath('webgl2-write.png') });
});
