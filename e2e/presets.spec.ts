/**
 * Each preset renders, and a screenshot of each at 1920×1080 is kept as a test artifact (test-results/, and
 * attached to the report) for a person to judge legibility from the back of a lecture hall.
 */
import { test, expect } from './fixtures.ts';

const SHOTS: Record<string, { label: string; frames: (count: number) => number[] }> = {
  lookup: { label: 'Búsqueda en el paso t', frames: () => [0, 3, 4, 5] },
  copy: { label: 'Tarea de copia', frames: (count) => [6 * 3 + 5, count - 6 * 5 + 4, count - 1] },
  free: { label: 'Juego libre', frames: () => [2, 5] },
};

for (const [preset, { label, frames }] of Object.entries(SHOTS)) {
  test(`preset ${preset} renders`, async ({ app }, testInfo) => {
    const { page } = app;
    if (preset !== 'lookup') {
      await page.getByTestId('preset-select').selectOption({ label });
      await expect.poll(async () => (await app.state()).preset).toBe(preset);
    }
    let s = await app.settled();
    expect(s.frameCount).toBeGreaterThan(0);
    expect(s.frameCount % 6).toBe(0);
    for (const frame of frames(s.frameCount)) {
      s = await app.seek(frame);
      expect(s.frame).toBe(frame);
      const px = await app.pixels();
      expect(px.nonBackground).toBeGreaterThan(0.08);
      const path = testInfo.outputPath(`${preset}-frame-${frame}-${s.stage}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`${preset} frame ${frame} (${s.stage})`, { path, contentType: 'image/png' });
    }
    if (preset === 'copy') {
      // The copy task reads back what it wrote: the last read vector is the last written bits.
      const last = await app.seek(s.frameCount - 2);
      const written = await app.seek(s.frameCount / 2 - 1);
      const bits = (written.tensors.add as number[]).slice(0, -1);
      expect((last.tensors.readVector as number[]).slice(0, -1).map((x) => Math.round(x))).toEqual(bits);
    }
  });
}

test('a large memory (N = 64) shows bars only, and numbers on hover', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByTestId('preset-select').selectOption({ label: 'Juego libre' });
  await expect.poll(async () => (await app.state()).preset).toBe('free');
  const before = (await app.settled()).revision;
  await page.getByTestId('param-N').fill('64');
  await page.getByTestId('param-N').press('Enter');
  await expect.poll(async () => (await app.state()).revision).toBeGreaterThan(before);
  const s = await app.seek(5);
  expect(s.tensors.n).toBe(64);
  expect((s.tensors.weights as number[]).length).toBe(64);
  expect((await app.pixels()).nonBackground).toBeGreaterThan(0.05);
  const path = testInfo.outputPath('free-N64-write.png');
  await page.screenshot({ path });
  await testInfo.attach('free N = 64 (write)', { path, contentType: 'image/png' });
  // Sweep the pointer over the view until it is over a memory block or a bar: the tooltip shows its number.
  const box = (await page.getByTestId('view').boundingBox())!;
  const tooltip = page.getByTestId('hover');
  let found = '';
  for (let y = 0.45; y < 0.9 && !found; y += 0.05) {
    for (let x = 0.2; x < 0.8 && !found; x += 0.04) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
      if (await tooltip.isVisible()) found = (await tooltip.textContent()) ?? '';
    }
  }
  expect(found).toMatch(/=\s-?\d+,\d{3}/);
});
