import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { REORDER_SPLIT_SEED, SOURCE_VOCABULARY, START, TARGET_VOCABULARY, splitReorderPairs } from '#core/models/attention/reorder-data.ts';
import { initialReorderWeights } from '#core/models/attention/trained/reorder-init.ts';
import { translate } from '#core/models/attention/trained/reorder-model.ts';
import { forcedForward, toVariables } from './model.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('attention-reorder: the float64 reference against TensorFlow.js (a second implementation)', () => {
  const { heldOut } = splitReorderPairs(REORDER_SPLIT_SEED);
  const weights = initialReorderWeights(5, { embedding: 12, encoder: 16, decoder: 32, attention: 24 });

  it.each([4, 5, 6])('phrases of %i source tokens: attention weights and word probabilities within 1e-6 (teacher-forced)', (length) => {
    const pairs = heldOut.filter((p) => p.source.length === length).slice(0, 4);
    const sources = pairs.map((p) => p.source.map((t) => SOURCE_VOCABULARY.indexOf(t)));
    const targets = pairs.map((p) => p.target.map((t) => TARGET_VOCABULARY.indexOf(t)));
    const previous = targets.map((t) => [TARGET_VOCABULARY.indexOf(START), ...t.slice(0, -1)]);
    const v = toVariables(weights);
    const { alphas, probabilities } = tf.tidy(() => {
      const r = forcedForward(v, sources, previous);
      return {
        alphas: r.weights.map((w) => w.arraySync() as number[][]),
        probabilities: r.logits.map((l) => tf.softmax(l).arraySync() as number[][]),
      };
    });
    pairs.forEach((_, k) => {
      const ref = translate(weights, sources[k]!, { forced: targets[k]! });
      ref.steps.forEach((s, i) => {
        s.weights.forEach((a, j) => expect(Math.abs(a - alphas[i]![k]![j]!), `phrase ${k} α[${i}][${j}]`).toBeLessThanOrEqual(1e-6));
        s.probabilities.forEach((p, w) => expect(Math.abs(p - probabilities[i]![k]![w]!), `phrase ${k} p[${i}][${w}]`).toBeLessThanOrEqual(1e-6));
      });
    });
    tf.dispose(Object.values(v).flatMap((x) => (x instanceof tf.Variable ? [x] : Object.values(x))));
  });
});
