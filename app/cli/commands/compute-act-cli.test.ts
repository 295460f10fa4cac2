/**
 * `atenea compute act` and `atenea trace <act preset>` as a user runs them: the real command in a child
 * process (node --import ./scripts/register-loaders.mjs app/cli/main.ts), stdin in, stdout/stderr/exit out.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compensatedSum } from '#core/math/compensated-sum.ts';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function atenea(args: string[], stdin = '', env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const oneStep = {
  halting: [0.1, 0.3, 0.2, 0.5],
  states: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
    [1, 1, 0],
  ],
  epsilon: 0.01,
  maxSteps: 100,
};

/** The last stderr line (Dawn may print driver warnings before ours). */
const lastLine = (text: string): string => text.trim().split('\n').at(-1) ?? '';

describe('atenea compute act (spawned)', { timeout: 30_000 }, () => {
  it('answers one case with the README "compute act" contract', () => {
    const r = atenea(['compute', 'act', '--backend', 'cpu'], JSON.stringify(oneStep));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['steps', 'probabilities', 'remainder', 'ponderCost', 'state']);
    expect(out.steps).toBe(4);
    expect(compensatedSum(out.probabilities as number[])).toBeCloseTo(1, 15);
    expect(out.remainder).toBeCloseTo(0.4, 15);
    expect(out.ponderCost).toBeCloseTo(4.4, 15);
    expect((out.state as number[]).map((x) => +x.toFixed(12))).toEqual([0.5, 0.7, 0.2]);
  });

  it('answers an array of cases in order (defaults, first-step halt, the cap, ε = 0)', () => {
    const cases = [
      {
        halting: [0.995, 0.5],
        states: [
          [2, 1],
          [0, 0],
        ],
      },
      { halting: [0.1, 0.1, 0.1, 0.1], states: [[1], [2], [3]], maxSteps: 3 },
      { halting: [0.5, 0.25, 0.25], states: [[4], [8], [16]], epsilon: 0 },
    ];
    const r = atenea(['compute', 'act', '--backend', 'cpu'], JSON.stringify(cases));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      steps: number;
      probabilities: number[];
      remainder: number;
      ponderCost: number;
      state: number[];
    }[];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({ steps: 1, probabilities: [1], remainder: 1, ponderCost: 2, state: [2, 1] });
    expect(out[1]!.steps).toBe(3);
    expect(out[1]!.remainder).toBeCloseTo(0.8, 15);
    expect(out[1]!.state[0]).toBeCloseTo(0.1 + 0.2 + 2.4, 14);
    expect(out[2]).toEqual({ steps: 3, probabilities: [0.5, 0.25, 0.25], remainder: 0.25, ponderCost: 3.25, state: [8] });
  });

  it.each([
    [
      'too few halting values',
      { halting: [0.2, 0.3], states: [[1], [2]] },
      /^atenea: case 0: halting: 2 values sum to 0.5, short of 1 − ε = 0.99, and maxSteps = 100 is not reached; allowed: /,
    ],
    ['too few states', { halting: [0.6, 0.6], states: [[1]] }, /^atenea: case 0: states: got 1 rows, but the step halts at N = 2; allowed: at least 2 rows/],
    ['h above 1', { halting: [0.5, 1.01], states: [[1], [2]] }, /^atenea: case 0: halting\[1\]: got 1.01; allowed: a finite number in \[0, 1\]$/],
    ['h below 0', { halting: [-0.5, 1], states: [[1], [2]] }, /^atenea: case 0: halting\[0\]: got -0.5/],
    ['ε = 1', { halting: [1], states: [[1]], epsilon: 1 }, /^atenea: case 0: epsilon: got 1; allowed: a finite number in \[0, 1\)$/],
    ['maxSteps = 0', { halting: [1], states: [[1]], maxSteps: 0 }, /^atenea: case 0: maxSteps: got 0; allowed: an integer ≥ 1$/],
  ])('exits 2 with one line naming the field: %s', (_, value, message) => {
    const r = atenea(['compute', 'act', '--backend', 'cpu'], JSON.stringify(value));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('names the bad case of an array, and rejects text that is not JSON', () => {
    const r = atenea(['compute', 'act'], JSON.stringify([oneStep, oneStep, { ...oneStep, epsilon: -0.01 }]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^atenea: case 2: epsilon: got -0.01/);
    const bad = atenea(['compute', 'act'], '{"halting": [1');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^atenea: stdin: not valid JSON/);
  });

  it('exits 3 with the help line when --backend webgpu finds no adapter', () => {
    const r = atenea(['compute', 'act', '--backend', 'webgpu'], JSON.stringify(oneStep), {
      VK_ICD_FILENAMES: '/nonexistent/no-driver.json',
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(lastLine(r.stderr)).toMatch(/^atenea: no WebGPU adapter/);
  });
});

describe('atenea trace <act preset> (spawned)', () => {
  it('writes the same trace as runActScenario for every ACT preset', () => {
    for (const preset of actPresets) {
      const r = atenea(['trace', preset.id]);
      expect(r.code, `${preset.id}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(runActScenario(preset.scenario))));
    }
  }, 60_000);
});
