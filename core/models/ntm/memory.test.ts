import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraseAddWrite, memoryFromRows, memoryRow, memoryToRows, readMemory, simplifiedWrite } from './memory.ts';

const memory = memoryFromRows([
  [1, 2],
  [3, 4],
  [0, 0],
]);

describe('memory layout', () => {
  it('round-trips rows and views a row', () => {
    expect(memoryToRows(memory)).toEqual([
      [1, 2],
      [3, 4],
      [0, 0],
    ]);
    expect(Array.from(memoryRow(memory, 1))).toEqual([3, 4]);
    expect(memory.rows).toBe(3);
    expect(memory.columns).toBe(2);
    expect(() => memoryFromRows([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe('read (NTM eq. 2)', () => {
  it('r = Σ w(i) M_i by hand', () => {
    expect(Array.from(readMemory(memory, [0, 1, 0]))).toEqual([3, 4]);
    expect(Array.from(readMemory(memory, [0.5, 0.5, 0]))).toEqual([2, 3]);
    expect(Array.from(readMemory(memory, [0, 0, 1]))).toEqual([0, 0]);
  });
});

describe('write (NTM eqs. 3–4 and the lecture)', () => {
  it('erase then add by hand, leaving the input memory untouched', () => {
    const after = eraseAddWrite(memory, [0.5, 0, 1], [1, 0.5], [10, 20]);
    // row 0: [1(1−0.5), 2(1−0.25)] + 0.5·[10, 20]; row 1 untouched; row 2: [0, 0] + [10, 20]
    expect(memoryToRows(after)).toEqual([
      [5.5, 11.5],
      [3, 4],
      [10, 20],
    ]);
    expect(memoryToRows(memory)).toEqual([
      [1, 2],
      [3, 4],
      [0, 0],
    ]);
  });
  it('e = 0 and a = 0 leave the memory unchanged; w one-hot with e = 1 replaces the row', () => {
    expect(memoryToRows(eraseAddWrite(memory, [0.3, 0.3, 0.4], [0, 0], [0, 0]))).toEqual(memoryToRows(memory));
    expect(memoryToRows(eraseAddWrite(memory, [0, 1, 0], [1, 1], [7, 8]))).toEqual([
      [1, 2],
      [7, 8],
      [0, 0],
    ]);
  });
  it('the simplified write M_i ← w(i)·a + (1 − w(i))·M_i by hand', () => {
    expect(memoryToRows(simplifiedWrite(memory, [0.5, 0, 1], [10, 20]))).toEqual([
      [5.5, 11],
      [3, 4],
      [10, 20],
    ]);
  });
  it('the simplified write equals erase/add with e = 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 40, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (n, m, values, w, a) => {
          const mem = memoryFromRows(Array.from({ length: n }, (_, i) => values.slice(i * m, i * m + m)));
          const weights = w.slice(0, n);
          const add = a.slice(0, m);
          const simple = simplifiedWrite(mem, weights, add).data;
          const full = eraseAddWrite(mem, weights, new Array(m).fill(1), add).data;
          simple.forEach((x, k) => expect(x).toBeCloseTo(full[k]!, 12));
        },
      ),
    );
  });
});
