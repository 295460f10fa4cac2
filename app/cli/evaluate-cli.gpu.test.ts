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
  it('act-parity and attention-reorder: the same answers, probabilities and alignments within 1e-5', async () => {
    const worstDiff = (a: unknown, b: unknown): number =>
      typeof a === 'number' && typeof b === 'number'
        ? Math.abs(a - b)
        : Array.isArray(a) && Array.isArray(b)
          ? Math.max(0, ...a.map((x, i) => worstDiff(x, b[i])))
          : 0;
    for (const model of ['act-parity', 'attention-reorder']) {
      const cpu = await runAteneaProcess(['evaluate', model, '--cases', '4', '--seed', '5']);
      const gpu = await runAteneaProcess(['evaluate', model, '--cases', '4', '--seed', '5', '--backend', 'webgpu']);
      expect(gpu.code, gpu.stderr).toBe(0);
      type Case = { input: unknown; target: unknown; output: unknown; ponderSteps?: number; alignment?: number[][] };
      const a = JSON.parse(cpu.stdout) as { cases: Case[] };
      const b = JSON.parse(gpu.stdout) as { backend: string; cases: Case[] };
      expect(b.backend).toBe('webgpu');
      b.cases.forEach((c, i) => {
        const ref = a.cases[i]!;
        expect([c.input, c.target, c.ponderSteps], model).toEqual([ref.input, ref.target, ref.ponderSteps]);
        if (model === 'attention-reorder') expect(c.output).toEqual(ref.output);
        expect(worstDiff(c.output, ref.output), model).toBeLessThanOrEqual(1e-5);
        expect(worstDiff(c.alignment, ref.alignment), model).toBeLessThanOrEqual(1e-5);
      });
    }
  }, 120_000);
});
