/**
 * The real attention data of the lecture, from Olah & Carter's Distill article (CC-BY 4.0; see
 * data/README.md): the English→French alignment of Bahdanau, Cho & Bengio 2014 (Fig. 3) and the
 * Listen-Attend-Spell speech example of Chan et al. 2015. The CSV files are bundled as text (`?raw`).
 *
 * In both files row i, column j is the weight between input item i and output item j, so output step j's
 * attention over the inputs is column j. The numbers are rounded to two decimals by the source, so columns do
 * not sum exactly to 1: the translation's columns sum to 0.96–1.00, the speech's to 0.87–1.35 (the speech
 * figure is not normalised per character). The presets show the columns as given ({@link columnSums}).
 */
import translationCsv from './data/translation-en-fr.csv?raw';
import speechCsv from './data/speech-woodchuck.csv?raw';
import { parseNumericCsv, transpose } from './csv.ts';

/** The credit line the CC-BY 4.0 licence requires, for the app's About view and the README. */
export const CREDIT =
  'Attention data (translation and speech): Chris Olah and Shan Carter, "Attention and Augmented Recurrent Neural Networks", ' +
  'Distill, 2016, doi:10.23915/distill.00001 (CC-BY 4.0); after Bahdanau, Cho & Bengio 2014 (Fig. 3) and Chan et al. 2015 (Listen, Attend and Spell).';

/** The licence of the bundled data. */
export const DATA_LICENCE = 'CC-BY-4.0';

/** English source tokens of the translation data (its rows), as listed in data/README.md. */
export const TRANSLATION_SOURCE_TOKENS: readonly string[] = Object.freeze([
  'the',
  'agreement',
  'on',
  'the',
  'European',
  'Economic',
  'Area',
  'was',
  'signed',
  'in',
  'August',
  '1992',
  '.',
  '<end>',
]);

/** French target tokens of the translation data (its columns). */
export const TRANSLATION_TARGET_TOKENS: readonly string[] = Object.freeze([
  'l’',
  'accord',
  'sur',
  'la',
  'zone',
  'économique',
  'européenne',
  'a',
  'été',
  'signé',
  'en',
  'août',
  '1992',
  '.',
  '<end>',
]);

/** Output characters of the speech data (its columns); `_` is a space. */
export const SPEECH_CHARACTERS: readonly string[] = Object.freeze([...'how_much_would_a_woodchuck_chuck'.split(''), '<end>']);

/** Number of audio frames (rows) of the speech data. */
export const SPEECH_FRAMES = 38;

/** An alignment: `weights[t][j]` is output step t's weight on input item j (one row per output step). */
export interface AlignmentData {
  readonly inputTokens: readonly string[];
  readonly outputTokens: readonly string[];
  /** Output steps × input items. */
  readonly weights: readonly (readonly number[])[];
}

function alignment(csv: string, name: string, inputTokens: readonly string[], outputTokens: readonly string[]): AlignmentData {
  const table = parseNumericCsv(csv, name);
  if (table.length !== inputTokens.length || table[0]?.length !== outputTokens.length) {
    throw new Error(`${name}: expected ${inputTokens.length} rows × ${outputTokens.length} columns, got ${table.length} × ${table[0]?.length ?? 0}`);
  }
  return { inputTokens, outputTokens, weights: transpose(table) };
}

/** The English→French alignment (15 French steps × 14 English tokens), columns of translation-en-fr.csv. */
export function translationAlignment(): AlignmentData {
  return alignment(translationCsv, 'translation-en-fr.csv', TRANSLATION_SOURCE_TOKENS, TRANSLATION_TARGET_TOKENS);
}

/** The speech alignment (33 characters × 38 audio frames), columns of speech-woodchuck.csv; frames are named `f0`…`f37`. */
export function speechAlignment(): AlignmentData {
  const frames = Array.from({ length: SPEECH_FRAMES }, (_, i) => `f${i}`);
  return alignment(speechCsv, 'speech-woodchuck.csv', frames, SPEECH_CHARACTERS);
}

/** The sum of each output step's weights (1 for an exact distribution; the rounded data is near it). */
export function columnSums(data: AlignmentData): number[] {
  return data.weights.map((row) => row.reduce((a, b) => a + b, 0));
}
