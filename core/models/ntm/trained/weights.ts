/**
 * The weight file of the trained copy NTM (core/models/ntm/trained/ntm-copy.json, written by
 * `npm run train -- ntm-copy`) and its validation: every matrix must have the shape the card's sizes give,
 * so a truncated or hand-edited file fails with the field named instead of computing nonsense.
 */
import { describeValue } from '#core/scenario/describe-value.ts';
import { ValidationError, expectMatrix, expectNumber, expectObject, expectVector, join } from '#core/scenario/validate.ts';
import type { NtmCopyWeights } from './controller.ts';
import type { NtmCopyModel } from './forward.ts';
import { controllerInputWidth, headLayerLayout, type NtmCopySizes } from './sizes.ts';

/** The model card: what was trained, how, and how well it does on held-out sequences. */
export interface NtmCopyCard {
  readonly task: string;
  readonly generator: string;
  readonly seed: number;
  readonly sizes: NtmCopySizes & {
    readonly maxLength: number;
    readonly readHeads: number;
    readonly writeHeads: number;
    readonly trainingSlots: number;
  };
  readonly optimiser: string;
  readonly steps: number;
  readonly wallTimeSeconds: number;
  readonly machine: string;
  readonly library: string;
  readonly finalLoss: number;
  readonly finalCurriculumLength: number;
  /** Mean wrong bits per sequence by length, for the NTM and the plain-LSTM baseline. */
  readonly heldOut: {
    readonly measure: string;
    readonly ntm: Readonly<Record<string, number>>;
    readonly lstm: Readonly<Record<string, number>>;
    readonly lstmBaseline: Readonly<Record<string, number>>;
  };
}

/** A training checkpoint: the weights after `step` steps and the running loss there. */
export interface NtmCopyCheckpoint {
  readonly step: number;
  readonly loss: number;
  readonly weights: NtmCopyWeights;
}

/** The whole file. */
export interface NtmCopyFile {
  readonly card: NtmCopyCard;
  readonly weights: NtmCopyWeights;
  readonly checkpoints: readonly NtmCopyCheckpoint[];
}

function parseSizes(value: unknown, path: string): NtmCopyCard['sizes'] {
  const s = expectObject(value, path);
  const int = (field: string, min = 1): number => expectNumber(s[field], join(path, field), { integer: true, min });
  return {
    bits: int('bits'),
    memoryWidth: int('memoryWidth'),
    hidden: int('hidden'),
    memoryInit: expectNumber(s.memoryInit, join(path, 'memoryInit')),
    clip: expectNumber(s.clip, join(path, 'clip'), { min: 0, minExclusive: true }),
    maxLength: int('maxLength'),
    readHeads: int('readHeads'),
    writeHeads: int('writeHeads'),
    trainingSlots: int('trainingSlots'),
  };
}

/** Checks a weight set against the sizes: W [I+H][4H], b [4H], W_h [H][P], b_h [P], W_y [H+M][bits], b_y [bits]. */
export function parseNtmCopyWeights(value: unknown, path: string, sizes: NtmCopySizes): NtmCopyWeights {
  const w = expectObject(value, path);
  const h = sizes.hidden;
  const p = headLayerLayout(sizes.memoryWidth).width;
  const matrix = (field: string, rows: number, columns: number): number[][] => expectMatrix(w[field], join(path, field), { rows, columns });
  const vector = (field: string, length: number): number[] => expectVector(w[field], join(path, field), { length });
  return {
    lstmKernel: matrix('lstmKernel', controllerInputWidth(sizes) + h, 4 * h),
    lstmBias: vector('lstmBias', 4 * h),
    headKernel: matrix('headKernel', h, p),
    headBias: vector('headBias', p),
    outKernel: matrix('outKernel', h + sizes.memoryWidth, sizes.bits),
    outBias: vector('outBias', sizes.bits),
  };
}

function numberRecord(value: unknown, path: string): Record<string, number> {
  const obj = expectObject(value, path);
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, expectNumber(v, join(path, k))]));
}

function parseCard(value: unknown): NtmCopyCard {
  const c = expectObject(value, 'card');
  const text = (field: string): string => {
    const v = c[field];
    if (typeof v !== 'string') throw new ValidationError(join('card', field), `got ${describeValue(v)}`, 'a string');
    return v;
  };
  const held = expectObject(c.heldOut, 'card.heldOut');
  if (typeof held.measure !== 'string') throw new ValidationError('card.heldOut.measure', 'missing', 'a string');
  return {
    task: text('task'),
    generator: text('generator'),
    seed: expectNumber(c.seed, 'card.seed', { integer: true, min: 0 }),
    sizes: parseSizes(c.sizes, 'card.sizes'),
    optimiser: text('optimiser'),
    steps: expectNumber(c.steps, 'card.steps', { integer: true, min: 0 }),
    wallTimeSeconds: expectNumber(c.wallTimeSeconds, 'card.wallTimeSeconds', { min: 0 }),
    machine: text('machine'),
    library: text('library'),
    finalLoss: expectNumber(c.finalLoss, 'card.finalLoss', { min: 0 }),
    finalCurriculumLength: expectNumber(c.finalCurriculumLength, 'card.finalCurriculumLength', { integer: true, min: 1 }),
    heldOut: {
      measure: held.measure,
      ntm: numberRecord(held.ntm, 'card.heldOut.ntm'),
      lstm: numberRecord(held.lstm, 'card.heldOut.lstm'),
      lstmBaseline: numberRecord(held.lstmBaseline, 'card.heldOut.lstmBaseline'),
    },
  };
}

/** Validates a parsed ntm-copy.json; throws a {@link ValidationError} naming the first bad field. */
export function parseNtmCopyFile(value: unknown): NtmCopyFile {
  const obj = expectObject(value, '');
  const card = parseCard(obj.card);
  const weights = parseNtmCopyWeights(obj.weights, 'weights', card.sizes);
  if (!Array.isArray(obj.checkpoints) || obj.checkpoints.length === 0) {
    throw new ValidationError('checkpoints', 'missing or empty', 'an array of { step, loss, weights }');
  }
  const checkpoints = obj.checkpoints.map((v: unknown, i): NtmCopyCheckpoint => {
    const path = join('checkpoints', i);
    const cp = expectObject(v, path);
    return {
      step: expectNumber(cp.step, join(path, 'step'), { integer: true, min: 0 }),
      loss: expectNumber(cp.loss, join(path, 'loss'), { min: 0 }),
      weights: parseNtmCopyWeights(cp.weights, join(path, 'weights'), card.sizes),
    };
  });
  return { card, weights, checkpoints };
}

/** A model loaded from the file: its sizes include the card's longest training length. */
export type TrainedNtmCopyModel = NtmCopyModel & { readonly sizes: NtmCopyCard['sizes'] };

/**
 * The model with the file's final weights, or with checkpoint `checkpoint` (0 = the untrained start, the last
 * index = the end of training). Throws a {@link ValidationError} for an index out of range.
 */
export function ntmCopyModel(file: NtmCopyFile, checkpoint?: number): TrainedNtmCopyModel {
  if (checkpoint === undefined) return { sizes: file.card.sizes, weights: file.weights };
  const i = expectNumber(checkpoint, 'checkpoint', { integer: true, min: 0, max: file.checkpoints.length - 1 });
  return { sizes: file.card.sizes, weights: file.checkpoints[i]!.weights };
}
