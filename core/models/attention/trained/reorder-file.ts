/**
 * The saved reorder model (`core/models/attention/trained/attention-reorder.json`, written by
 * `npm run train -- attention-reorder`): model card, weights, checkpoints, and a loader that checks every
 * matrix's shape against the vocabularies and the card's sizes (a clear message naming the field).
 */
import { ValidationError, expectMatrix, expectNumber, expectObject, expectVector, join } from '#core/scenario/validate.ts';
import { SOURCE_VOCABULARY, TARGET_VOCABULARY } from '../reorder-data.ts';
import type { ReorderWeights } from './reorder-model.ts';
import type { ReorderHeldOut } from './reorder-held-out.ts';
import type { ReorderSizes } from './reorder-init.ts';

/** The model card fields Atenea reads. */
export interface ReorderCard {
  readonly steps: number;
  readonly library: string;
  readonly wallTimeSeconds: number;
  readonly sizes: ReorderSizes;
  readonly heldOut: ReorderHeldOut;
}

/** A parsed reorder file. */
export interface ReorderFile {
  readonly card: ReorderCard;
  readonly weights: ReorderWeights;
  readonly checkpoints: { readonly step: number; readonly loss: number; readonly weights: ReorderWeights }[];
}

function parseWeights(value: unknown, path: string, s: ReorderSizes): ReorderWeights {
  const o = expectObject(value, path);
  const m = (v: unknown, p: string, rows: number, columns: number): number[][] => {
    const x = expectMatrix(v, p, { minRows: rows, columns });
    if (x.length !== rows) throw new ValidationError(p, `got ${x.length} rows`, `${rows} rows of ${columns} numbers`);
    return x;
  };
  const vec = (v: unknown, p: string, length: number): number[] => expectVector(v, p, { length });
  const k = 2 * s.encoder;
  const rec = (key: string): ReorderWeights['forward'] => {
    const r = expectObject(o[key], join(path, key));
    return {
      W: m(r.W, join(path, `${key}.W`), s.encoder, s.embedding),
      U: m(r.U, join(path, `${key}.U`), s.encoder, s.encoder),
      b: vec(r.b, join(path, `${key}.b`), s.encoder),
    };
  };
  const init = expectObject(o.init, join(path, 'init'));
  const a = expectObject(o.attention, join(path, 'attention'));
  const d = expectObject(o.decoder, join(path, 'decoder'));
  const out = expectObject(o.output, join(path, 'output'));
  const p = (x: string): string => join(path, x);
  return {
    sourceEmbedding: m(o.sourceEmbedding, p('sourceEmbedding'), SOURCE_VOCABULARY.length, s.embedding),
    targetEmbedding: m(o.targetEmbedding, p('targetEmbedding'), TARGET_VOCABULARY.length, s.embedding),
    forward: rec('forward'),
    backward: rec('backward'),
    init: { W: m(init.W, p('init.W'), s.decoder, s.encoder), b: vec(init.b, p('init.b'), s.decoder) },
    attention: {
      W: m(a.W, p('attention.W'), s.attention, s.decoder),
      U: m(a.U, p('attention.U'), s.attention, k),
      b: vec(a.b, p('attention.b'), s.attention),
      v: vec(a.v, p('attention.v'), s.attention),
    },
    decoder: {
      Ws: m(d.Ws, p('decoder.Ws'), s.decoder, s.decoder),
      Wy: m(d.Wy, p('decoder.Wy'), s.decoder, s.embedding),
      Wc: m(d.Wc, p('decoder.Wc'), s.decoder, k),
      b: vec(d.b, p('decoder.b'), s.decoder),
    },
    output: { W: m(out.W, p('output.W'), TARGET_VOCABULARY.length, s.decoder + k), b: vec(out.b, p('output.b'), TARGET_VOCABULARY.length) },
  };
}

/** Validates a reorder file, throwing a {@link ValidationError} naming the field. */
export function parseReorderFile(value: unknown): ReorderFile {
  const o = expectObject(value, '');
  const card = expectObject(o.card, 'card');
  const sizesObject = expectObject(card.sizes, 'card.sizes');
  const size = (key: keyof ReorderSizes): number => expectNumber(sizesObject[key], join('card.sizes', key), { integer: true, min: 1, max: 512 });
  const sizes: ReorderSizes = {
    embedding: size('embedding'),
    encoder: size('encoder'),
    decoder: size('decoder'),
    attention: size('attention'),
  };
  const held = expectObject(card.heldOut, 'card.heldOut');
  const heldOut: ReorderHeldOut = {
    phrases: expectNumber(held.phrases, 'card.heldOut.phrases', { integer: true, min: 1 }),
    exactMatch: expectNumber(held.exactMatch, 'card.heldOut.exactMatch', { min: 0, max: 1 }),
    meanAlignedWeight: expectNumber(held.meanAlignedWeight, 'card.heldOut.meanAlignedWeight', { min: 0, max: 1 }),
  };
  const steps = expectNumber(card.steps, 'card.steps', { integer: true, min: 0 });
  const library = typeof card.library === 'string' ? card.library : 'unknown';
  const wallTimeSeconds = expectNumber(card.wallTimeSeconds, 'card.wallTimeSeconds', { min: 0 });
  if (!Array.isArray(o.checkpoints) || o.checkpoints.length === 0)
    throw new ValidationError('checkpoints', 'not a non-empty array', 'an array of ≥ 1 {"step", "loss", "weights"}');
  const checkpoints = o.checkpoints.map((c, i) => {
    const co = expectObject(c, join('checkpoints', i));
    return {
      step: expectNumber(co.step, join('checkpoints', `${i}.step`), { integer: true, min: 0 }),
      loss: expectNumber(co.loss, join('checkpoints', `${i}.loss`)),
      weights: parseWeights(co.weights, join('checkpoints', `${i}.weights`), sizes),
    };
  });
  return { card: { steps, library, wallTimeSeconds, sizes, heldOut }, weights: parseWeights(o.weights, 'weights', sizes), checkpoints };
}
