import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../../math/random.ts';
import { controllerStep, copyOutput } from '../../models/ntm/trained/controller.ts';
import { copyExamples, copyMemorySlots } from '../../models/ntm/trained/copy-data.ts';
import { runTrainedCopySync } from '../../models/ntm/trained/forward.ts';
import { ntmCopyFile } from '../../models/ntm/trained/ntm-copy-file.ts';
import { ntmCopyModel } from '../../models/ntm/trained/weights.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createNtmControllerGpu, type NtmControllerGpu } from './ntm-controller-gpu.ts';
import { evaluateNtmCopy } from '../../models/ntm/trained/evaluate.ts';
import { createGpuCopyRunner } from './trained-copy-gpu.ts';

const TOLERANCE = 1e-5;
const dawn = useGpuDevice();
const model = ntmCopyModel(ntmCopyFile());
let controller: NtmControllerGpu;

beforeAll(async () => {
  controller = await createNtmControllerGpu(dawn.device, model);
});
afterAll(() => {
  controller?.destroy();
});

function expectClose(gpu: ArrayLike<number>, ref: ArrayLike<number>, what: string): void {
  expect(gpu.length, what).toBe(ref.length);
  for (let i = 0; i < ref.length; i++) {
    if (!(Math.abs(gpu[i]! - ref[i]!) <= TOLERANCE)) throw new Error(`${what}[${i}]: gpu ${gpu[i]} vs reference ${ref[i]}`);
  }
}

describe('the trained copy NTM on WebGPU', () => {
  it('the controller kernel matches the float64 controller within 1e-5 on random inputs and states', async () => {
    const random = seededRandom(11);
    const { sizes } = model;
    for (let k = 0; k < 5; k++) {
      const x = Array.from({ length: sizes.bits + 1 }, () => (random.next() < 0.5 ? 0 : 1));
      const r = Array.from({ length: sizes.memoryWidth }, () => random.uniform(-1, 1));
      const state = {
        h: Float64Array.from({ length: sizes.hidden }, () => random.uniform(-1, 1)),
        c: Float64Array.from({ length: sizes.hidden }, () => random.uniform(-3, 3)),
      };
      const gpu = await controller.step(x, r, state);
      const ref = controllerStep(sizes, model.weights, x, r, state);
      expectClose(gpu.state.h, ref.state.h, 'h');
      expectClose(gpu.state.c, ref.state.c, 'c');
      for (const head of ['read', 'write'] as const) {
        for (const field of ['key', 'shift', 'erase', 'add'] as const) expectClose(gpu[head][field], ref[head][field], `${head}.${field}`);
        expectClose([gpu[head].beta, gpu[head].gate, gpu[head].gamma], [ref[head].beta, ref[head].gate, ref[head].gamma], `${head} β, g, γ`);
      }
      expectClose(await controller.output(ref.state.h, r), copyOutput(model.weights, ref.state.h, r), 'output');
    }
  });
  it('a whole copy run (controller, both heads, output) matches the reference within 1e-5, with one read-back', async () => {
    const runner = await createGpuCopyRunner(dawn.device, model);
    const maps = vi.spyOn(GPUBuffer.prototype, 'mapAsync');
    try {
      for (const e of copyExamples({ seed: 12, count: 2, bits: model.sizes.bits, length: 3 })) {
        const slots = copyMemorySlots(3);
        maps.mockClear();
        const gpu = await runner.run(e.input, slots);
        // 7 time steps, each a controller step, two head steps and an output: one mapAsync for the whole run.
        expect(maps).toHaveBeenCalledTimes(1);
        const ref = runTrainedCopySync(model, e.input, slots);
        expect(gpu.steps).toHaveLength(e.input.length);
        ref.steps.forEach((s, t) => {
          expectClose(gpu.steps[t]!.output, s.output, `output ${t}`);
          for (const head of ['readHead', 'writeHead'] as const) {
            const [g, r] = [gpu.steps[t]![head], s[head]];
            for (const f of ['similarity', 'contentWeights', 'gatedWeights', 'shiftedWeights', 'weights', 'readVector'] as const) {
              expectClose(g.result[f], r.result[f], `${head} ${f} ${t}`);
            }
            expectClose(g.input.previousWeights, r.input.previousWeights, `${head} previous weights ${t}`);
            expectClose(g.input.memory.data, r.input.memory.data, `${head} memory ${t}`);
            expectClose(
              [g.params.beta, g.params.gate, g.params.gamma, ...g.params.key, ...g.params.shift],
              [r.params.beta, r.params.gate, r.params.gamma, ...r.params.key, ...r.params.shift],
              `${head} parameters ${t}`,
            );
          }
          expectClose(gpu.steps[t]!.writeHead.result.memoryAfterWrite.data, s.writeHead.result.memoryAfterWrite.data, `memory ${t}`);
        });
        gpu.answer.forEach((row, t) => expectClose(row, ref.answer[t]!, `answer ${t}`));
      }
    } finally {
      maps.mockRestore();
      runner.destroy();
    }
  });
  it('evaluate ntm-copy on webgpu gives the reference outputs within 1e-5', async () => {
    const runner = await createGpuCopyRunner(dawn.device, model);
    try {
      const gpu = await evaluateNtmCopy({ model, cases: 2, seed: 8, length: 2, backend: runner });
      const cpu = await evaluateNtmCopy({ model, cases: 2, seed: 8, length: 2 });
      expect(gpu.backend).toBe('webgpu');
      gpu.cases.forEach((c, k) => {
        expect(c.target).toEqual(cpu.cases[k]!.target);
        c.output.forEach((row, t) => expectClose(row, cpu.cases[k]!.output[t]!, `case ${k} output ${t}`));
      });
    } finally {
      runner.destroy();
    }
  });
});
