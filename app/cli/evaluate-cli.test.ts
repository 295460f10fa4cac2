/** `atenea evaluate` as a real process: the JSON object of the README and its refusals. */
import { describe, expect, it } from 'vitest';
import { lastLine, runAteneaProcess } from './run-atenea-process.ts';

interface Evaluation {
  model: string;
  backend: string;
  cases: { input: number[][]; target: number[][]; output: number[][] }[];
}

// Each test spawns the command (Node start plus the model file): allow for a loaded machine.
describe('atenea evaluate (process)', { timeout: 60_000 }, () => {
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
  it('act-parity and attention-reorder write their cases: parity, ponder steps, token lists and alignments', async () => {
    const act = await runAteneaProcess(['evaluate', 'act-parity', '--cases', '20', '--seed', '3']);
    expect(act.code, act.stderr).toBe(0);
    const parity = JSON.parse(act.stdout) as {
      model: string;
      cases: { input: number[]; target: number; output: number; ponderSteps: number }[];
    };
    expect(parity.model).toBe('act-parity');
    for (const c of parity.cases) {
      expect(Object.keys(c)).toEqual(['input', 'target', 'output', 'ponderSteps']);
      expect(Math.round(c.output)).toBe(c.target);
      expect(c.ponderSteps).toBeGreaterThanOrEqual(1);
    }
    const att = await runAteneaProcess(['evaluate', 'attention-reorder', '--cases', '5', '--seed', '3']);
    expect(att.code, att.stderr).toBe(0);
    const reorder = JSON.parse(att.stdout) as {
      model: string;
      cases: { input: string[]; target: string[]; output: string[]; alignment: number[][] }[];
    };
    expect(reorder.model).toBe('attention-reorder');
    for (const c of reorder.cases) {
      expect(c.output).toEqual(c.target);
      expect(c.alignment).toHaveLength(c.output.length);
      for (const row of c.alignment) expect(Math.abs(row.reduce((s, a) => s + a, 0) - 1)).toBeLessThan(1e-9);
    }
  });
  it('bad arguments: exit 2, one line naming the allowed values, nothing on stdout', async () => {
    const r = await runAteneaProcess(['evaluate', 'lstm-copy']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(lastLine(r.stderr)).toBe('atenea: evaluate: unknown model "lstm-copy"; allowed: ntm-copy, act-parity, attention-reorder');
    const length = await runAteneaProcess(['evaluate', 'act-parity', '--length', '4']);
    expect([length.code, lastLine(length.stderr)]).toEqual([2, 'atenea: evaluate: --length: not an option of act-parity; allowed: only with ntm-copy']);
    const help = await runAteneaProcess(['--help']);
    expect(help.stdout).toContain('evaluate <model> [--cases N] [--seed S] [--length L] [--backend cpu|webgpu]');
  });
});
