/**
 * The ACT chapter as a lecturer uses it (README "Using Atenea in a lecture"): switch to the module, step through "Un paso" with the keys
 * and see the budget of 1 drain (state: 1 − Σh = 0.9, 0.6, 0.4; pixels: the yellow "left" bar shrinks) and the
 * remainder land on the last step (state: p⁴ = R = 0.4, not h⁴ = 0.5; pixels: magenta appears only at the halt);
 * edit the halting values live (a bad one is refused beside the field and the last trace stays); every preset
 * renders, with a 1920×1080 screenshot of each kept as an artifact (parity: the ponder steps per input).
 */
import { test, expect, type AppHandle } from './fixtures.ts';
import type { AteneaTestState } from '#app/renderer/test-hooks.ts';

/** Switches the app to ACT through the module selector (the page reloads). */
async function openAct(app: AppHandle): Promise<AteneaTestState> {
  const { page } = app;
  const select = page.getByTestId('module-select');
  await expect(select).toHaveAccessibleName(/Módulo|Module/);
  await select.selectOption('act');
  await page.waitForURL(/module=act/);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  await expect.poll(async () => (await app.state()).module).toBe('act');
  return app.settled();
}

async function shot(app: AppHandle, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await app.page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/** Fractions of the read-back's pixels near the budget's yellow (what is left) and the remainder's magenta. */
async function budgetColours(app: AppHandle): Promise<{ yellow: number; magenta: number }> {
  return app.page.evaluate(async () => {
    const hooks = (window as unknown as { atenea: { readPixels(s?: object): Promise<{ width: number; height: number; data: Uint8Array }> } }).atenea;
    const p = await hooks.readPixels({ width: 640, height: 360 });
    const near = (i: number, c: readonly number[]) => Math.abs(p.data[i]! - c[0]!) + Math.abs(p.data[i + 1]! - c[1]!) + Math.abs(p.data[i + 2]! - c[2]!) < 60;
    let yellow = 0;
    let magenta = 0;
    for (let i = 0; i < p.data.length; i += 4) {
      if (near(i, [255, 217, 77])) yellow++;
      if (near(i, [255, 107, 217])) magenta++;
    }
    const total = p.width * p.height;
    return { yellow: yellow / total, magenta: magenta / total };
  });
}

type Ponder = { kind: 'ponder'; ponder: number; halting: number; cumulative: number; budget: number; halts: boolean; capped: boolean };
type Combine = {
  kind: 'combine';
  steps: number;
  halting: number[];
  probabilities: number[];
  remainder: number;
  ponderCost: number;
  state: number[];
};

test('the module selector opens ACT in the UI language, on "Un paso"', async ({ app }) => {
  const s = await openAct(app);
  expect(s.preset).toBe('one-step');
  expect(s.frameCount).toBe(5); // 4 ponder steps and the combination
  expect(s.stage).toBe('ponder');
  await expect(app.page.getByTestId('preset-select')).toHaveValue('one-step');
  await expect(app.page.getByTestId('frame-label')).toHaveText('paso 1/1 · paso de reflexión');
  await expect(app.page.getByTestId('param-halting')).toHaveAccessibleName(/Valores de parada/);
  await expect(app.page.getByTestId('param-halting')).toHaveValue('0,1 0,3 0,2 0,5');
  await app.page.getByTestId('language').selectOption('en');
  await expect(app.page.getByTestId('frame-label')).toHaveText('step 1/1 · ponder step');
  await expect(app.page.getByTestId('caption')).toContainText('budget of 1 drops to 0.90');
  expect((await app.pixels()).nonBackground).toBeGreaterThan(0.03);
});

test('step through "Un paso": the budget drains and the remainder lands on the last step', async ({ app }) => {
  const { page } = app;
  await openAct(app);
  let s = await app.settled();
  const budgets: number[] = [];
  const yellow: number[] = [];
  const magenta: number[] = [];
  let previous: Uint8Array | null = null;
  for (let frame = 0; frame < 5; frame++) {
    if (frame > 0) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await app.state()).frame).toBe(frame);
      s = await app.settled();
    }
    const colours = await budgetColours(app);
    yellow.push(colours.yellow);
    magenta.push(colours.magenta);
    const raw = await app.rawPixels();
    if (previous) expect(app.pixelDiff(previous, raw)).toBeGreaterThan(0.003);
    previous = raw;
    await shot(app, `one-step-frame-${frame}-${s.stage}`);
    if (s.stage === 'ponder') {
      const t = s.tensors as unknown as Ponder;
      expect(t.ponder).toBe(frame + 1);
      budgets.push(t.budget);
      expect(t.halts).toBe(frame === 3);
      expect(t.capped).toBe(false);
    }
  }
  // State: 1 − Σh after each ponder step; the fourth overshoots (1.1 ≥ 0.99) and halts.
  expect(budgets.map((b) => Number(b.toFixed(6)))).toEqual([0.9, 0.6, 0.4, -0.1]);
  const c = s.tensors as unknown as Combine;
  expect(s.stage).toBe('combine');
  expect(c.steps).toBe(4);
  expect(c.remainder).toBeCloseTo(0.4, 12);
  expect(c.probabilities.map((p) => Number(p.toFixed(6)))).toEqual([0.1, 0.3, 0.2, 0.4]);
  expect(c.probabilities[3]).toBeCloseTo(c.remainder, 12); // the remainder, not h⁴ = 0.5
  expect(c.halting[3]).toBe(0.5);
  expect(c.ponderCost).toBeCloseTo(4.4, 12);
  expect(c.state.map((x) => Number(x.toFixed(5)))).toEqual([0.5, 0.7, 0.2]);
  await expect(page.getByTestId('equation')).toContainText('4,40');
  // Pixels: the yellow "left" part of the budget bar shrinks step by step and is gone at the halt; the magenta
  // remainder appears only when the step halts, and stays on the combination.
  expect(yellow[1]!).toBeLessThan(yellow[0]!);
  expect(yellow[2]!).toBeLessThan(yellow[1]!);
  expect(yellow[3]!).toBeLessThan(yellow[2]!);
  for (let f = 0; f < 3; f++) expect(magenta[f]!).toBeLessThan(0.0005);
  expect(magenta[3]!).toBeGreaterThan(0.002);
  expect(magenta[4]!).toBeGreaterThan(0.002);
  // ← returns to exactly the picture of the halt.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await app.state()).frame).toBe(3);
  await app.settled();
  const back = await budgetColours(app);
  expect(back.magenta).toBeCloseTo(magenta[3]!, 4);
});

