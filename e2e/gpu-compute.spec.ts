/**
 * The trace on screen is computed on the GPU when there is one (WebGPU engine on the shared device) and agrees
 * with the float64 reference within float32 tolerance, frame by frame.
 */
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { presetScenario } from '#app/renderer/chapters/ntm/ntm-params.ts';
import { test, expect } from './fixtures.ts';

function close(actual: unknown, expected: ArrayLike<number>, what: string): void {
  const a = actual as number[];
  expect(a.length, what).toBe(expected.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - expected[i]!), `${what}[${i}]`).toBeLessThan(1e-5);
}

for (const preset of ['lookup', 'copy'] as const) {
  test(`${preset}: the app's trace matches the float64 reference`, async ({ app }, testInfo) => {
    const { page } = app;
    if (preset !== 'lookup') {
      await page.getByTestId('preset-select').selectOption(preset);
      await expect.poll(async () => (await app.state()).preset).toBe(preset);
    }
    const first = await app.settled();
    // The web project always runs with a (SwiftShader) adapter: there the trace must come from the GPU engine.
    if (testInfo.project.name === 'web') expect(first.backend).toMatchObject({ kind: 'webgpu', draw: 'webgpu' });
    const reference = runNtmScenarioSync(presetScenario(preset));
    expect(first.frameCount).toBe(reference.frames.length);
    const steps = preset === 'copy' ? [0, 5, 8, 12, 15] : [0];
    for (const step of steps) {
      const frame = step * 6 + 5;
      const s = await app.seek(frame);
      const { result } = reference.frames[frame]!.data;
      close(s.tensors.contentWeights, result.contentWeights, `step ${step} w_c`);
      close(s.tensors.weights, result.weights, `step ${step} w`);
      close(s.tensors.readVector, result.readVector, `step ${step} r`);
      close(s.tensors.memoryAfter, result.memoryAfterWrite.data, `step ${step} memory`);
    }
  });
}
