/**
 * `atenea compute act --backend webgpu` and `atenea trace <act preset> --backend webgpu`, spawned for real,
 * against the cpu backend: the same N, p, R and ρ (float64 on the CPU either way), states within 1e-5.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '#core/math/random.ts';
import { actPresets } from '#core/models/act/presets.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function atenea(args: string[], stdin = ''): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Compares two JSON values: numbers within `tolerance`, everything else equal. */
function expectNear(got: unknown, want: unknown, tolerance: number, path = ''): void {
  if (typeof want === 'number') {
    expect(typeof got, path).toBe('number');
    expect(Math.abs((got as number) - want), path).toBeLessThanOrEqual(tolerance);
  } else if (Array.isArray(want)) {
    expect(Array.isArray(got) && got.length, path).toBe(want.length);
    want.forEach((w, i) => expectNear((got as unknown[])[i], w, tolerance, `${path}[${i}]`));
  } else if (want !== null && typeof want === 'object') {
    expect(Object.keys(got as object), path).toEqual(Object.keys(want));
    for (const [k, w] of Object.entries(want)) expectNear((got as Record<string, unknown>)[k], w, tolerance, `${path}.${k}`);
  } else expect(got, path).toEqual(want);
}

describe('atenea compute act --backend webgpu (spawned)', () => {
  it('matches --backend cpu on a batch of random cases', () => {
    const r = seededRandom(2016);
    const cases = Array.from({ length: 6 }, (_, k) => {
      const n = r.int(1, 120);
      const d = r.int(1, 300);
      return {
        halting: Array.from({ length: n }, () => r.uniform(0, 2 / n)),
        states: Array.from({ length: n }, () => Array.from({ length: d }, () => r.uniform(-1, 1))),
        epsilon: [0, 0.01, 0.1][k % 3],
        maxSteps: n,
      };
    });
    const input = JSON.stringify(cases);
    const cpu = atenea(['compute', 'act', '--backend', 'cpu'], input);
    const gpu = atenea(['compute', 'act', '--backend', 'webgpu'], input);
    expect(cpu.code, cpu.stderr).toBe(0);
    expect(gpu.code, gpu.stderr).toBe(0);
    const want = JSON.parse(cpu.stdout) as { steps: number; probabilities: number[]; state: number[] }[];
    const got = JSON.parse(gpu.stdout) as typeof want;
    got.forEach((g, k) => {
      const { state, ...rest } = g;
      const { state: ws, ...wrest } = want[k]!;
      expect(rest).toEqual(wrest); // the halting decision is float64 on both backends
      expectNear(state, ws, 1e-5, `case ${k} state`);
    });
  });

  it('traces every ACT preset with --backend webgpu within 1e-5 of cpu', () => {
    for (const preset of actPresets) {
      const cpu = atenea(['trace', preset.id, '--backend', 'cpu']);
      const gpu = atenea(['trace', preset.id, '--backend', 'webgpu']);
      expect(gpu.code, gpu.stderr).toBe(0);
      expectNear(JSON.parse(gpu.stdout), JSON.parse(cpu.stdout), 1e-5, preset.id);
    }
  });
});
