/**
 * The app as a lecturer uses it (README "Using Atenea in a lecture"): it starts and says which backend computes and draws; the view
 * is not blank; the keys step through the frames and back to exactly the same picture; the timeline reaches
 * the last step; the parameters panel recomputes (β sharpens w_c) and refuses bad values beside the field.
 * Pixels are read through the app's render-target read-back (`window.atenea.readPixels`).
 */
import { test, expect } from './fixtures.ts';

test('the app starts and reports its backend in the UI language', async ({ app }) => {
  const s = await app.state();
  expect(s.module).toBe('ntm');
  expect(s.preset).toBe('lookup');
  expect(s.frameCount).toBe(6);
  const label = app.page.getByTestId('backend-label');
  await expect(label).toBeVisible();
  if (s.backend.kind === 'webgpu') {
    await expect(label).toContainText('WebGPU');
    if (s.backend.software) await expect(label).toContainText(s.backend.adapter);
  } else {
    await expect(label).toContainText('WebGL2');
  }
  await expect(label).toContainText('Cálculo');
  await app.page.getByTestId('language').selectOption('en');
  await expect(label).toContainText(s.backend.kind === 'webgpu' ? 'Compute and drawing' : 'No WebGPU adapter');
  await expect(app.page.getByTestId('frame-label')).toHaveText('step 1/1 · content');
  await expect(app.page.getByRole('button', { name: 'Next step' })).toBeVisible();
  await expect(app.page.getByTestId('param-beta')).toHaveAccessibleName(/Key strength β/);
});

test('the view is not blank', async ({ app }) => {
  const px = await app.pixels();
  expect(px.width).toBe(640);
  expect(px.height).toBe(360);
  expect(px.nonBackground).toBeGreaterThan(0.08);
});

test('→ advances the frame and changes the picture; ← returns to the same picture', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('frame-label')).toHaveText('paso 1/1 · contenido');
  const before = await app.rawPixels();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('frame-label')).toHaveText('paso 1/1 · interpolación');
  let s = await app.settled();
  expect(s.frame).toBe(1);
  expect(s.stage).toBe('interpolate');
  const after = await app.rawPixels();
  expect(app.pixelDiff(before, after)).toBeGreaterThan(0.005);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('frame-label')).toHaveText('paso 1/1 · contenido');
  s = await app.settled();
  expect(s.frame).toBe(0);
  const back = await app.rawPixels();
  expect(app.pixelDiff(before, back)).toBeLessThan(0.0005);
  // PageDown / PageUp (what clickers send) and the buttons do the same.
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await app.state()).frame).toBe(1);
  await page.getByTestId('step-back').click();
  await expect.poll(async () => (await app.state()).frame).toBe(0);
});

test('scrubbing the timeline to the end shows the last step', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('timeline').fill('5');
  await expect(page.getByTestId('frame-label')).toHaveText('paso 1/1 · escritura');
  const s = await app.settled();
  expect(s.frame).toBe(s.frameCount - 1);
  expect(s.stage).toBe('write');
  await page.keyboard.press('Home');
  await expect.poll(async () => (await app.state()).frame).toBe(0);
  await page.keyboard.press('End');
  await expect.poll(async () => (await app.state()).frame).toBe(5);
  // After choosing from a menu the keys step the lecture again (the menu gives the focus back).
  await page.getByTestId('speed').selectOption('2');
  await page.keyboard.press('Home');
  await expect.poll(async () => (await app.state()).frame).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await app.state()).frame).toBe(1);
  expect((await app.state()).preset).toBe('lookup');
});

test('raising β sharpens w_c, in the state and in the pixels', async ({ app }) => {
  const { page } = app;
  await app.seek(0);
  const before = await app.state();
  const pixelsBefore = await app.rawPixels();
  const maxBefore = Math.max(...(before.tensors.contentWeights as number[]));
  await page.getByTestId('param-beta').fill('20');
  await page.getByTestId('param-beta').press('Enter');
  await expect.poll(async () => (await app.state()).revision).toBeGreaterThan(before.revision);
  const after = await app.settled();
  expect(after.parameters.beta).toBe(20);
  expect(after.frame).toBe(before.frame);
  const maxAfter = Math.max(...(after.tensors.contentWeights as number[]));
  expect(maxAfter).toBeGreaterThan(maxBefore + 0.2);
  expect(app.pixelDiff(pixelsBefore, await app.rawPixels())).toBeGreaterThan(0.001);
  // Editing keeps the frame position: from the sharpen frame, a new γ recomputes and stays on sharpen.
  await app.seek(3);
  const revision = (await app.state()).revision;
  await page.getByTestId('param-gamma').fill('4');
  await page.getByTestId('param-gamma').press('Enter');
  await expect.poll(async () => (await app.state()).revision).toBeGreaterThan(revision);
  const sharper = await app.settled();
  expect(sharper).toMatchObject({ frame: 3, stage: 'sharpen' });
  expect(sharper.parameters.gamma).toBe(4);
});

