import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '#core/scenario/validate.ts';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import { computeProgrammer } from './compute-programmer.ts';

const countGreater = {
  table: [
    [4, 7],
    [15, 3],
    [3, 12],
    [23, 5],
    [11, 9],
    [2, 14],
    [17, 1],
    [9, 6],
  ],
  columns: ['X', 'Y'],
  pivot: 10,
  steps: [
    { op: 'greater', column: 'X' },
    { op: 'count', column: 'X' },
  ],
};

function badMessage(value: unknown): string {
  try {
    computeProgrammer.parseCase(value);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message;
  }
  throw new Error('expected a ValidationError');
}

/** Runs the real command: `npm run --silent atenea -- args` with `stdin`. */
function atenea(args: string[], stdin = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('compute programmer (README "compute programmer"), called directly', () => {
  it('returns per-step scalar, row selector and lookup for soft and hard evaluation', () => {
    const out = computeProgrammer.computeCpu(computeProgrammer.parseCase(countGreater));
    expect(Object.keys(out)).toEqual(['soft', 'hard']);
    expect(out.hard!.map((s) => s.scalar)).toEqual([0, 4]);
    expect(out.soft).toEqual(out.hard);
    expect(out.hard![0]!.rowSelector).toEqual([0, 1, 0, 1, 1, 0, 1, 0]);
    expect(out.hard![1]!.lookup).toEqual(Array.from({ length: 8 }, () => [0, 0]));
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('gives the lookup answer as M rows of C numbers, and only the modes asked for', () => {
    const out = computeProgrammer.computeCpu(
      computeProgrammer.parseCase({
        ...countGreater,
        steps: [
          { op: 'lesser', column: 'X' },
          { op: 'assign', column: { X: 0.25, Y: 0.75 } },
        ],
        mode: 'soft',
      }),
    );
    expect(Object.keys(out)).toEqual(['soft']);
    expect(out.soft![1]!.lookup).toEqual([
      [0.25, 0.75],
      [0, 0],
      [0.25, 0.75],
      [0, 0],
      [0, 0],
      [0.25, 0.75],
      [0, 0],
      [0.25, 0.75],
    ]);
  });

  it('mixes spread weights (soft) apart from the argmax program (hard)', () => {
    const out = computeProgrammer.computeCpu(
      computeProgrammer.parseCase({
        ...countGreater,
        steps: [
          { op: { greater: 0.6, lesser: 0.25, reset: 0.1, and: 0.05 }, column: [0.7, 0.3] },
          { op: { count: 0.55, sum: 0.3, difference: 0.15 }, column: [0.2, 0.8] },
        ],
      }),
    );
    expect(out.soft![1]!.scalar).toBeCloseTo(12.6178, 12);
    expect(out.hard![1]!.scalar).toBe(4);
  });

  it('rejects each kind of bad input naming the field and what is allowed', () => {
    expect(badMessage({ ...countGreater, table: undefined })).toMatch(/^table: missing; allowed: an array of ≥ 1 rows/);
    expect(badMessage({ ...countGreater, table: [] })).toMatch(/^table: got 0 rows/);
    expect(badMessage({ ...countGreater, table: [[1, 2], [3]] })).toBe('table[1]: got length 1; allowed: an array of length 2 of finite numbers');
    expect(badMessage({ ...countGreater, table: [[1, 'a']] })).toMatch(/^table\[0\]\[1\]: got the string "a"; allowed: a finite number/);
    expect(badMessage({ ...countGreater, table: [Array(65).fill(0)], columns: undefined })).toBe('table[0]: got 65 columns; allowed: 1 to 64 columns');
    expect(badMessage({ ...countGreater, columns: ['X'] })).toMatch(/^columns: got length 1; allowed: an array of 2 distinct non-empty strings/);
    expect(badMessage({ ...countGreater, pivot: null })).toBe('pivot: got null; allowed: a finite number');
    expect(badMessage({ ...countGreater, steps: [] })).toMatch(/^steps: got 0 steps; allowed: an array of 1 to 16 steps/);
    expect(badMessage({ ...countGreater, steps: [{ op: [1, 0], column: 'X' }] })).toMatch(/^steps\[0\]\.op: got length 2; allowed: an array of length 9/);
    expect(badMessage({ ...countGreater, steps: [{ op: 'print', column: 'X' }] })).toMatch(
      /^steps\[0\]\.op: got "print"; allowed: .*"sum", "count", "difference", "greater", "lesser", "and", "or", "assign", "reset"/,
    );
    expect(badMessage({ ...countGreater, steps: [{ op: 'sum', column: [0.9, 0.2] }] })).toMatch(/^steps\[0\]\.column: sums to 1.1/);
    expect(badMessage({ ...countGreater, steps: [{ op: 'sum', column: [1.5, -0.5] }] })).toMatch(
      /^steps\[0\]\.column\[0\]: got 1.5; allowed: a finite number in \[0, 1\]/,
    );
    expect(badMessage({ ...countGreater, steps: [{ op: 'sum' }] })).toMatch(/^steps\[0\]\.column: missing/);
    expect(badMessage({ ...countGreater, mode: 'fuzzy' })).toBe('mode: got the string "fuzzy"; allowed: one of "soft", "hard", "both"');
    expect(badMessage('x')).toMatch(/^input: got the string "x"; allowed: a JSON object/);
  });
});

describe('npm run atenea -- compute programmer (the real command)', { timeout: 60_000 }, () => {
  it('answers one case and an array of cases on the cpu backend', () => {
    const one = atenea(['compute', 'programmer', '--backend', 'cpu'], JSON.stringify({ ...countGreater, mode: 'hard' }));
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).hard[1].scalar).toBe(4);
    const many = atenea(
      ['compute', 'programmer', '--backend', 'cpu'],
      JSON.stringify([
        countGreater,
        {
          ...countGreater,
          pivot: 5,
          steps: [
            { op: 'lesser', column: 'X' },
            { op: 'sum', column: 'Y' },
          ],
        },
      ]),
    );
    expect(many.status).toBe(0);
    const parsed = JSON.parse(many.stdout) as { soft: { scalar: number }[] }[];
    expect(parsed.map((r) => r.soft[1]!.scalar)).toEqual([4, 33]);
  });

  it('exits 2 with one line naming the case, the field and what is allowed; nothing on stdout', () => {
    const bad = atenea(['compute', 'programmer', '--backend', 'cpu'], JSON.stringify([countGreater, { ...countGreater, steps: [{ op: 'sum', column: 'Z' }] }]));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^atenea: case 1: steps\[0\]\.column: got "Z"; allowed: .*"X", "Y"/);
    const json = atenea(['compute', 'programmer', '--backend', 'cpu'], '{"table": [[1]');
    expect(json.status).toBe(2);
    expect(json.stderr).toMatch(/^atenea: stdin: not valid JSON/);
  });

  it('traces every preset (JSON with 11 frames a step, the expected answer last) and names the presets when one is unknown', () => {
    for (const p of PROGRAMMER_PRESETS) {
      const trace = atenea(['trace', `programmer:${p.id}`]);
      expect(trace.status, trace.stderr).toBe(0);
      const t = JSON.parse(trace.stdout) as {
        module: string;
        steps: number;
        frames: { stage: string; data: { hard: { scalar: number } } }[];
      };
      expect(t.module).toBe('programmer');
      expect(t.frames).toHaveLength(11 * t.steps);
      const last = t.frames[t.frames.length - 1]!;
      expect(last.stage).toBe('mix');
      if (p.expectedAnswer !== undefined) expect(last.data.hard.scalar).toBe(p.expectedAnswer);
    }
    const unknown = atenea(['trace', 'programmer:nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/count-greater, sum-lesser, soft, controller \(programmer\)/);
  });

  it('exits 3 with one line when --backend webgpu finds no adapter', () => {
    const r = spawnSync(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', 'compute', 'programmer', '--backend', 'webgpu'], {
      input: JSON.stringify(countGreater),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, VK_ICD_FILENAMES: '/nonexistent-vulkan-driver.json' },
    });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^atenea: no WebGPU adapter/m);
  });
});
