/**
 * The saved ACT model file (`core/models/act/trained/<model>.json`, written by `npm run train -- act-parity`):
 * a model card, the final weights and the training checkpoints, and its validating loader. The weights are
 * an {@link ActCell}, so the float64 reference (core/models/act) and the GPU cell (core/gpu/act) run them as is.
 */
import { ValidationError, expectMatrix, expectNumber, expectObject, expectVector, join } from '#core/scenario/validate.ts';
import type { ActCell } from '../cell.ts';
import type { ParityHeldOut } from './held-out.ts';

/** The model card: what was trained, on what, how, and how well. */
export interface ActModelCard {
  readonly task: string;
  readonly generator: string;
  readonly seed: number;
  readonly sizes: {
    readonly bits: number;
    readonly stateSize: number;
    readonly maxSteps: number;
    readonly epsilon: number;
    readonly tau: number;
    readonly batch: number;
  };
  readonly optimiser: string;
  readonly steps: number;
  readonly wallTimeSeconds: number;
  readonly machine: string;
  readonly library: string;
  readonly finalLoss: number;
  readonly heldOut: ParityHeldOut & { readonly seed: number };
}

/** One training snapshot: the weights after `step` optimiser steps and the batch loss there. */
export interface ActCheckpoint {
  readonly step: number;
  readonly loss: number;
  readonly weights: ActCell;
}

/** A trained ACT model file. */
export interface TrainedActFile {
  readonly card: ActModelCard;
  readonly weights: ActCell;
  readonly checkpoints: ActCheckpoint[];
}

/** Validates a cell's weights under `path`: consistent sizes D, I, O. */
export function parseActCell(value: unknown, path: string): ActCell {
  const o = expectObject(value, path);
  const size = (key: string): number => expectNumber(o[key], join(path, key), { integer: true, min: 1, max: 1024 });
  const stateSize = size('stateSize');
  const inputSize = size('inputSize');
  const outputSize = size('outputSize');
  const matrix = (key: string, rows: number, columns: number): number[][] => {
    const m = expectMatrix(o[key], join(path, key), { minRows: rows, columns });
    if (m.length !== rows) throw new ValidationError(join(path, key), `got ${m.length} rows`, `${rows} rows of ${columns} numbers`);
    return m;
  };
  return {
    stateSize,
    inputSize,
    outputSize,
    recurrentWeights: matrix('recurrentWeights', stateSize, stateSize),
    inputWeights: matrix('inputWeights', stateSize, inputSize + 1),
    bias: expectVector(o.bias, join(path, 'bias'), { length: stateSize }),
    outputWeights: matrix('outputWeights', outputSize, stateSize),
    outputBias: expectVector(o.outputBias, join(path, 'outputBias'), { length: outputSize }),
    haltingWeights: expectVector(o.haltingWeights, join(path, 'haltingWeights'), { length: stateSize }),
    haltingBias: expectNumber(o.haltingBias, join(path, 'haltingBias')),
  };
}

/**
 * Validates a trained ACT file (the weights and every checkpoint; the card's fields the app reads), throwing a
 * {@link ValidationError} that names the field.
 */
export function parseTrainedActFile(value: unknown): TrainedActFile {
  const o = expectObject(value, '');
  const card = expectObject(o.card, 'card');
  const sizes = expectObject(card.sizes, 'card.sizes');
  expectNumber(sizes.maxSteps, 'card.sizes.maxSteps', { integer: true, min: 1 });
  expectNumber(sizes.epsilon, 'card.sizes.epsilon', { min: 0, max: 1, maxExclusive: true });
  expectNumber(card.steps, 'card.steps', { integer: true, min: 0 });
  const weights = parseActCell(o.weights, 'weights');
  if (!Array.isArray(o.checkpoints) || o.checkpoints.length === 0) {
    throw new ValidationError(
      'checkpoints',
      Array.isArray(o.checkpoints) ? 'got an empty array' : 'not an array',
      'an array of ≥ 1 {"step", "loss", "weights"}',
    );
  }
  const checkpoints = o.checkpoints.map((c, i) => {
    const path = join('checkpoints', i);
    const co = expectObject(c, path);
    const w = parseActCell(co.weights, join(path, 'weights'));
    if (w.stateSize !== weights.stateSize || w.inputSize !== weights.inputSize) {
      throw new ValidationError(
        join(path, 'weights'),
        `got sizes D = ${w.stateSize}, I = ${w.inputSize}`,
        `the final weights' sizes D = ${weights.stateSize}, I = ${weights.inputSize}`,
      );
    }
    return {
      step: expectNumber(co.step, join(path, 'step'), { integer: true, min: 0 }),
      loss: expectNumber(co.loss, join(path, 'loss')),
      weights: w,
    };
  });
  return { card: card as unknown as ActModelCard, weights, checkpoints };
}
