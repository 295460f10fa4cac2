/** Building and reading {@link ProgrammerTable}s and {@link StepWeights} from plain arrays. */
import type { ProgrammerTable, StepWeights } from './types.ts';

/** A table from rows of numbers (all the same length) and one name per column (default `c0`, `c1`, …). */
export function tableFromRows(rows: readonly (readonly number[])[], columnNames?: readonly string[]): ProgrammerTable {
  const columns = rows[0]?.length ?? columnNames?.length ?? 0;
  const data = new Float64Array(rows.length * columns);
  rows.forEach((row, i) => {
    if (row.length !== columns) throw new RangeError(`row ${i} has ${row.length} numbers; expected ${columns}`);
    data.set(row, i * columns);
  });
  const names = columnNames ?? Array.from({ length: columns }, (_, j) => `c${j}`);
  if (names.length !== columns) throw new RangeError(`${names.length} column names for ${columns} columns`);
  return { rows: rows.length, columns, columnNames: names, data };
}

/** The rows of a table as arrays (for JSON and tests). */
export function tableRows(table: ProgrammerTable): number[][] {
  return Array.from({ length: table.rows }, (_, i) => Array.from(table.data.subarray(i * table.columns, (i + 1) * table.columns)));
}

/** Step weights from plain arrays. */
export function stepWeights(op: readonly number[], column: readonly number[]): StepWeights {
  return { op: Float64Array.from(op), column: Float64Array.from(column) };
}
