/**
 * A GPU device lost mid-lecture (`device.destroy()` through the test hook): the 3D view is rebuilt on a new device
 * (or WebGL2), keeps the trace and the position, and the status line says so; the next step draws what it drew
 * before the loss, and the next edit computes (on the new device).
 */
import { test, expect } from './fixtures.ts';

test('after a device loss the next step draws and the next edit computes', async ({ app }) => {
  const { page } = app;
  const start = await app.state();
  test.skip(start.backend.draw !== 'webgpu', 'no WebGPU device to lose in this project');
  // What frames 4 and 5 look like before the loss.
  await app.seek(5);
  const frame5 = await app.rawPixels();
  const before = await app.seek(4);
  const frame4 = await app.rawPixels();
  expect(app.pixelDiff(frame4, frame5)).toBeGreaterThan(0.001);

  await page.evaluate(() => (window as unknown as { atenea: { loseDevice(): Promise<void> } }).atenea.loseDevice());
  const lost = await app.state();
  expect(lost).toMatchObject({ frame: 4, revision: before.revision, frameCount: before.frameCount });
  expect(lost.backend).toMatchObject({ deviceLoss: 'lost', viewRebuilt: true });
  await expect(page.getByTestId('backend-label')).toContainText(/rebuilt|reconstruyó/);

  // The next step draws, and draws what frame 5 looked like before the loss.
  const next = await app.seek(5);
  expect(next.frame).toBe(5);
  const after5 = await app.rawPixels();
  expect(app.pixelDiff(frame5, after5)).toBeLessThan(0.01);
  expect(app.pixelDiff(frame4, after5)).toBeGreaterThan(0.001);

  // The next edit computes: a new trace, and new pixels.
  await app.seek(0);
  const pixelsBefore = await app.rawPixels();
  const revision = (await app.state()).revision;
  await page.getByTestId('param-beta').fill('20');
  await page.getByTestId('param-beta').press('Enter');
  await expect.poll(async () => (await app.state()).revision).toBeGreaterThan(revision);
  const edited = await app.settled();
  expect(edited.parameters.beta).toBe(20);
  expect(edited.frame).toBe(0);
  expect(['webgpu', 'cpu']).toContain(edited.backend.kind);
  if (edited.backend.draw === 'webgpu' && edited.backend.kind === 'webgpu') expect(edited.backend).toMatchObject({ deviceLoss: 'replaced' });
  expect(app.pixelDiff(pixelsBefore, await app.rawPixels())).toBeGreaterThan(0.001);
});
