/**
 * The reorder model's held-out figures: exact-match accuracy of greedy decoding (every word and the `<end>`
 * right), and how much attention each English word puts on the Spanish word it translates.
 */
import { SOURCE_VOCABULARY, type ReorderPair } from '../reorder-data.ts';
import { translate, type ReorderWeights } from './reorder-model.ts';

/** The figures on a set of phrase pairs. */
export interface ReorderHeldOut {
  readonly phrases: number;
  /** Share of phrases translated exactly. */
  readonly exactMatch: number;
  /** Mean α on the aligned source word, over every target word of every phrase (teacher-forced). */
  readonly meanAlignedWeight: number;
}

const round = (x: number): number => Number(x.toPrecision(6));

/** Computes the figures with the float64 reference. */
export function reorderHeldOut(w: ReorderWeights, pairs: readonly ReorderPair[]): ReorderHeldOut {
  let exact = 0;
  let aligned = 0;
  let words = 0;
  for (const p of pairs) {
    const ids = p.source.map((t) => SOURCE_VOCABULARY.indexOf(t));
    const greedy = translate(w, ids, { maxLength: p.target.length + 2 });
    if (greedy.words.join(' ') === p.target.join(' ')) exact++;
    greedy.steps.slice(0, p.target.length).forEach((s, i) => {
      aligned += s.weights[p.alignment[i]!] ?? 0;
      words++;
    });
  }
  return { phrases: pairs.length, exactMatch: round(exact / pairs.length), meanAlignedWeight: round(aligned / words) };
}
