/**
 * The Neural Programmer chapter as a lecturer uses it (README "Using Atenea in a lecture"): switch to the module, step through both
 * question presets with the keys and read the answers (4 rows with X > 10; the sum of Y where X < 5 is 33) in
 * the state, the narration and the picture; the soft program's mixture differs from its hard answer; a bad
 * pivot is refused beside the field and the last trace stays. Screenshots at 1920×1080 are kept as artifacts.
 */
import { test, expect, type AppHandle } from './fixtures.ts';

type Tensors = { t: number; steps: number; soft: { scalar: number }; hard: { scalar: number }; hardOperation: string };

/** Switches the app to the Neural Programmer through the module selector (the page reloads). */
async function openProgrammer(app: AppHandle) {
  const { page } = app;
  const select = page.getByTestId('module-select');
  await expect(select).toHaveAccessibleName(/Módulo|Module/);
  await select.selectOption('programmer');
  await page.waitForURL(/module=programmer/);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  await expect.poll(async () => (await app.state()).module).toBe('programmer');
  return app.settled();
}

async function shot(app: AppHandle, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await app.page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

const QUESTIONS = [
  { preset: 'count-greater', label: '¿Cuántas filas tienen X > 10?', answer: 4, firstOp: 'greater', secondOp: 'count' },
  { preset: 'sum-lesser', label: 'Suma de Y donde X < 5', answer: 33, firstOp: 'lesser', secondOp: 'sum' },
] as const;

test('the module selector opens the Neural Programmer in the UI language', async ({ app }) => {
  const s = await openProgrammer(app);
  expect(s.preset).toBe('count-greater');
  expect(s.frameCount).toBe(22); // 2 steps × (select, 9 operations, mix)
  expect(s.stage).toBe('select');
  await expect(app.page.getByTestId('module-select')).toHaveAccessibleName('Módulo');
  await expect(app.page.getByTestId('frame-label')).toHaveText('paso 1/2 · elegir operación y columna');
  await expect(app.page.getByTestId('param-pivot')).toHaveAccessibleName(/Pivote/);
  await app.page.getByTestId('language').selectOption('en');
  await expect(app.page.getByTestId('module-select')).toHaveAccessibleName('Module');
  await expect(app.page.getByTestId('frame-label')).toHaveText('step 1/2 · choose operation and column');
  expect((await app.pixels()).nonBackground).toBeGreaterThan(0.08);
  // The seeded controller's preset: T = 4 steps of network-like weights, in English.
  await app.page.getByTestId('preset-select').selectOption({ label: 'Seeded controller (T = 4)' });
  await expect.poll(async () => (await app.state()).preset).toBe('controller');
  const c = await app.settled();
  expect(c.frameCount).toBe(44);
  const mix = await app.seek(10);
  expect(mix.stage).toBe('mix');
  expect((await app.pixels()).nonBackground).toBeGreaterThan(0.08);
  await expect(app.page.getByTestId('caption')).toContainText('argmax');
  await shot(app, 'controller-step1-mix-en');
});

for (const q of QUESTIONS) {
  test(`step through "${q.label}" and read the answer ${q.answer}`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await openProgrammer(app);
    if (q.preset !== 'count-greater') {
      await page.getByTestId('preset-select').selectOption({ label: q.label });
      await expect.poll(async () => (await app.state()).preset).toBe(q.preset);
    }
    let s = await app.settled();
    expect(s.frame).toBe(0);
    const first = await app.rawPixels();
    await shot(app, `${q.preset}-step1-select`);
    // Step through every frame with the arrow key (the state follows); the picture is read back at the frames
    // where the mechanism changes what is lit: the first operation, the step-1 mix, the step-2 mix.
    let previous = first;
    const stages: string[] = [s.stage];
    for (let frame = 1; frame < s.frameCount; frame++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await app.state()).frame).toBe(frame);
      const now = await app.settled();
      stages.push(now.stage);
      const t = now.tensors as unknown as Tensors;
      const key = (now.step === 0 && (now.stage === q.firstOp || now.stage === 'mix')) || frame === s.frameCount - 1;
      if (!key) continue;
      const px = await app.rawPixels();
      expect(app.pixelDiff(previous, px), `frame ${frame} (${now.stage}) looks like the last one read`).toBeGreaterThan(0.002);
      previous = px;
      if (now.step === 0 && now.stage === q.firstOp) await shot(app, `${q.preset}-step1-${q.firstOp}`);
      if (now.step === 0 && now.stage === 'mix') expect(t.hardOperation).toBe(q.firstOp);
    }
    expect(stages.slice(0, 11)).toEqual(['select', 'sum', 'count', 'difference', 'greater', 'lesser', 'and', 'or', 'assign', 'reset', 'mix']);
    s = await app.state();
    expect(s.stage).toBe('mix');
    const t = s.tensors as unknown as Tensors;
    expect(t.t).toBe(2);
    expect(t.hardOperation).toBe(q.secondOp);
    expect(t.hard.scalar).toBe(q.answer);
    expect(t.soft.scalar).toBeCloseTo(q.answer, 4);
    // The answer in the narration (KaTeX equation and caption), in Spanish.
    await expect(page.getByTestId('caption')).toContainText(`da ${q.answer}.`);
    await expect(page.getByTestId('equation')).toContainText(`${q.answer},00`);
    await shot(app, `${q.preset}-step2-mix`);
    // ← goes back to exactly the picture that was there before.
    await page.keyboard.press('ArrowLeft');
    await app.settled();
    await page.keyboard.press('ArrowRight');
    await app.settled();
    expect(app.pixelDiff(previous, await app.rawPixels())).toBeLessThan(0.0005);
    expect(app.pixelDiff(first, previous)).toBeGreaterThan(0.01);
  });
}

test('the soft program: the mixture differs from the hard answer; a bad pivot is refused', async ({ app }) => {
  const { page } = app;
  await openProgrammer(app);
  await page.getByTestId('preset-select').selectOption({ label: 'Programa suave: pesos repartidos' });
  await expect.poll(async () => (await app.state()).preset).toBe('soft');
  let s = await app.seek((await app.settled()).frameCount - 1);
  const t = s.tensors as unknown as Tensors;
  expect(t.hard.scalar).toBe(4);
  expect(t.soft.scalar).toBeCloseTo(12.6178, 3);
  await expect(page.getByTestId('caption')).toContainText('12,62');
  await shot(app, 'soft-step2-mix');

  // A pivot that is not a number: refused where it was typed, with the allowed range; the trace stays.
  const revision = s.revision;
  const pivot = page.getByTestId('param-pivot');
  await pivot.fill('diez');
  await pivot.press('Enter');
  await expect(page.getByTestId('param-pivot-error')).toContainText('[-1000000000, 1000000000]');
  s = await app.state();
  expect(s.revision).toBe(revision);
  expect((s.problems as Record<string, { path: string }>).pivot?.path).toBe('pivot');
  // A valid pivot recomputes: X > 15 in 2 rows (23 and 17).
  await pivot.fill('15');
  await pivot.press('Enter');
  await expect.poll(async () => (await app.state()).revision).toBeGreaterThan(revision);
  s = await app.settled();
  expect((s.tensors as unknown as Tensors).hard.scalar).toBe(2);
  await expect(page.getByTestId('param-pivot-error')).toBeHidden();
});
