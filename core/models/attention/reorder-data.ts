/**
 * The reorder task's phrases (Bahdanau et al. 2014 Fig. 3 shows attention learning to reorder "zone économique
 * européenne"; here the same in a small generated Spanish → English task): the noun–adjective order of Spanish
 * becomes the adjective–noun order of English, so the learned alignment is not the diagonal.
 *
 *   el|la N A                 → the A' N'
 *   el|la N A V               → the A' N' V'
 *   el|la N A₁ y A₂           → the A₁' and A₂' N'      (A₁ ≠ A₂)
 *
 * Every phrase ends with `<end>`. The phrases are enumerated in a fixed order and split into training and
 * held-out sets by a seeded shuffle (core/math/random.ts), so the held-out phrases are combinations the model
 * never saw.
 */
import { seededRandom } from '../../math/random.ts';
import { ValidationError } from '../../scenario/validate.ts';

/** The seed of the shipped model's training/held-out split. */
export const REORDER_SPLIT_SEED = 1409;

/** The end-of-phrase token of both languages. */
export const END = '<end>';
/** The decoder's first input. */
export const START = '<start>';

/** Spanish nouns with their gender's determiner and English translation. */
export const NOUNS: readonly { readonly es: string; readonly det: 'el' | 'la'; readonly en: string }[] = [
  { es: 'gato', det: 'el', en: 'cat' },
  { es: 'perro', det: 'el', en: 'dog' },
  { es: 'libro', det: 'el', en: 'book' },
  { es: 'coche', det: 'el', en: 'car' },
  { es: 'casa', det: 'la', en: 'house' },
  { es: 'mesa', det: 'la', en: 'table' },
  { es: 'flor', det: 'la', en: 'flower' },
  { es: 'silla', det: 'la', en: 'chair' },
];
/** Spanish adjectives whose form does not depend on gender, and their English translations. */
export const ADJECTIVES: readonly { readonly es: string; readonly en: string }[] = [
  { es: 'azul', en: 'blue' },
  { es: 'verde', en: 'green' },
  { es: 'grande', en: 'big' },
  { es: 'gris', en: 'grey' },
  { es: 'feliz', en: 'happy' },
  { es: 'triste', en: 'sad' },
];
/** Spanish verbs (third person singular) and their English translations. */
export const VERBS: readonly { readonly es: string; readonly en: string }[] = [
  { es: 'duerme', en: 'sleeps' },
  { es: 'corre', en: 'runs' },
  { es: 'cae', en: 'falls' },
];

/** The Spanish vocabulary (source tokens), `<end>` last. */
export const SOURCE_VOCABULARY: readonly string[] = [
  'el',
  'la',
  ...NOUNS.map((n) => n.es),
  ...ADJECTIVES.map((a) => a.es),
  ...VERBS.map((v) => v.es),
  'y',
  END,
];
/** The English vocabulary (target tokens): `<start>` (decoder input only) and `<end>` last. */
export const TARGET_VOCABULARY: readonly string[] = [
  'the',
  ...NOUNS.map((n) => n.en),
  ...ADJECTIVES.map((a) => a.en),
  ...VERBS.map((v) => v.en),
  'and',
  START,
  END,
];

/** One phrase pair and, for each target token, the index of the source token it translates. */
export interface ReorderPair {
  readonly source: string[];
  readonly target: string[];
  readonly alignment: number[];
}

/** Every phrase pair of the task, in a fixed order (432 pairs). */
export function allReorderPairs(): ReorderPair[] {
  const pairs: ReorderPair[] = [];
  for (const n of NOUNS) {
    for (const a of ADJECTIVES) {
      pairs.push({ source: [n.det, n.es, a.es, END], target: ['the', a.en, n.en, END], alignment: [0, 2, 1, 3] });
      for (const v of VERBS) pairs.push({ source: [n.det, n.es, a.es, v.es, END], target: ['the', a.en, n.en, v.en, END], alignment: [0, 2, 1, 3, 4] });
      for (const b of ADJECTIVES) {
        if (b !== a)
          pairs.push({
            source: [n.det, n.es, a.es, 'y', b.es, END],
            target: ['the', a.en, 'and', b.en, n.en, END],
            alignment: [0, 2, 3, 4, 1, 5],
          });
      }
    }
  }
  return pairs;
}

/** The training and held-out phrase pairs: a seeded shuffle, `heldOutShare` of the pairs held out. */
export function splitReorderPairs(seed: number, heldOutShare = 0.15): { train: ReorderPair[]; heldOut: ReorderPair[] } {
  const pairs = allReorderPairs();
  const random = seededRandom(seed);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  const cut = Math.round(pairs.length * heldOutShare);
  return { heldOut: pairs.slice(0, cut), train: pairs.slice(cut) };
}

/**
 * The token ids of a Spanish phrase (words separated by spaces; `<end>` is added when missing). An unknown word
 * is refused with a message naming it and the vocabulary.
 */
export function sourceIds(phrase: string): number[] {
  const words = phrase
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.at(-1) !== END) words.push(END);
  return words.map((w, i) => {
    const id = SOURCE_VOCABULARY.indexOf(w.toLowerCase());
    if (id < 0) throw new ValidationError(`input[${i}]`, `unknown word "${w}"`, `the vocabulary: ${SOURCE_VOCABULARY.filter((v) => v !== END).join(', ')}`);
    return id;
  });
}
