import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { sigmoid } from '#core/models/act/cell.ts';
import { parityExamples } from '#core/models/act/parity-data.ts';
import { ponderWithCell } from '#core/models/act/ponder.ts';
import { trainedActFile } from '#core/models/act/trained/registry.ts';
import { parityLoss, ponderBatch, toVariables } from './model.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('act-parity: the float64 reference against TensorFlow.js (a second implementation)', () => {
  const file = trainedActFile('act-parity');
  const { epsilon, maxSteps } = file.card.sizes;
  const examples = parityExamples(424_242, file.weights.inputSize, 40);

  it.each([
    ['the final weights', file.weights],
    ['the first checkpoint', file.checkpoints[0]!.weights],
    ['a middle checkpoint', file.checkpoints[2]!.weights],
  ])('%s: same N, halting values and σ(y) within 1e-6', (_, cell) => {
    const v = toVariables(cell);
    const { steps, halting, probabilities } = tf.tidy(() => {
      const r = ponderBatch(
        v,
        examples.map((e) => e.input),
        epsilon,
        maxSteps,
      );
      return { steps: r.steps, halting: r.halting, probabilities: Array.from(tf.sigmoid(r.logits).dataSync()) };
    });
    examples.forEach((e, i) => {
      const ref = ponderWithCell(cell, e.input, new Array<number>(cell.stateSize).fill(0), epsilon, maxSteps);
      expect(steps[i], `example ${i} N`).toBe(ref.decision.steps);
      ref.ponders.forEach((p, n) => expect(Math.abs(p.halting - halting[i]![n]!), `example ${i} h^${n + 1}`).toBeLessThanOrEqual(1e-6));
      expect(Math.abs(sigmoid(ref.output[0]!) - probabilities[i]!), `example ${i} σ(y)`).toBeLessThanOrEqual(1e-6);
    });
    Object.values(v).forEach((t: tf.Variable) => t.dispose());
  });

  it('the loss is the cross-entropy plus τ times the mean of N + R', () => {
    const v = toVariables(file.weights);
    const inputs = examples.slice(0, 8).map((e) => e.input);
    const targets = examples.slice(0, 8).map((e) => e.target);
    const [withTau, withoutTau, ponder] = tf.tidy(() => {
      const r = ponderBatch(v, inputs, epsilon, maxSteps);
      return [parityLoss(r, targets, 0.5).arraySync(), parityLoss(r, targets, 0).arraySync(), tf.mean(r.ponderCost).dataSync()[0]!];
    });
    const expected = examples.slice(0, 8).reduce((a, e) => {
      const ref = ponderWithCell(file.weights, e.input, new Array<number>(file.weights.stateSize).fill(0), epsilon, maxSteps);
      const p = sigmoid(ref.output[0]!);
      return a - (e.target === 1 ? Math.log(p) : Math.log(1 - p)) / 8;
    }, 0);
    expect(withoutTau).toBeCloseTo(expected, 4);
    expect(withTau - withoutTau).toBeCloseTo(0.5 * ponder, 5);
    Object.values(v).forEach((t: tf.Variable) => t.dispose());
  });
});
