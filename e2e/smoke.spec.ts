import { test, expect } from './fixtures.ts';

test('app starts and reports its backend', async ({ app }) => {
  const s = await app.state();
  expect(s.module).toBe('ntm');
  await expect(app.page.getByTestId('backend-label')).toContainText('WebGPU');
  const px = await app.pixels();
  console.log(JSON.stringify(px), JSON.stringify(s.backend));
  await app.page.screenshot({ path: test.info().outputPath('smoke.png') });
});
