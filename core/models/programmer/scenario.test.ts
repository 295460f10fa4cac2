import { describe, expect, it } from 'vitest';
import { questionWords, runController } from './controller.ts';
import { parseProgrammerScenario, parseWeights } from './scenario.ts';
import { OPERATIONS } from './types.ts';
import { validationMessage } from '../../testing/validation-message.ts';

const good = {
  module: 'programmer',
  question: { en: 'How many rows have X > 10?', es: '¿Cuántas filas tienen X > 10?' },
  pivot: 10,
  table: {
    columns: ['X', 'Y'],
    rows: [
      [1, 2],
      [11, 3],
    ],
  },
  program: {
    kind: 'hand',
    steps: [
      { op: 'greater', column: 'X' },
      { op: 'count', column: [0.5, 0.5] },
    ],
  },
};

const messageOf = (value: unknown): string => validationMessage(() => parseProgrammerScenario(value));

const edit = (patch: Record<string, unknown>): unknown => ({ ...good, ...patch });

describe('programmer scenario validation', () => {
  it('accepts names, arrays and name→weight objects for α', () => {
    const s = parseProgrammerScenario(good);
    expect(s.program.kind).toBe('hand');
    if (s.program.kind !== 'hand') throw new Error();
    expect(Array.from(s.program.steps[0]!.op)).toEqual(OPERATIONS.map((o) => (o === 'greater' ? 1 : 0)));
    expect(Array.from(s.program.steps[1]!.column)).toEqual([0.5, 0.5]);
    expect(Array.from(parseWeights({ Y: 0.25, X: 0.75 }, 'c', ['X', 'Y']))).toEqual([0.75, 0.25]);
  });

  it('names the field and what is allowed for every bad input', () => {
    expect(messageOf(edit({ module: 'ntm' }))).toBe('module: got the string "ntm"; allowed: one of "programmer"');
    expect(messageOf(edit({ pivot: 'ten' }))).toBe('pivot: got the string "ten"; allowed: a finite number');
    expect(messageOf(edit({ table: { columns: ['X', 'Y'], rows: [[1, 2], [3]] } }))).toBe(
      'table.rows[1]: got length 1; allowed: an array of length 2 of finite numbers',
    );
    expect(messageOf(edit({ table: { columns: ['X'], rows: [[1, 2]] } }))).toBe(
      'table.columns: got length 1; allowed: an array of 2 distinct non-empty strings (one per column)',
    );
    expect(messageOf(edit({ table: { columns: ['X', 'X'], rows: [[1, 2]] } }))).toContain('table.columns[1]: repeats "X"');
    expect(messageOf(edit({ table: { columns: [], rows: [] } }))).toContain('table.rows: got 0 rows');
    expect(messageOf(edit({ program: { kind: 'magic' } }))).toBe('program.kind: got the string "magic"; allowed: one of "hand", "controller"');
    expect(messageOf(edit({ program: { kind: 'hand', steps: [] } }))).toContain('program.steps: got 0 steps; allowed: an array of 1 to 16 steps');
    expect(messageOf(edit({ program: { kind: 'hand', steps: [{ op: 'print', column: 'X' }] } }))).toContain(
      'program.steps[0].op: got "print"; allowed: an array of 9 weights summing to 1, one of "sum", "count"',
    );
    expect(messageOf(edit({ program: { kind: 'hand', steps: [{ op: 'sum', column: 'Z' }] } }))).toContain(
      'program.steps[0].column: got "Z"; allowed: an array of 2 weights summing to 1, one of "X", "Y"',
    );
    expect(messageOf(edit({ program: { kind: 'hand', steps: [{ op: 'sum', column: [0.5, 0.6] }] } }))).toBe(
      'program.steps[0].column: sums to 1.1; allowed: entries in [0, 1] summing to 1 (within 0.000001)',
    );
    expect(messageOf(edit({ program: { kind: 'hand', steps: [{ op: { sum: 0.5, cout: 0.5 }, column: 'X' }] } }))).toContain(
      'program.steps[0].op.cout: not a known name',
    );
    expect(messageOf(edit({ program: { kind: 'hand', steps: [{ op: { sum: 0.5 }, column: 'X' }] } }))).toContain('program.steps[0].op: sums to 0.5');
    expect(messageOf(edit({ program: { kind: 'hand', steps: [{ column: 'X' }] } }))).toContain('program.steps[0].op: missing');
    expect(messageOf(edit({ program: { kind: 'controller' } }))).toBe('program.seed: missing; allowed: an integer in [0, 4294967295]');
    expect(messageOf(edit({ program: { kind: 'controller', seed: 1, steps: 40 } }))).toBe('program.steps: got 40; allowed: an integer in [1, 16]');
    expect(messageOf(edit({ question: { en: 3 } }))).toBe('question.en: got 3; allowed: a non-empty string');
  });
});

describe('seeded controller', () => {
  it('keeps the question’s words and drops numbers and symbols', () => {
    expect(questionWords('¿Cuántas filas tienen X > 10?')).toEqual(['cuántas', 'filas', 'tienen', 'x']);
  });
  it('gives softmax weights that depend on the seed and the question', () => {
    const settings = { seed: 3, steps: 4, hidden: 8, sharpness: 1 };
    const a = runController(settings, 'how many rows have x', ['X', 'Y']);
    expect(a.weights).toHaveLength(4);
    expect(a.history).toHaveLength(4);
    for (const w of a.weights) {
      expect(w.op).toHaveLength(9);
      expect(w.column).toHaveLength(2);
      expect(w.op.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(w.op.every((v) => v > 0 && v < 1)).toBe(true);
    }
    expect(runController(settings, 'how many rows have x', ['X', 'Y'])).toEqual(a);
    expect(runController({ ...settings, seed: 4 }, 'how many rows have x', ['X', 'Y']).weights[0]!.op).not.toEqual(a.weights[0]!.op);
    expect(runController(settings, 'sum of y', ['X', 'Y']).weights[0]!.op).not.toEqual(a.weights[0]!.op);
    // Sharpness 0 gives uniform weights.
    const flat = runController({ ...settings, sharpness: 0 }, 'x', ['X', 'Y']);
    expect(Array.from(flat.weights[0]!.op)).toEqual(Array(9).fill(1 / 9));
  });
});
