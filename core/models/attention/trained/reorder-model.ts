/**
 * The reorder model's forward pass in float64 (Bahdanau, Cho & Bengio 2014, §3 and Appendix A, with tanh
 * recurrent units in place of the paper's gated ones, and a linear output layer in place of its maxout):
 *
 *   encoder (§3.2): →h_j = tanh(W_f x_j + U_f →h_{j−1} + b_f), ←h_j = tanh(W_b x_j + U_b ←h_{j+1} + b_b),
 *                   h_j = [→h_j ; ←h_j], x_j the source word's embedding
 *   s_0 = tanh(W_init ←h_1 + b_init)                                          (Appendix A.2.2)
 *   e_ij = vᵀ tanh(W_a s_{i−1} + U_a h_j + b_a),  α_ij = softmax_j(e_ij),  c_i = Σ_j α_ij h_j   (eqs. 5–6)
 *   s_i = tanh(W_s s_{i−1} + W_y E y_{i−1} + W_c c_i + b_s)                   (eq. 4, Appendix A.2.2)
 *   p(y_i | …) = softmax(W_o [s_i ; c_i] + b_o)
 *
 * Greedy decoding: y_i is the most probable word, until `<end>` or `maxLength` words.
 */
import { dot } from '#core/math/vector.ts';
import { softmax } from '#core/math/softmax.ts';
import { END, START, TARGET_VOCABULARY } from '../reorder-data.ts';

/** A dense layer: rows are output units. */
export interface Dense {
  readonly W: readonly (readonly number[])[];
  readonly b: readonly number[];
}

/** A tanh recurrent layer: x_t → W x_t + U h_{t−1} + b. */
export interface Recurrent {
  readonly W: readonly (readonly number[])[];
  readonly U: readonly (readonly number[])[];
  readonly b: readonly number[];
}

/** All weights of the reorder model. */
export interface ReorderWeights {
  readonly sourceEmbedding: readonly (readonly number[])[];
  readonly targetEmbedding: readonly (readonly number[])[];
  readonly forward: Recurrent;
  readonly backward: Recurrent;
  readonly init: Dense;
  /** W_a (A × Ds), U_a (A × 2H), b_a (A), v (A). */
  readonly attention: {
    readonly W: readonly (readonly number[])[];
    readonly U: readonly (readonly number[])[];
    readonly b: readonly number[];
    readonly v: readonly number[];
  };
  /** W_s (Ds × Ds), W_y (Ds × E), W_c (Ds × 2H), b_s (Ds). */
  readonly decoder: {
    readonly Ws: readonly (readonly number[])[];
    readonly Wy: readonly (readonly number[])[];
    readonly Wc: readonly (readonly number[])[];
    readonly b: readonly number[];
  };
  readonly output: Dense;
}

const mv = (m: readonly (readonly number[])[], x: readonly number[]): number[] => m.map((row) => dot(row, x));
const add = (...vs: readonly (readonly number[])[]): number[] => vs[0]!.map((_, i) => vs.reduce((a, v) => a + v[i]!, 0));
const tanh = (v: readonly number[]): number[] => v.map(Math.tanh);

/** One recurrent step (§3.2): tanh(W x_t + U h_{t−1} + b). */
export function recurrentCell(r: Recurrent, x: readonly number[], h: readonly number[]): number[] {
  return tanh(add(mv(r.W, x), mv(r.U, h), r.b));
}

/** The encoder states h_1 … h_T (T rows of 2H) of source token ids. */
export function encode(w: ReorderWeights, ids: readonly number[]): number[][] {
  const x = ids.map((id) => w.sourceEmbedding[id]!);
  const size = w.forward.b.length;
  const run = (r: Recurrent, order: number[]): number[][] => {
    const out: number[][] = new Array<number[]>(ids.length);
    let h = new Array<number>(size).fill(0);
    for (const j of order) {
      h = recurrentCell(r, x[j]!, h);
      out[j] = h;
    }
    return out;
  };
  const positions = ids.map((_, j) => j);
  const f = run(w.forward, positions);
  const b = run(w.backward, [...positions].reverse());
  return positions.map((j) => [...f[j]!, ...b[j]!]);
}

