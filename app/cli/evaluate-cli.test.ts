/** `atenea evaluate` as a real process: the JSON object of the README and its refusals. */
import { describe, expect, it } from 'vitest';
import { lastLine, runAteneaProcess } from './run-atenea-process.ts';

interface Evaluation {
  model: string;
  backend: string;
  cases: { input: number[][]; target: number[][]; output: number[][] }[];
}

describe('atenea evaluate (process)', () => {
  it('ntm-copy --cases 5 --seed 7 --length 4: the rounded outputs equal the targets', async () => {
    const r = await runAteneaProcess(['evaluate', 'ntm-copy', '--cases', '5', '--seed', '7', '--length', '4']);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as Evaluation;
    expect(Object.keys(result)).toEqual(['model', 'backend', 'cases']);
    expect([result.model, result.backend, result.cases.length]).toEqual(['ntm-copy', 'cpu', 5]);
    let wrong = 0;
    for (const c of result.cases) {
      expect(Object.keys(c)).toEqual(['input', 'target', 'output']);
      expect(c.input).toHaveLength(4);
      expect(c.input.flat().every((b) => b === 0 || b === 1)).toBe(true);
      expect(c.output.flat().every((y) => y >= 0 && y <= 1)).toBe(true);
      c.target.forEach((row, t) => row.forEach((b, j) => (wrong += Math.round(c.output[t]![j]!) === b ? 0 : 1)));
    }
    // Well under one wrong bit per sequence (chance is 12 of the 24 bits).
    expect(wrong / result.cases.length).toBeLessThan(0.2);
    const again = await runAteneaProcess(['evaluate', 'ntm-copy', '--cases', '5', '--seed', '7', '--length', '4']);
    expect(again.stdout).toBe(r.stdout);
  });
  it('bad arguments: exit 2, one line naming the allowed values, nothing on stdout', async () => {
    const r = await runAteneaProcess(['evaluate', 'lstm-copy']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(lastLine(r.stderr)).toMatch(/^atenea: evaluate: unknown model "lstm-copy"; allowed: ntm-copy/);
    const help = await runAteneaProcess(['--help']);
    expect(help.stdout).toContain('evaluate <model> [--cases N] [--seed S] [--length L] [--backend cpu|webgpu]');
  });
});
