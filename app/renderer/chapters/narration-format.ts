/**
 * Chapter-neutral helpers for the narration's KaTeX: a number in the UI language, a vector written out (or
 * abbreviated when long), and the index of a vector's largest entry (core/math/vector.ts, the one the models use).
 */
import { formatNumber, type Language } from '../../shared/i18n/i18n.ts';

export { argmax } from '#core/math/vector.ts';

/** A number for KaTeX in the UI language (a Spanish decimal comma as `{,}` so TeX adds no space after it). */
export function texNumber(language: Language, x: number, decimals = 2): string {
  return formatNumber(language, x, decimals).replace(',', '{,}');
}

/** How {@link texVector} writes a vector. */
export interface TexVectorOptions {
  /** Vectors longer than this are abbreviated (default: never). */
  readonly max?: number;
  /** Entries kept before `\dots` when abbreviated (default: {@link max}). */
  readonly head?: number;
  /** Entries kept after `\dots` when abbreviated (default: none). */
  readonly tail?: number;
  /** How one entry is written (default: {@link texNumber} with two decimals). */
  readonly entry?: (x: number) => string;
}

/**
 * A vector for KaTeX, `\left[v_1,\ v_2,\ …\right]`; one longer than `max` keeps its first `head` and last `tail`
 * entries around `\dots`.
 */
export function texVector(language: Language, v: ArrayLike<number>, options: TexVectorOptions = {}): string {
  const entry = options.entry ?? ((x: number) => texNumber(language, x));
  const all = Array.from(v);
  const max = options.max ?? Infinity;
  let parts: string[];
  if (all.length > max) {
    const tail = options.tail ?? 0;
    parts = [...all.slice(0, options.head ?? max).map(entry), '\\dots', ...(tail > 0 ? all.slice(-tail).map(entry) : [])];
  } else parts = all.map(entry);
  return `\\left[${parts.join(',\\ ')}\\right]`;
}