/** s_0 = tanh(W_init ←h_1 + b_init) (Appendix A.2.2), from the encoder states. */
export function initialState(w: ReorderWeights, keys: readonly (readonly number[])[]): number[] {
  return tanh(add(mv(w.init.W, keys[0]!.slice(w.forward.b.length)), w.init.b));
}

/** The decoder cell (eq. 4): s_i = tanh(W_s s_{i−1} + W_y E y_{i−1} + W_c c_i + b_s). */
export function decoderCell(w: ReorderWeights, previous: readonly number[], previousId: number, context: readonly number[]): number[] {
  const d = w.decoder;
  return tanh(add(mv(d.Ws, previous), mv(d.Wy, w.targetEmbedding[previousId]!), mv(d.Wc, context), d.b));
}

/** p(y_i | …) = softmax(W_o [s_i ; c_i] + b_o). */
export function outputLayer(w: ReorderWeights, state: readonly number[], context: readonly number[]): number[] {
  return Array.from(softmax(add(mv(w.output.W, [...state, ...context]), w.output.b)));
}

/** One decoder step's numbers: the query s_{i−1}, scores, weights, context, new state and output distribution. */
export interface DecoderStep {
  readonly query: number[];
  readonly scores: number[];
  readonly weights: number[];
  readonly context: number[];
  readonly state: number[];
  readonly probabilities: number[];
}

/** One decoder step from s_{i−1} and the previous target id (module comment). */
export function decoderStep(w: ReorderWeights, keys: readonly (readonly number[])[], previous: readonly number[], previousId: number): DecoderStep {
  const a = w.attention;
  const ws = add(mv(a.W, previous), a.b);
  const scores = keys.map((h) => dot(a.v, tanh(add(ws, mv(a.U, h)))));
  const weights = Array.from(softmax(scores));
  const context = keys[0]!.map((_, k) => keys.reduce((sum, h, j) => sum + weights[j]! * h[k]!, 0));
  const state = decoderCell(w, previous, previousId, context);
  return { query: [...previous], scores, weights, context, state, probabilities: outputLayer(w, state, context) };
}

/** A decoded phrase: the keys, every decoder step, and the English words. */
export interface Translation {
  readonly keys: number[][];
  readonly steps: DecoderStep[];
  readonly words: string[];
}

/** How to decode: teacher-forced target ids (as in training), else greedy up to `maxLength` words. */
export interface DecodeOptions {
  readonly forced?: readonly number[];
  readonly maxLength?: number;
}

/** A decoder step's request: s_{i−1} and y_{i−1}. */
export interface StepRequest {
  readonly previous: readonly number[];
  readonly previousId: number;
}

/**
 * The decoding loop, apart from where its steps run (the float64 {@link decoderStep} here, WGSL in
 * core/gpu/attention/reorder-gpu.ts): yields each step's request, receives its {@link DecoderStep}.
 */
export function* decodeSteps(
  sourceLength: number,
  s0: readonly number[],
  options: DecodeOptions = {},
): Generator<StepRequest, { steps: DecoderStep[]; words: string[] }, DecoderStep> {
  let state: readonly number[] = s0;
  let previousId = TARGET_VOCABULARY.indexOf(START);
  const steps: DecoderStep[] = [];
  const words: string[] = [];
  const limit = options.forced?.length ?? options.maxLength ?? 2 * sourceLength + 2;
  while (steps.length < limit) {
    const step = yield { previous: state, previousId };
    steps.push(step);
    const best = step.probabilities.indexOf(Math.max(...step.probabilities));
    const id = options.forced ? options.forced[steps.length - 1]! : best;
    words.push(TARGET_VOCABULARY[best]!);
    state = step.state;
    previousId = id;
    if (!options.forced && TARGET_VOCABULARY[best] === END) break;
  }
  return { steps, words };
}

/**
 * Decodes source ids. With `forced` target ids the decoder is fed them (teacher forcing, as in training),
 * else its own most probable word (greedy), until `<end>` or `maxLength` words.
 */
export function translate(w: ReorderWeights, ids: readonly number[], options: DecodeOptions = {}): Translation {
  const keys = encode(w, ids);
  const run = decodeSteps(ids.length, initialState(w, keys), options);
  let next = run.next();
  while (!next.done) next = run.next(decoderStep(w, keys, next.value.previous, next.value.previousId));
  return { keys, ...next.value };
}
