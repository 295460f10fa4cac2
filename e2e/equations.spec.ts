/**
 * The narration's equations at lecture size: on the frames of every attention, focus and Programmer preset, at
 * 1920×1080, 1366×768 and 1024×768, KaTeX's type is at least 22 px (they used to shrink to ~16 px to fit) and the
 * equation stays inside its panel with nothing scrolled out of sight (the focus mask equation was cut at 1366).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const SIZES = [
  [1920, 1080],
  [1366, 768],
  [1024, 768],
] as const;

interface EquationProblem {
  frame: number;
  stage: string;
  font: number;
  scroll: number;
  client: number;
  left: number;
  right: number;
  panelLeft: number;
  panelRight: number;
}

/** Seeks the sampled frames in the page and returns those whose equation is too small or does not fit. */
function equationProblems(page: Page): Promise<{ frames: number; checked: number; problems: EquationProblem[] }> {
  return page.evaluate(async () => {
    const atenea = (window as unknown as { atenea: { state(): { frameCount: number }; seek(f: number): Promise<{ stage: string }> } }).atenea;
    const equation = document.querySelector<HTMLElement>('[data-testid=equation]')!;
    const panel = document.querySelector<HTMLElement>('.narration')!;
    const problems: EquationProblem[] = [];
    const frames = atenea.state().frameCount;
    let checked = 0;
    let last = '';
    // The first step's frames (every stage, early values) and the last step's (the largest indices and sums): a
    // full walk of every frame at three sizes took ten minutes and found nothing more; 14 + 8 frames took 8.4.
    const sample = [
      ...new Set([...Array.from({ length: Math.min(frames, 8) }, (_, i) => i), ...Array.from({ length: Math.min(frames, 4) }, (_, i) => frames - 1 - i)]),
    ];
    for (const frame of sample.sort((a, b) => a - b)) {
      const { stage } = await atenea.seek(frame);
      const html = equation.innerHTML;
      if (html === last) continue;
      last = html;
      checked++;
      // Every line of the equation (one, or several once it wraps): KaTeX's type and the box of what it drew.
      const font = Math.min(...[...equation.querySelectorAll<HTMLElement>('.katex')].map((k) => Number.parseFloat(getComputedStyle(k).fontSize)));
      const boxes = [...equation.querySelectorAll<HTMLElement>('.katex-html')].map((k) => k.getBoundingClientRect());
      const box = { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) };
      const p = panel.getBoundingClientRect();
      const pad = Number.parseFloat(getComputedStyle(panel).paddingLeft);
      const fits = boxes.length > 0 && equation.scrollWidth <= equation.clientWidth + 1 && box.left >= p.left + pad - 1 && box.right <= p.right - pad + 1;
      if (font < 22 || !fits)
        problems.push({
          frame,
          stage,
          font,
          scroll: equation.scrollWidth,
          client: equation.clientWidth,
          left: box.left,
          right: box.right,
          panelLeft: p.left,
          panelRight: p.right,
        });
    }
    return { frames, checked, problems };
  });
}

for (const module of ['attention', 'focus', 'programmer'] as const) {
  test(`${module}: every equation ≥ 22 px and inside its panel at 1920×1080, 1366×768 and 1024×768`, async ({ app }) => {
    test.setTimeout(600_000);
    const { page } = app;
    await page.getByTestId('module-select').selectOption(module);
    await page.waitForURL(new RegExp(`module=${module}`));
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
    await expect.poll(async () => (await app.state()).module).toBe(module);
    const presets = await page
      .getByTestId('preset-select')
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(presets.length).toBeGreaterThan(0);
    for (const preset of presets) {
      await page.getByTestId('preset-select').selectOption(preset);
      await expect.poll(async () => (await app.state()).preset).toBe(preset);
      await app.settled();
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        const { frames, checked, problems } = await equationProblems(page);
        expect(checked, `${preset} at ${width}×${height}: equations measured`).toBeGreaterThan(0);
        expect(problems, `${module}/${preset} at ${width}×${height} (${frames} frames)`).toEqual([]);
      }
      await page.setViewportSize({ width: 1920, height: 1080 });
    }
  });
}
