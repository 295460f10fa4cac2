/**
 * `atenea compute attention --backend webgpu` and `atenea trace compute|moon --backend webgpu`, spawned for real,
 * against the cpu backend: scores within 1e-5 relative to their size, weights and contexts within 1e-5.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '#core/math/random.ts';
import { runAteneaProcess } from '../run-atenea-process.ts';

type Output = { scores: (number | null)[]; weights: number[]; context: number[] };

function expectClose(got: (number | null)[], want: (number | null)[], tolerance: (w: number) => number, what: string): void {
  expect(got.length, what).toBe(want.length);
  want.forEach((w, i) => {
    if (w === null) expect(got[i], `${what}[${i}]`).toBeNull();
    else expect(Math.abs((got[i] as number) - w), `${what}[${i}]: ${got[i]} vs ${w}`).toBeLessThanOrEqual(tolerance(w));
  });
}

describe('atenea compute attention --backend webgpu (spawned)', { timeout: 120_000 }, () => {
  it('matches --backend cpu on a batch of random cases of the three score functions', async () => {
    const r = seededRandom(2014);
    const u = (): number => Math.fround(r.uniform(-1, 1));
    const cases = (['dot', 'general', 'additive', 'dot', 'general', 'additive'] as const).map((score, k) => {
      const T = r.int(1, 300);
      const dk = r.int(1, 32);
      const dq = score === 'dot' ? dk : r.int(1, 32);
      const A = r.int(1, 32);
      const dv = r.int(1, 8);
      const keys = Array.from({ length: T }, () => Array.from({ length: dk }, u));
      const base = {
        score,
        query: Array.from({ length: dq }, u),
        keys,
        ...(k >= 3 ? { values: Array.from({ length: T }, () => Array.from({ length: dv }, u)), mask: keys.map((_, j) => j === 0 || r.next() < 0.5) } : {}),
      };
      if (score === 'general') return { ...base, W: Array.from({ length: dq }, () => Array.from({ length: dk }, u)) };
      if (score === 'additive')
        return {
          ...base,
          W: Array.from({ length: A }, () => Array.from({ length: dq }, u)),
          U: Array.from({ length: A }, () => Array.from({ length: dk }, u)),
          v: Array.from({ length: A }, u),
          b: Array.from({ length: A }, u),
          bv: u(),
        };
      return base;
    });
    const input = JSON.stringify(cases);
    const cpu = await runAteneaProcess(['compute', 'attention', '--backend', 'cpu'], input);
    const gpu = await runAteneaProcess(['compute', 'attention', '--backend', 'webgpu'], input);
    expect(cpu.code, cpu.stderr).toBe(0);
    expect(gpu.code, gpu.stderr).toBe(0);
    const want = JSON.parse(cpu.stdout) as Output[];
    const got = JSON.parse(gpu.stdout) as Output[];
    expect(got).toHaveLength(cases.length);
    want.forEach((w, k) => {
      // Entries in [−1, 1]: Σ|terms| ≤ Dk (dot), Dq·Dk (general), A·(2 + Dq + Dk) + 1 (additive); scores within 1e-5 of that size.
      const c = cases[k] as { score: string; query: number[]; keys: number[][]; W?: number[][] };
      const dq = c.query.length;
      const dk = c.keys[0]!.length;
      const A = c.W?.length ?? 0;
      const size = c.score === 'dot' ? dk : c.score === 'general' ? dq * dk : A * (2 + dq + dk) + 1;
      expectClose(got[k]!.scores, w.scores, () => 1e-5 * size, `case ${k} scores`);
      expectClose(got[k]!.weights, w.weights, () => 1e-5, `case ${k} weights`);
      expectClose(got[k]!.context, w.context, () => 1e-5, `case ${k} context`);
    });
  });

  it('trace compute and trace moon agree across backends', async () => {
    for (const preset of ['compute', 'moon']) {
      const cpu = await runAteneaProcess(['trace', preset, '--backend', 'cpu']);
      const gpu = await runAteneaProcess(['trace', preset, '--backend', 'webgpu']);
      expect(cpu.code, cpu.stderr).toBe(0);
      expect(gpu.code, gpu.stderr).toBe(0);
      type Frames = { frames: { stage: string; data: Record<string, unknown> }[] };
      const want = JSON.parse(cpu.stdout) as Frames;
      const got = JSON.parse(gpu.stdout) as Frames;
      expect(got.frames.map((f) => f.stage)).toEqual(want.frames.map((f) => f.stage));
      want.frames.forEach((f, i) => {
        for (const key of preset === 'compute' ? ['weights', 'context'] : ['product']) {
          expectClose(got.frames[i]!.data[key] as number[], f.data[key] as number[], () => 1e-5, `${preset} frame ${i} ${key}`);
        }
      });
    }
  });
});
