import { describe, expect, it } from 'vitest';
import { seededRandom } from '#core/math/random.ts';
import { useGpuDevice } from '#core/testing/gpu-test-device.ts';
import { computeAct } from './compute-act.ts';

const dawn = useGpuDevice();

describe('compute act: webgpu backend against cpu (called directly)', () => {
  it('gives the same N, p, R, ρ and a state within 1e-5 for a batch of cases', async () => {
    const r = seededRandom(11);
    const cases = [
      {
        halting: [0.1, 0.3, 0.2, 0.5],
        states: [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
          [1, 1, 0],
        ],
      },
      { halting: [0.995], states: [[3, -2]], epsilon: 0.01 },
      {
        halting: new Array<number>(50).fill(0.01),
        states: Array.from({ length: 50 }, () => [r.uniform(-1, 1), r.uniform(-1, 1)]),
        maxSteps: 20,
      },
      {
        halting: Array.from({ length: 300 }, () => r.uniform(0, 0.01)),
        states: Array.from({ length: 300 }, () => Array.from({ length: 700 }, () => r.uniform(-1, 1))),
        epsilon: 0,
      },
    ].map((c) => computeAct.parseCase(c));
    const gpu = await computeAct.computeGpu(dawn.device, cases);
    expect(gpu).toHaveLength(cases.length);
    cases.forEach((c, k) => {
      const cpu = computeAct.computeCpu(c);
      const { state, ...rest } = gpu[k]!;
      const { state: cpuState, ...cpuRest } = cpu;
      expect(rest).toEqual(cpuRest);
      expect(state).toHaveLength(cpuState.length);
      state.forEach((v, i) => expect(Math.abs(v - cpuState[i]!)).toBeLessThanOrEqual(1e-5));
    });
  });
});
