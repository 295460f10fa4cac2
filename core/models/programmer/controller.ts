/**
 * A small seeded controller that produces α_op and α_col the way the Neural Programmer's network does
 * (Neelakantan, Le & Sutskever 2016, §2.1–2.2), with random (untrained) weights drawn from a seed, so that a
 * lecture can show weights that look like a network's rather than hand-set ones.
 *
 * - Question RNN (§2.1): z_k = tanh(W_question [z_(k−1); V(w_k)]), z_0 = 0, q = z_Q (the last state).
 * - History RNN (§2.2): c_t = [U ᵀα_op_(t−1); P ᵀα_col_(t−1)], h_t = tanh(W_history [c_t; h_(t−1)]),
 *   with h_0 = 0 and α_·_0 = 0 (so c_1 = 0).
 * - Selector (§2.2): α_op_t = softmax(U tanh(W_op [q; h_t])), α_col_t = softmax(P tanh(W_col [q; h_t])).
 *   U (9 × d) embeds the operations, P (C × d) the column names. The lecture's `sharpness` multiplies the
 *   logits (1 is the paper's network; larger gives more decisive weights); it is not in the paper.
 *
 * Word and column-name embeddings are drawn from the seed and a hash of the word, so the same word gets the
 * same vector wherever it appears; numbers are removed from the question (the paper keeps them apart as
 * pivot candidates).
 */
import { seededRandom, type Random } from '../../math/random.ts';
import { softmax } from '../../math/softmax.ts';
import { OPERATION_COUNT, type StepWeights } from './types.ts';

/** The controller's settings (part of a scenario). */
export interface ControllerSettings {
  /** The seed of every random weight. */
  readonly seed: number;
  /** T, the number of steps (the paper uses 4). */
  readonly steps: number;
  /** d, the size of every embedding and hidden state. */
  readonly hidden: number;
  /** A factor on the softmax logits (1: the network as drawn). */
  readonly sharpness: number;
}

/** Defaults: T = 4 as in the paper, d = 8, sharpness 1. */
export const DEFAULT_CONTROLLER: Omit<ControllerSettings, 'seed'> = { steps: 4, hidden: 8, sharpness: 1 };

/** What the controller computed, for the views: the question vector and the history states beside the weights. */
export interface ControllerRun {
  /** q, length d. */
  readonly question: Float64Array;
  /** h_t for t = 1 … T. */
  readonly history: readonly Float64Array[];
  /** α_op_t and α_col_t for t = 1 … T. */
  readonly weights: readonly StepWeights[];
}

/** A row-major rows × columns matrix of normals scaled by 1/√columns (a common initialisation). */
function randomMatrix(random: Random, rows: number, columns: number): Float64Array {
  const m = new Float64Array(rows * columns);
  const scale = 1 / Math.sqrt(columns);
  for (let k = 0; k < m.length; k++) m[k] = random.normal() * scale;
  return m;
}

/** tanh(W x) for a row-major W of shape out × x.length. */
function tanhLayer(w: Float64Array, x: Float64Array, out: number): Float64Array {
  const y = new Float64Array(out);
  for (let r = 0; r < out; r++) {
    let s = 0;
    for (let c = 0; c < x.length; c++) s += w[r * x.length + c]! * x[c]!;
    y[r] = Math.tanh(s);
  }
  return y;
}

/** E v for a row-major E of shape n × v.length: one logit per embedded item. */
function logits(embeddings: Float64Array, v: Float64Array, n: number, sharpness: number): Float64Array {
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let c = 0; c < v.length; c++) s += embeddings[r * v.length + c]! * v[c]!;
    out[r] = sharpness * s;
  }
  return out;
}

/** Eᵀ α: the α-weighted mean of the embeddings (rows of E). */
function weightedEmbedding(embeddings: Float64Array, alpha: Float64Array, d: number): Float64Array {
  const out = new Float64Array(d);
  alpha.forEach((a, r) => {
    for (let c = 0; c < d; c++) out[c]! += a * embeddings[r * d + c]!;
  });
  return out;
}

/** A 32-bit FNV-1a hash of a string, to seed a word's embedding. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The question's words, lower-case, numbers and punctuation removed. */
export function questionWords(question: string): string[] {
  return question
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
}

function embed(word: string, seed: number, d: number): Float64Array {
  const random = seededRandom((hashString(word) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
  return Float64Array.from({ length: d }, () => random.normal());
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Runs the seeded controller over a question and a table's column names: T steps of α_op and α_col. */
export function runController(settings: ControllerSettings, question: string, columnNames: readonly string[]): ControllerRun {
  const { seed, steps, hidden: d, sharpness } = settings;
  const random = seededRandom(seed);
  const wQuestion = randomMatrix(random, d, 2 * d);
  const wHistory = randomMatrix(random, d, 3 * d);
  const wOp = randomMatrix(random, d, 2 * d);
  const wCol = randomMatrix(random, d, 2 * d);
  const u = randomMatrix(random, OPERATION_COUNT, d);
  const p = new Float64Array(columnNames.length * d);
  columnNames.forEach((name, j) => p.set(embed(`column:${name}`, seed, d), j * d));

  let q: Float64Array = new Float64Array(d);
  for (const word of questionWords(question)) q = tanhLayer(wQuestion, concat(q, embed(word, seed, d)), d);

  let h: Float64Array = new Float64Array(d);
  let previousOp: Float64Array = new Float64Array(OPERATION_COUNT);
  let previousCol: Float64Array = new Float64Array(columnNames.length);
  const history: Float64Array[] = [];
  const weights: StepWeights[] = [];
  for (let t = 0; t < steps; t++) {
    const c = concat(weightedEmbedding(u, previousOp, d), weightedEmbedding(p, previousCol, d));
    h = tanhLayer(wHistory, concat(c, h), d);
    const qh = concat(q, h);
    const op = Float64Array.from(softmax(logits(u, tanhLayer(wOp, qh, d), OPERATION_COUNT, sharpness)));
    const column = Float64Array.from(softmax(logits(p, tanhLayer(wCol, qh, d), columnNames.length, sharpness)));
    history.push(h);
    weights.push({ op, column });
    previousOp = op;
    previousCol = column;
  }
  return { question: q, history, weights };
}