test('editing the halting values recomputes; a bad value is refused beside the field and the trace stays', async ({ app }) => {
  const { page } = app;
  await openAct(app);
  const field = page.getByTestId('param-halting');
  await field.fill('0,2 0,2 0,7');
  await field.press('Enter');
  await expect.poll(async () => (await app.state()).frameCount).toBe(4);
  let s = await app.seek(3);
  const c = s.tensors as unknown as Combine;
  expect(c.steps).toBe(3);
  expect(c.remainder).toBeCloseTo(0.6, 12);
  await expect(page.getByTestId('equation')).toContainText('0,60');
  await field.fill('0,1 1,5');
  await field.press('Enter');
  await expect(page.getByTestId('param-halting-error')).toBeVisible();
  await expect(page.getByTestId('param-halting-error')).toContainText('[0, 1]');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  s = await app.settled();
  expect(s.frameCount).toBe(4);
  expect((s.parameters as { halting: number[] }).halting).toEqual([0.2, 0.2, 0.7]);
  const eps = page.getByTestId('param-epsilon');
  await eps.fill('1');
  await eps.press('Enter');
  await expect(page.getByTestId('param-epsilon-error')).toContainText('[0, 1)');
});

const PRESETS = [
  { id: 'parity', label: 'Contar entradas', frames: (n: number) => [6, n - 2, n - 1] },
  { id: 'halt-first', label: 'Parada en el primer paso', frames: () => [0, 1] },
  { id: 'max-steps', label: 'Límite de pasos', frames: () => [4, 5] },
  { id: 'seeded-cell', label: 'Celda con semilla', frames: (n: number) => [1, n - 1] },
] as const;

test('every preset renders; parity ponders longer on inputs with more non-zero entries', async ({ app }) => {
  const { page } = app;
  await openAct(app);
  await app.seek(4);
  await shot(app, 'one-step-combine');
  for (const preset of PRESETS) {
    await page.getByTestId('preset-select').selectOption({ label: preset.label });
    await expect.poll(async () => (await app.state()).preset).toBe(preset.id);
    let s = await app.settled();
    for (const frame of preset.frames(s.frameCount)) {
      s = await app.seek(frame);
      expect(s.frame).toBe(frame);
      expect((await app.pixels()).nonBackground).toBeGreaterThan(0.03);
      await shot(app, `${preset.id}-frame-${frame}-${s.stage}`);
    }
    if (preset.id === 'parity') {
      // N(t) from each input step's combine frame: inputs are ordered by non-zero count 1 … 8.
      const n: number[] = [];
      for (let frame = 0; frame < s.frameCount; frame++) {
        const f = await app.seek(frame);
        if (f.stage === 'combine') n.push((f.tensors as unknown as Combine).steps);
      }
      expect(n).toHaveLength(8);
      for (let i = 1; i < n.length; i++) expect(n[i]!).toBeGreaterThanOrEqual(n[i - 1]!);
      expect(n.at(-1)!).toBeGreaterThan(n[0]! * 4);
    }
    if (preset.id === 'max-steps') {
      const cut = (await app.seek(4)).tensors as unknown as Ponder;
      expect(cut).toMatchObject({ halts: true, capped: true });
    }
    if (preset.id === 'halt-first') {
      const c = (await app.seek(1)).tensors as unknown as Combine;
      expect(c.probabilities).toEqual([1]);
    }
  }
});
