/**
 * The parity vectors a lecturer types for the trained parity preset (`parity-trained`, Graves 2016 §3.1: entries
 * −1, 0 or +1): one input per group, groups separated by ";" or "|", entries by spaces ("1 0 -1 0 0 0 0 0; 0 1 …").
 * The Unicode minus "−" and a leading "+" are taken too. A bad entry or a wrong length is refused with a one-line
 * message naming the input and what is allowed, in the UI language.
 */
import { ValidationError } from '#core/scenario/validate.ts';
import { format } from '#app/shared/i18n/i18n.ts';
import type { ParamValue } from '../../state/scenario-slice.ts';

/** At most this many inputs (one column of the overview each, so the overview stays legible). */
export const MAX_PARITY_INPUTS = 16;

/** The words of a refusal (templates with {max}, {bits}, {n}, {row}, {text}); English by default. */
export interface ParityVectorWords {
  readonly notText: string;
  readonly rowCount: string;
  readonly allowed: string;
  readonly badRow: string;
  readonly rowAllowed: string;
}

const ENGLISH_WORDS: ParityVectorWords = {
  notText: 'not text',
  rowCount: 'got {n} inputs',
  allowed: '1 to {max} inputs of {bits} entries −1, 0 or 1, inputs separated by ";"',
  badRow: 'input {row}: got "{text}"',
  rowAllowed: '{bits} entries −1, 0 or 1 separated by spaces',
};

/** Parity inputs as the panel shows them: entries with a true minus, inputs separated by "; ". */
export function formatParityVectors(rows: readonly (readonly number[])[]): string {
  return rows.map((r) => r.map((v) => (v < 0 ? '−1' : String(v))).join(' ')).join('; ');
}

const ENTRY = /^[+\-−]?[01]$/;

/** Parses typed parity inputs into rows of `bits` entries in {−1, 0, 1} (see the module comment). */
export function parseParityVectors(value: ParamValue, name: string, bits: number, words: ParityVectorWords = ENGLISH_WORDS): number[][] {
  const allowed = format(words.allowed, { max: MAX_PARITY_INPUTS, bits });
  if (typeof value !== 'string') throw new ValidationError(name, words.notText, allowed);
  const rows = value
    .split(/[;|\n]/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (rows.length < 1 || rows.length > MAX_PARITY_INPUTS) throw new ValidationError(name, format(words.rowCount, { n: rows.length }), allowed);
  return rows.map((row, i) => {
    const entries = row.split(/[\s,]+/);
    if (entries.length !== bits || !entries.every((e) => ENTRY.test(e))) {
      throw new ValidationError(name, format(words.badRow, { row: i + 1, text: row.slice(0, 40) }), format(words.rowAllowed, { bits }));
    }
    return entries.map((e) => (e.endsWith('0') ? 0 : /^[-−]/.test(e) ? -1 : 1));
  });
}
