import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, copyMemorySlots } from '#core/models/ntm/trained/copy-data.ts';
import { runTrainedCopySync } from '#core/models/ntm/trained/forward.ts';
import { ntmCopyFile } from '#core/models/ntm/trained/ntm-copy-file.ts';
import { ntmCopyModel } from '#core/models/ntm/trained/weights.ts';
import type { NtmCopyWeights } from '#core/models/ntm/trained/controller.ts';
import { runNtm, type NtmTensors } from './model.ts';

function tensors(w: NtmCopyWeights): NtmTensors {
  return {
    lstmKernel: tf.tensor2d(w.lstmKernel as number[][]),
    lstmBias: tf.tensor1d(w.lstmBias as number[]),
    headKernel: tf.tensor2d(w.headKernel as number[][]),
    headBias: tf.tensor1d(w.headBias as number[]),
    outKernel: tf.tensor2d(w.outKernel as number[][]),
    outBias: tf.tensor1d(w.outBias as number[]),
  };
}

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

describe('the float64 reference and TensorFlow.js compute the same trained copy NTM', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });
  // float32 in tfjs: a few sequences of up to 3 vectors (7 steps) stay within 1e-6 of float64.
  for (const checkpoint of [undefined, 0, 2]) {
    it(`outputs and head weightings agree within 1e-6 (checkpoint ${checkpoint ?? 'final'})`, () => {
      const model = ntmCopyModel(ntmCopyFile(), checkpoint);
      const v = tensors(model.weights);
      for (const length of [1, 2, 3]) {
        const examples = copyExamples({ seed: 40 + length, count: 2, bits: model.sizes.bits, length });
        const slots = copyMemorySlots(length);
        const run = runNtm(v, model.sizes, tf.tensor3d(examples.map((e) => e.input)), slots);
        const outputs = tf.sigmoid(run.logits).arraySync() as number[][][];
        const reads = run.readWeights.arraySync() as number[][][];
        const writes = run.writeWeights.arraySync() as number[][][];
        examples.forEach((e, b) => {
          const reference = runTrainedCopySync(model, e.input, slots);
          reference.steps.forEach((s, t) => {
            expect(maxDifference(s.output, outputs[b]![t]!)).toBeLessThan(1e-6);
            expect(maxDifference(s.readHead.result.weights, reads[b]![t]!)).toBeLessThan(1e-6);
            expect(maxDifference(s.writeHead.result.weights, writes[b]![t]!)).toBeLessThan(1e-6);
          });
        });
      }
    });
  }
});
