import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '#core/math/random.ts';
import { useGpuDevice } from '#core/testing/gpu-test-device.ts';
import type { ProgrammerOutput, ProgrammerStepJson } from '#core/models/programmer/contract.ts';
import { computeProgrammer } from './compute-programmer.ts';
import { programmerMechanism } from '#core/models/programmer/index.ts';
import { traceDifference } from '#core/trace/trace-compare.ts';
import { traceCommandOf } from './trace-mechanism.ts';

const traceProgrammer = traceCommandOf(programmerMechanism);

const dawn = useGpuDevice();

/** A random case: integer cells, a spread program of `steps` steps. */
function randomCase(seed: number, rows: number, columns: number, steps: number): unknown {
  const r = seededRandom(seed);
  const distribution = (n: number): number[] => {
    const v = Array.from({ length: n }, () => r.next() + 0.01);
    const s = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / s);
  };
  return {
    table: Array.from({ length: rows }, () => Array.from({ length: columns }, () => r.int(-20, 20))),
    pivot: r.int(-10, 10) + 0.5,
    steps: Array.from({ length: steps }, () => ({ op: distribution(9), column: distribution(columns) })),
  };
}

function expectClose(gpu: ProgrammerOutput, cpu: ProgrammerOutput): void {
  expect(Object.keys(gpu)).toEqual(Object.keys(cpu));
  for (const mode of ['soft', 'hard'] as const) {
    const g = gpu[mode];
    const c = cpu[mode];
    if (!c) continue;
    expect(g).toHaveLength(c.length);
    c.forEach((step: ProgrammerStepJson, s) => {
      const got = g![s]!;
      expect(Math.abs(got.scalar - step.scalar)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(step.scalar)) + 1e-4);
      step.rowSelector.forEach((v, i) => expect(Math.abs(got.rowSelector[i]! - v)).toBeLessThanOrEqual(1e-5));
      step.lookup.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(got.lookup[i]![j]! - v)).toBeLessThanOrEqual(1e-5)));
    });
  }
}

describe('compute programmer: webgpu backend against cpu', () => {
  it('agrees within 1e-5 for a batch of cases, called directly', async () => {
    const cases = [randomCase(1, 8, 2, 4), randomCase(2, 1, 1, 1), randomCase(3, 5000, 5, 6), randomCase(4, 300, 64, 2)].map((c) =>
      computeProgrammer.parseCase(c),
    );
    const gpu = await computeProgrammer.computeGpu(dawn.device, cases);
    expect(gpu).toHaveLength(cases.length);
    cases.forEach((c, k) => expectClose(gpu[k]!, computeProgrammer.computeCpu(c)));
  });

  it('agrees through the real command (npm run atenea -- compute programmer --backend webgpu|cpu)', () => {
    const input = JSON.stringify([randomCase(5, 40, 3, 4), { ...(randomCase(6, 10, 2, 2) as object), mode: 'hard' }]);
    const run = (backend: string): ProgrammerOutput[] => {
      const r = spawnSync(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', 'compute', 'programmer', '--backend', backend], {
        input,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as ProgrammerOutput[];
    };
    const gpu = run('webgpu');
    const cpu = run('cpu');
    expect(gpu).toHaveLength(2);
    gpu.forEach((g, k) => expectClose(g, cpu[k]!));
  });

  it('atenea trace --backend webgpu: every preset gives the reference trace with the GPU’s outputs (scalar, row selector, lookup)', async () => {
    for (const { id } of traceProgrammer.presets) {
      const scenario = traceProgrammer.presetScenario(id);
      const onGpu = await traceProgrammer.run(scenario, dawn.device);
      expect(traceDifference(onGpu, await traceProgrammer.run(scenario), 1e-4), id).toBeNull();
    }
  });
});
