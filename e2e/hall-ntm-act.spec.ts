/**
 * The lecture hall for the NTM and ACT chapters (README "Using Atenea in a lecture"): the 3D view is the size the
 * legibility unit tests project labels into; the ACT equation fits its side panel at ≥ 22 px at 1920×1080 and at
 * 1024×768 (its sums are broken onto lines rather than shrunk) and its caption is never hidden by the narration's
 * height limit; the trained parity cell ponders on parity vectors
 * the lecturer types. The screenshots of every preset for the eye: e2e/screenshots/ (`npm run screenshots`).
 */
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { test, expect, type AppHandle } from './fixtures.ts';
import { SIZES, choosePreset, openModule, presetIds } from './chapter-helpers.ts';

/** The frames whose equations are the longest kinds: each input step's first ponder step, its halt and its combination. */
function equationFrames(id: string): number[] {
  const trace = runActScenario(actPresets.find((p) => p.id === id)!.scenario);
  return trace.frames.filter((f) => f.data.kind === 'combine' || f.data.ponder === 1 || f.data.halts).map((f) => f.index);
}

/** The equation's KaTeX font size and how far its content reaches past its box and the side panel (px). */
function equationBox(app: AppHandle): Promise<{ font: number; overflow: number; pastPanel: number }> {
  return app.page.evaluate(() => {
    const eq = document.querySelector<HTMLElement>('[data-testid=equation]')!;
    const katex = eq.querySelector<HTMLElement>('.katex')!;
    const side = document.querySelector('.side')!.getBoundingClientRect();
    const right = Math.max(...[...eq.querySelectorAll('.katex-html > span')].map((b) => b.getBoundingClientRect().right));
    return { font: parseFloat(getComputedStyle(katex).fontSize), overflow: eq.scrollWidth - eq.clientWidth, pastPanel: right - side.right };
  });
}

test('the 3D view is the size the legibility unit tests project labels into (scene/screen-size.ts)', async ({ app }) => {
  for (const size of SIZES) {
    await app.page.setViewportSize({ width: size.width, height: size.height });
    await expect.poll(async () => (await app.page.locator('.view').boundingBox())?.width).toBeCloseTo(size.view.width, -1);
    const box = (await app.page.locator('.view').boundingBox())!;
    expect(Math.abs(box.width - size.view.width)).toBeLessThan(3);
    expect(Math.abs(box.height - size.view.height)).toBeLessThan(3);
  }
});

test('the ACT equation fits its panel at ≥ 22 px at 1920×1080 and 1024×768, on every kind of frame of every preset', async ({ app }) => {
  test.setTimeout(480_000);
  await openModule(app, 'act');
  for (const size of SIZES) {
    await app.page.setViewportSize({ width: size.width, height: size.height });
    for (const id of await presetIds(app)) {
      await choosePreset(app, id);
      for (const frame of equationFrames(id)) {
        const s = await app.seek(frame);
        const box = await equationBox(app);
        const where = `${id} frame ${frame} (${s.stage}) at ${size.width}×${size.height}`;
        expect(box.font, where).toBeGreaterThanOrEqual(22);
        expect(box.overflow, where).toBeLessThanOrEqual(1);
        expect(box.pastPanel, where).toBeLessThanOrEqual(0);
      }
    }
  }
});

/** How far the caption's text reaches below what its panel shows (px; ≤ 0: in full view), and its text. */
function captionHidden(app: AppHandle): Promise<{ hidden: number; text: string }> {
  return app.page.evaluate(() => {
    const caption = document.querySelector<HTMLElement>('[data-testid=caption]')!;
    const bottom = caption.getBoundingClientRect().bottom;
    // Every scrolling or clipping box around it, up to the window, must show its last line.
    let shown = window.innerHeight;
    for (let e = caption.parentElement; e; e = e.parentElement) {
      if (getComputedStyle(e).overflowY !== 'visible') shown = Math.min(shown, e.getBoundingClientRect().bottom);
    }
    return { hidden: bottom - shown, text: caption.innerText };
  });
}

test('the ACT caption is shown in full at 1024×768 and 1920×1080 on every kind of frame of every preset, the overview too', async ({ app }) => {
  test.setTimeout(480_000);
  await openModule(app, 'act');
  for (const size of SIZES) {
    await app.page.setViewportSize({ width: size.width, height: size.height });
    for (const id of await presetIds(app)) {
      const frames = await choosePreset(app, id);
      for (const frame of [...equationFrames(id), frames - 1]) {
        const s = await app.seek(frame);
        const { hidden, text } = await captionHidden(app);
        expect(text.length, `${id} frame ${frame}: caption`).toBeGreaterThan(0);
        expect(hidden, `${id} frame ${frame} (${s.stage}) at ${size.width}×${size.height}: "${text}"`).toBeLessThanOrEqual(1);
        if (id === 'parity' && frame === frames - 1) await app.page.screenshot({ path: test.info().outputPath(`parity-overview-${size.width}.png`) });
      }
    }
  }
});

test('trained parity: typed parity vectors are what the cell ponders on; a bad one is refused by name', async ({ app }) => {
  const { page } = app;
  await openModule(app, 'act');
  await choosePreset(app, 'parity-trained');
  const field = page.getByTestId('param-inputs');
  await expect(field).toHaveValue(/^(−?[01] ){7}−?[01]; /);
  await field.fill('1 0 0 0 0 0 0 0; 1 1 1 1 -1 -1 -1 -1');
  await field.press('Enter');
  await expect.poll(async () => (await app.state()).steps).toBe(2);
  expect((await app.settled()).parameters.inputs).toBe('1 0 0 0 0 0 0 0; 1 1 1 1 −1 −1 −1 −1');
  const s = await app.seek((await app.state()).frameCount - 1);
  expect(s.stage).toBe('combine');
  await field.fill('1 0 0 0 0 0 0 0; 1 0 2 0 0 0 0 0');
  await field.press('Enter');
  await expect(page.getByTestId('param-inputs-error')).toContainText('entrada 2');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect((await app.settled()).steps).toBe(2);
});
