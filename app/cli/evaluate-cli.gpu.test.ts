/** `atenea evaluate ntm-copy --backend webgpu` (WGSL controller and head engine through Dawn) against the CPU. */
import { describe, expect, it } from 'vitest';
import { runAteneaProcess } from './run-atenea-process.ts';

describe('atenea evaluate on --backend webgpu', () => {
  it('ntm-copy: the same cases, every output within 1e-5 of the float64 reference', async () => {
    const args = ['evaluate', 'ntm-copy', '--cases', '3', '--seed', '11', '--length', '5'];
    const cpu = await runAteneaProcess([...args, '--backend', 'cpu']);
    const gpu = await runAteneaProcess([...args, '--backend', 'webgpu']);
    expect(cpu.code, cpu.stderr).toBe(0);
    expect(gpu.code, gpu.stderr).toBe(0);
    const a = JSON.parse(cpu.stdout) as { backend: string; cases: { input: number[][]; target: number[][]; output: number[][] }[] };
    const b = JSON.parse(gpu.stdout) as typeof a;
    expect([a.backend, b.backend]).toEqual(['cpu', 'webgpu']);
    expect(b.cases.map((c) => [c.input, c.target])).toEqual(a.cases.map((c) => [c.input, c.target]));
    let worst = 0;
    a.cases.forEach((c, i) => c.output.forEach((row, t) => row.forEach((y, j) => (worst = Math.max(worst, Math.abs(y - b.cases[i]!.output[t]![j]!))))));
    expect(worst).toBeLessThanOrEqual(1e-5);
  }, 120_000);
});
