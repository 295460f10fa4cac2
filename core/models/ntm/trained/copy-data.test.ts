import { describe, expect, it } from 'vitest';
import { copyExamples, copyInput, copyMemorySlots } from './copy-data.ts';

describe('copy-task data (Graves et al. 2014, §4.1)', () => {
  it('is the sequence, a delimiter row, then L blank rows', () => {
    expect(
      copyInput([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(() => copyInput([])).toThrow(/at least one vector/);
  });
  it('is seeded: the same seed gives the same examples, lengths in 1..maxLength', () => {
    const a = copyExamples({ seed: 9, count: 50, bits: 6, maxLength: 6 });
    expect(copyExamples({ seed: 9, count: 50, bits: 6, maxLength: 6 })).toEqual(a);
    expect(copyExamples({ seed: 10, count: 50, bits: 6, maxLength: 6 })).not.toEqual(a);
    const lengths = new Set(a.map((e) => e.sequence.length));
    expect([...lengths].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const e of a) {
      expect(e.target).toEqual(e.sequence);
      expect(e.input).toHaveLength(2 * e.sequence.length + 1);
    }
  });
  it('uses 16 memory slots, more for long sequences', () => {
    expect([copyMemorySlots(6), copyMemorySlots(12), copyMemorySlots(24)]).toEqual([16, 16, 28]);
  });
});