test('an invalid β is refused beside the field with the allowed range, and the previous trace stays', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('ArrowRight');
  const before = await app.settled();
  await page.getByTestId('param-beta').fill('-3');
  await page.getByTestId('param-beta').press('Enter');
  const error = page.getByTestId('param-beta-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('≥ 0');
  await expect(error).toContainText('Intensidad de la clave β');
  await expect(page.getByTestId('param-beta')).toHaveAttribute('aria-invalid', 'true');
  const after = await app.state();
  expect(after.revision).toBe(before.revision);
  expect(after.frame).toBe(before.frame);
  expect(after.parameters.beta).toBe(5);
  expect(after.tensors).toEqual(before.tensors);
  // A valid value clears the message.
  await page.getByTestId('param-beta').fill('7');
  await page.getByTestId('param-beta').press('Enter');
  await expect(error).toBeHidden();
  await expect.poll(async () => (await app.state()).parameters.beta).toBe(7);
});

test('space plays through the frames and pauses', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('speed').selectOption('4');
  await page.keyboard.press(' ');
  await expect.poll(async () => (await app.state()).frame, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await page.keyboard.press(' ');
  const s = await app.state();
  expect(s.playing).toBe(false);
});

test('orbiting moves the camera and R puts it back on the same picture', async ({ app }) => {
  const { page } = app;
  const before = await app.rawPixels();
  const box = (await page.getByTestId('view').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 220, box.y + box.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  expect(app.pixelDiff(before, await app.rawPixels())).toBeGreaterThan(0.01);
  await page.keyboard.press('r');
  await expect.poll(async () => app.pixelDiff(before, await app.rawPixels())).toBeLessThan(0.0005);
  // A 600 px drag tilts the board but turns the camera at most 30° from its framing (README "Using Atenea in a lecture").
  type Pose = { position: number[]; target: number[] };
  const pose = () => page.evaluate(() => (window as unknown as { atenea: { cameraPose(): Pose } }).atenea.cameraPose());
  const framed = await pose();
  await page.mouse.move(box.x + box.width / 2 - 300, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2 + 200, { steps: 12 });
  await page.mouse.up();
  const dragged = await pose();
  const dir = (p: Pose) => p.position.map((x, i) => x - p.target[i]!);
  const [u, v] = [dir(framed), dir(dragged)];
  const cos = u.reduce((sum, x, i) => sum + x * v[i]!, 0) / (Math.hypot(...u) * Math.hypot(...v));
  const degrees = (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
  expect(degrees).toBeGreaterThan(5);
  expect(degrees).toBeLessThanOrEqual(43); // 30° each of azimuth and polar angle at most
  // Sideways only, the turn stops at 30°.
  await page.keyboard.press('r');
  await page.mouse.move(box.x + box.width / 2 - 300, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
  const [w] = [dir(await pose())];
  const cosSide = u.reduce((sum, x, i) => sum + x * w[i]!, 0) / (Math.hypot(...u) * Math.hypot(...w));
  expect((Math.acos(Math.min(1, cosSide)) * 180) / Math.PI).toBeLessThanOrEqual(30.5);
});

test('the language switch changes every visible string', async ({ app }) => {
  const { page } = app;
  const spanish = ['paso', 'Parámetros', 'Escenario', 'Idioma', 'Velocidad', 'Cálculo', 'contenido', 'Intensidad'];
  const english = ['step', 'Parameters', 'Preset', 'Language', 'Speed', 'Compute', 'content', 'Key strength'];
  const text = () => page.evaluate(() => document.body.innerText);
  for (const word of spanish) expect(await text()).toContain(word);
  // <html lang> follows the UI language (else Chromium offers to translate the page).
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('frame-label')).toHaveText('step 1/1 · content');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const en = await text();
  for (const word of english) expect(en).toContain(word);
  for (const word of spanish) expect(en).not.toContain(word);
  // Decimals follow the language: the gate is 0,8 in Spanish and 0.8 in English.
  await expect(page.getByTestId('param-gate')).toHaveValue('0.8');
  await page.getByTestId('language').selectOption('es');
  await expect(page.getByTestId('param-gate')).toHaveValue('0,8');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
