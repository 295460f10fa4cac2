/**
 * GPU against the float64 reference for every preset of every chapter: the chapter's compute on a Dawn device
 * (through the app's backend) runs on WebGPU and gives the reference trace within 1e-5 (relative,
 * |gpu − ref| ≤ 1e-5·(1 + |ref|)); so does the descriptor's GPU path that `atenea trace --backend webgpu` runs.
 */
import { describe, expect, it } from 'vitest';
import { createGpuBackend, withEngines } from '#core/gpu/common/backend.ts';
import { mechanismPreset } from '#core/models/mechanism.ts';
import { MECHANISMS } from '#core/models/registry.ts';
import { useGpuDevice } from '#core/testing/gpu-test-device.ts';
import { traceDifference } from '#core/trace/trace-compare.ts';
import { CHAPTERS } from './registry.ts';

const dawn = useGpuDevice();
const TOLERANCE = 1e-5;

describe('GPU and reference parity, every preset of every chapter', () => {
  for (const chapter of Object.values(CHAPTERS)) {
    const mechanism = MECHANISMS.find((m) => m.id === chapter!.id)!;
    it(`${chapter!.id}: the chapter on WebGPU and the descriptor's GPU path match the reference within 1e-5`, async () => {
      const backend = createGpuBackend({ device: dawn.device });
      for (const { id } of chapter!.presets) {
        const parameters = chapter!.presetParameters(id);
        const reference = await chapter!.compute(parameters, id, { backend: createGpuBackend() });
        const gpu = await chapter!.compute(parameters, id, { backend });
        expect(gpu.backend, `${chapter!.id}/${id}: ${gpu.fallbackReason ?? ''}`).toBe('webgpu');
        expect(traceDifference(gpu.trace, reference.trace, TOLERANCE), `${chapter!.id}/${id} (app)`).toBeNull();
        const scenario = mechanism.parseScenario(mechanismPreset(mechanism, id)!.scenario);
        const cli = await withEngines(dawn.device, (ctx) => mechanism.runOnGpu(scenario, ctx));
        expect(traceDifference(cli, reference.trace, TOLERANCE), `${chapter!.id}/${id} (command)`).toBeNull();
      }
      backend.dispose();
    });
  }
});
