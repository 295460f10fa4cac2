/**
 * The focus chapter (README "The modules and their presets"): the definition scene moves its spot when it is dragged and the product
 * x ⊙ m changes (state and pixels); the sentence shows its weights; a 1920×1080 screenshot of each preset is
 * kept as a test artifact.
 */
import * as THREE from 'three';
import { imageLayout } from '#app/renderer/chapters/focus/focus-layout.ts';
import { fitBoard, VIEW_FOV } from '#app/renderer/scene/fit-board.ts';
import { test, expect, type AppHandle } from './fixtures.ts';

async function openFocus(app: AppHandle): Promise<void> {
  await app.page.getByTestId('module-select').selectOption('focus');
  await app.page.waitForURL(/module=focus/);
  await app.page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  await expect.poll(async () => (await app.state()).module).toBe('focus');
  await app.settled();
}

test('moon: dragging the spot moves it and changes the product', async ({ app }, testInfo) => {
  await openFocus(app);
  let s = await app.seek(2);
  expect(s.stage).toBe('product');
  const before = s.tensors as { spot: { x: number; y: number; radius: number }; productSum: number; centre: { mask: number } };
  expect(before.spot.x).toBeCloseTo(0.72);
  expect(before.centre.mask).toBe(1);
  const pixelsBefore = await app.rawPixels();
  const path = testInfo.outputPath('focus-moon-product.png');
  await app.page.screenshot({ path });
  await testInfo.attach('moon product', { path, contentType: 'image/png' });

  // Start on the mask panel's centre (where the scene's own framing puts it in this view): drag 250 px left.
  const box = (await app.page.getByTestId('view').boundingBox())!;
  const L = imageLayout(320, 180);
  const pose = fitBoard(L.bounds, box.width / box.height, { direction: [0, 0, 1] });
  const camera = new THREE.PerspectiveCamera(VIEW_FOV, box.width / box.height, 0.1, 1000);
  camera.position.set(...pose.position);
  camera.lookAt(...pose.target);
  camera.updateMatrixWorld(true);
  const mask = new THREE.Vector3(L.centers[1], L.centersY[1], 0).project(camera);
  const cx = box.x + ((mask.x + 1) / 2) * box.width;
  const cy = box.y + ((1 - mask.y) / 2) * box.height;
  await app.page.mouse.move(cx, cy);
  await app.page.mouse.down();
  for (let k = 1; k <= 5; k++) await app.page.mouse.move(cx - 50 * k, cy + 10 * k);
  await app.page.mouse.up();
  await expect.poll(async () => ((await app.state()).tensors.spot as { x: number }).x).toBeLessThan(0.6);
  s = await app.settled();
  // Off the moon, the caption no longer says the product keeps it.
  await expect(app.page.getByTestId('caption')).not.toContainText('conserva la luna');
  await expect(app.page.getByTestId('caption')).toContainText('fuera de la luna');
  const after = s.tensors as typeof before;
  expect(after.spot.y).toBeGreaterThan(before.spot.y);
  expect(after.spot.radius).toBe(before.spot.radius);
  expect(after.productSum).not.toBeCloseTo(before.productSum, 3);
  expect(s.parameters.center).toEqual([after.spot.x, after.spot.y]);
  expect(app.pixelDiff(pixelsBefore, await app.rawPixels())).toBeGreaterThan(0.005);

  // Typed values are checked too: a centre outside [0, 1] is refused with the range, the spot stays.
  const field = app.page.getByTestId('param-radius');
  await field.fill('3');
  await field.press('Enter');
  await expect(app.page.getByTestId('param-radius-error')).toContainText('[0, 2]');
  expect(((await app.state()).tensors.spot as { radius: number }).radius).toBe(before.spot.radius);
});

test('sentence: the attention vector multiplies each word', async ({ app }, testInfo) => {
  await openFocus(app);
  await app.page.getByTestId('preset-select').selectOption('sentence');
  await expect.poll(async () => (await app.state()).preset).toBe('sentence');
  await app.settled();
  const s = await app.seek(2);
  expect(s.tensors.mask).toEqual([0.05, 0.3, 0.02, 0.9, 0.1, 0.05, 1]);
  // x ⊙ a with x = 1 each: the weights again (within float32 when the WGSL kernel computed it).
  (s.tensors.product as number[]).forEach((p, i) => expect(p).toBeCloseTo((s.tensors.mask as number[])[i]!, 6));
  const px = await app.pixels();
  expect(px.nonBackground).toBeGreaterThan(0.02);
  // The sentence is in the UI language.
  await expect(app.page.getByTestId('caption')).toContainText('«luna»');
  await app.page.getByTestId('language').selectOption('en');
  await expect(app.page.getByTestId('caption')).toContainText('“moon”');
  const path = testInfo.outputPath('focus-sentence-product.png');
  await app.page.screenshot({ path });
  await testInfo.attach('sentence product', { path, contentType: 'image/png' });
});
