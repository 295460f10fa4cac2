import { describe, expect, it } from 'vitest';
import { memoryToRows } from './memory.ts';
import { resolveNtmScenario } from './scenario.ts';
import { validationMessage } from '../../testing/validation-message.ts';

const messageOf = (value: unknown): string => validationMessage(() => resolveNtmScenario(value));

const minimal = {
  module: 'ntm',
  memory: [
    [1, 0],
    [0, 1],
    [0, 0],
  ],
  steps: [{}],
};

describe('NTM scenario files', () => {
  it('fills the documented defaults', () => {
    const s = resolveNtmScenario(minimal);
    expect(s.seed).toBe(0);
    expect(s.heads).toEqual([{ name: 'head', initialWeights: Float64Array.from([1 / 3, 1 / 3, 1 / 3]) }]);
    const step = s.steps[0]!;
    expect(step).toMatchObject({ head: 'head', role: 'read-write', write: 'erase-add', beta: 0, gate: 1, gamma: 1 });
    expect(Array.from(step.shift)).toEqual([0, 1, 0]);
    expect(Array.from(step.key)).toEqual([0, 0]);
    expect(Array.from(step.erase)).toEqual([0, 0]);
  });
  it('builds memories from a fill rule; a random fill depends only on the seed', () => {
    const spec = { module: 'ntm', seed: 42, memory: { rows: 3, columns: 2, fill: 'random', min: 0, max: 1 }, steps: [{}] };
    const a = resolveNtmScenario(spec).memory;
    expect(a.data).toEqual(resolveNtmScenario(spec).memory.data);
    expect(a.data).not.toEqual(resolveNtmScenario({ ...spec, seed: 43 }).memory.data);
    for (const x of a.data) expect(x >= 0 && x < 1).toBe(true);
    expect(memoryToRows(resolveNtmScenario({ ...spec, memory: { rows: 2, columns: 2, fill: 'constant', value: 0.5 } }).memory)).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(Array.from(resolveNtmScenario({ ...spec, memory: { rows: 2, columns: 3, fill: 'zeros' } }).memory.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });
  it('initial weights: uniform, one-hot, or listed', () => {
    const heads = [
      { name: 'a', initialWeights: { oneHot: 2 } },
      { name: 'b', initialWeights: [0.5, 0.5, 0] },
    ];
    const s = resolveNtmScenario({ ...minimal, heads, steps: [{ head: 'b' }] });
    expect(Array.from(s.heads[0]!.initialWeights)).toEqual([0, 0, 1]);
    expect(Array.from(s.heads[1]!.initialWeights)).toEqual([0.5, 0.5, 0]);
    expect(s.steps[0]!.head).toBe('b');
  });
  it('a simplified write erases with e = 1', () => {
    const s = resolveNtmScenario({ ...minimal, steps: [{ write: 'simplified', add: [1, 2] }] });
    expect(Array.from(s.steps[0]!.erase)).toEqual([1, 1]);
  });
  it('names the field and what is allowed', () => {
    expect(messageOf({ ...minimal, module: 'act' })).toBe('module: got the string "act"; allowed: one of "ntm"');
    expect(messageOf({ ...minimal, steps: [{}, { shift: [0.5, 0.5] }] })).toMatch(
      /^steps\[1\]\.shift: got even length 2; allowed: a probability vector of odd length/,
    );
    const wide = Array.from({ length: 131 }, (_, j) => (j === 65 ? 1 : 0));
    expect(messageOf({ ...minimal, steps: [{ shift: wide }] })).toBe('steps[0].shift: got length 131; allowed: at most 129 entries (K ≤ 64)');
    const widest = Array.from({ length: 129 }, (_, j) => (j === 64 ? 1 : 0));
    expect(Array.from(resolveNtmScenario({ ...minimal, steps: [{ shift: widest }] }).steps[0]!.shift)).toEqual(widest);
    expect(messageOf({ ...minimal, steps: [{ beta: -1 }] })).toBe('steps[0].beta: got -1; allowed: a finite number ≥ 0');
    expect(messageOf({ ...minimal, steps: [{ key: [1] }] })).toBe('steps[0].key: got length 1; allowed: an array of length 2 of finite numbers');
    expect(messageOf({ ...minimal, steps: [{ head: 'reader' }] })).toBe('steps[0].head: got the string "reader"; allowed: one of "head"');
    expect(messageOf({ ...minimal, steps: [{ role: 'look' }] })).toContain('allowed: one of "read", "write", "read-write"');
    expect(messageOf({ ...minimal, steps: [{ write: 'simplified', erase: [1, 1] }] })).toContain('steps[0].erase: given with write "simplified"');
    expect(messageOf({ ...minimal, steps: [{ bta: 1 }] })).toContain('steps[0].bta: unknown field');
    expect(messageOf({ ...minimal, steps: [] })).toBe('steps: empty; allowed: an array of ≥ 1 steps');
    expect(messageOf({ ...minimal, memory: { rows: 0, columns: 2, fill: 'zeros' } })).toBe('memory.rows: got 0; allowed: an integer ≥ 1');
    expect(messageOf({ ...minimal, memory: { rows: 2, columns: 2, fill: 'noise' } })).toContain('memory.fill: got the string "noise"');
    expect(messageOf({ ...minimal, heads: [{ name: 'a' }, { name: 'a' }] })).toContain('heads[1].name: "a" is used twice');
    expect(messageOf({ ...minimal, heads: [{ name: 'a', initialWeights: { oneHot: 3 } }] })).toBe(
      'heads[0].initialWeights.oneHot: got 3; allowed: an integer in [0, 2]',
    );
    expect(messageOf({ ...minimal, seed: 1.5 })).toContain('seed: got 1.5');
    expect(messageOf([])).toContain('allowed: a JSON object');
  });
});
