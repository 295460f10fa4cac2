/**
 * `atenea compute ntm --backend webgpu` and `atenea trace --backend webgpu` as real processes, on the WGSL
 * kernels through Dawn: the same contract as the CPU backend and every number within 1e-5 of it.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '#core/math/random.ts';
import { runAteneaProcess } from './run-atenea-process.ts';

/** Seeded random cases of several sizes and shift widths, plus edge cases: N = 1, a huge β, a zero key, a zero memory row, a one-hot weighting shifted past the end. */
function cases(): unknown[] {
  const random = seededRandom(20140410);
  const vec = (n: number, lo: number, hi: number) => Array.from({ length: n }, () => random.uniform(lo, hi));
  const dist = (n: number) => {
    const v = vec(n, 0.01, 1);
    const s = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / s);
  };
  const randomCase = (n: number, m: number, width: number) => ({
    memory: Array.from({ length: n }, () => vec(m, -1, 1)),
    key: vec(m, -1, 1),
    beta: random.uniform(0, 20),
    gate: random.uniform(0, 1),
    shift: dist(width),
    gamma: random.uniform(1, 4),
    previousWeights: dist(n),
    erase: vec(m, 0, 1),
    add: vec(m, -1, 1),
  });
  const base = randomCase(5, 3, 3);
  return [
    randomCase(1, 1, 7),
    randomCase(2, 4, 5),
    randomCase(33, 7, 3),
    randomCase(300, 20, 1),
    { ...base, beta: 1000, gate: 1 },
    { ...base, key: [0, 0, 0] },
    { ...base, memory: [...base.memory.slice(0, 4), [0, 0, 0]] },
    { ...base, gate: 0, previousWeights: [0, 0, 1, 0, 0], shift: [0, 0, 0, 0, 1] },
  ];
}

function expectClose(gpu: unknown, cpu: unknown, path = ''): void {
  if (Array.isArray(cpu)) {
    expect(Array.isArray(gpu), path).toBe(true);
    expect((gpu as unknown[]).length, path).toBe(cpu.length);
    cpu.forEach((c, i) => expectClose((gpu as unknown[])[i], c, `${path}[${i}]`));
  } else if (typeof cpu === 'number') {
    expect(typeof gpu, path).toBe('number');
    expect(Math.abs((gpu as number) - cpu), path).toBeLessThanOrEqual(1e-5);
  } else if (typeof cpu === 'object' && cpu !== null) {
    expect(Object.keys(gpu as object), path).toEqual(Object.keys(cpu));
    for (const [k, v] of Object.entries(cpu)) expectClose((gpu as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(gpu, path).toEqual(cpu);
  }
}

describe('atenea on --backend webgpu (Dawn)', () => {
  it('compute ntm: the contract holds and agrees with --backend cpu within 1e-5', async () => {
    const input = JSON.stringify(cases());
    const cpu = await runAteneaProcess(['compute', 'ntm', '--backend', 'cpu'], input);
    const gpu = await runAteneaProcess(['compute', 'ntm', '--backend', 'webgpu'], input);
    expect(cpu.code).toBe(0);
    expect(gpu.stdout.length, gpu.stderr).toBeGreaterThan(0);
    expect(gpu.code).toBe(0);
    const gpuOut = JSON.parse(gpu.stdout) as unknown[];
    expect(gpuOut).toHaveLength(cases().length);
    expectClose(gpuOut, JSON.parse(cpu.stdout));
  });
  it('compute ntm: a single case gives a single result; bad input is still exit 2 before any GPU work', async () => {
    const single = JSON.stringify(cases()[1]);
    const gpu = await runAteneaProcess(['compute', 'ntm', '--backend', 'webgpu'], single);
    expect(gpu.code).toBe(0);
    expect(Array.isArray(JSON.parse(gpu.stdout))).toBe(false);
    const bad = await runAteneaProcess(['compute', 'ntm', '--backend', 'webgpu'], JSON.stringify({ ...(cases()[1] as object), gamma: 0 }));
    expect([bad.code, bad.stdout, bad.stderr.trim()]).toEqual([2, '', 'atenea: case 0: gamma: got 0; allowed: a finite number ≥ 1']);
  });
  it('trace copy on the GPU agrees with the reference within 1e-5', async () => {
    const cpu = await runAteneaProcess(['trace', 'copy']);
    const gpu = await runAteneaProcess(['trace', 'copy', '--backend', 'webgpu']);
    expect(gpu.code, gpu.stderr).toBe(0);
    expectClose(JSON.parse(gpu.stdout), JSON.parse(cpu.stdout));
  });
});
