/**
 * A small parser for the numeric CSV files of the attention data (core/models/attention/data/): rows of
 * comma-separated decimal numbers, no header, optional spaces, `\n` or `\r\n` line ends, blank lines ignored.
 */
import { previewString } from '../../scenario/describe-value.ts';
import { ValidationError } from '../../scenario/validate.ts';

/**
 * Parses numeric CSV text into rows of numbers. Every row must have the same number of columns and every
 * cell must be a finite decimal number; otherwise a {@link ValidationError} names the row and column
 * (`name[row][column]`, both from 0).
 */
export function parseNumericCsv(text: string, name = 'csv'): number[][] {
  const rows: number[][] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line) => {
    if (line.trim() === '') return;
    const r = rows.length;
    const cells = line.split(',').map((cell, c) => {
      const trimmed = cell.trim();
      const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
      if (!Number.isFinite(value)) {
        throw new ValidationError(`${name}[${r}][${c}]`, `got ${previewString(trimmed)}`, 'a finite decimal number');
      }
      return value;
    });
    const first = rows[0];
    if (first !== undefined && cells.length !== first.length) {
      throw new ValidationError(`${name}[${r}]`, `got ${cells.length} columns`, `${first.length} columns, as in row 0`);
    }
    rows.push(cells);
  });
  if (rows.length === 0) throw new ValidationError(name, 'no rows', 'at least one row of numbers');
  return rows;
}

/** The columns of a rows × columns table: `transpose(t)[j][i] = t[i][j]`. */
export function transpose(table: readonly (readonly number[])[]): number[][] {
  const columns = table[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, j) => table.map((row) => row[j] ?? 0));
}
