/**
 * The NTM memory: building it, reading (NTM eq. 2) and writing (NTM eqs. 3–4, and the lecture's simplified
 * write). Writes return a new matrix; the input memory is never changed.
 */
import type { NumberList } from '../../math/types.ts';
import { weightedSumOfRows } from '../../math/vector.ts';
import type { MemoryMatrix } from './types.ts';

/** Builds an N × M memory from N rows of M numbers (N ≥ 1 rows of equal length). */
export function memoryFromRows(rows: readonly NumberList[]): MemoryMatrix {
  const n = rows.length;
  const m = n > 0 ? rows[0]!.length : 0;
  const data = new Float64Array(n * m);
  rows.forEach((row, i) => {
    if (row.length !== m) throw new RangeError(`memory row ${i} has length ${row.length}, expected ${m}`);
    data.set(Array.from(row), i * m);
  });
  return { rows: n, columns: m, data };
}

/** The memory as N arrays of M numbers (for JSON and display). */
export function memoryToRows(memory: MemoryMatrix): number[][] {
  return Array.from({ length: memory.rows }, (_, i) => Array.from(memoryRow(memory, i)));
}

/** Row i (slot i, the lecture's M_i), a view into the matrix (do not write to it). */
export function memoryRow(memory: MemoryMatrix, i: number): Float64Array {
  return memory.data.subarray(i * memory.columns, (i + 1) * memory.columns);
}

function checkWeights(memory: MemoryMatrix, weights: NumberList): void {
  if (weights.length !== memory.rows) throw new RangeError(`weights have length ${weights.length}, memory has ${memory.rows} rows`);
}

/** The read, NTM eq. (2): `r = Σ_i w(i) M_i` (the lecture's `r ← Σ_i a_i M_i`). */
export function readMemory(memory: MemoryMatrix, weights: NumberList): Float64Array {
  checkWeights(memory, weights);
  return weightedSumOfRows(weights, memory.data, memory.columns);
}

/**
 * The write, NTM eqs. (3)–(4): erase then add, `M_i ← M_i ∘ (1 − w(i) e) + w(i) a`, with e in [0, 1]^M.
 * Per entry: `M_ij (1 − w(i) e_j) + w(i) a_j`.
 */
export function eraseAddWrite(memory: MemoryMatrix, weights: NumberList, erase: NumberList, add: NumberList): MemoryMatrix {
  checkWeights(memory, weights);
  const { rows, columns, data } = memory;
  if (erase.length !== columns || add.length !== columns) {
    throw new RangeError(`erase and add must have length ${columns}, got ${erase.length} and ${add.length}`);
  }
  const out = new Float64Array(data.length);
  for (let i = 0; i < rows; i++) {
    const w = weights[i]!;
    for (let j = 0; j < columns; j++) {
      const k = i * columns + j;
      out[k] = data[k]! * (1 - w * erase[j]!) + w * add[j]!;
    }
  }
  return { rows, columns, data: out };
}

/**
 * The lecture's simplified write (Olah & Carter 2016): `M_i ← a_i w + (1 − a_i) M_i`, where a_i is the
 * attention on slot i and w the vector written. Here, in the NTM's letters, `M_i ← w(i) a + (1 − w(i)) M_i`.
 * It is exactly the erase/add write with e = 1 (every entry), which the tests check.
 */
export function simplifiedWrite(memory: MemoryMatrix, weights: NumberList, add: NumberList): MemoryMatrix {
  checkWeights(memory, weights);
  const { rows, columns, data } = memory;
  if (add.length !== columns) throw new RangeError(`add must have length ${columns}, got ${add.length}`);
  const out = new Float64Array(data.length);
  for (let i = 0; i < rows; i++) {
    const w = weights[i]!;
    for (let j = 0; j < columns; j++) {
      const k = i * columns + j;
      out[k] = w * add[j]! + (1 - w) * data[k]!;
    }
  }
  return { rows, columns, data: out };
}
