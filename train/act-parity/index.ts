/**
 * Trains `act-parity`: the ACT cell of core/models/act/cell.ts on the parity task of Graves 2016 §3.1 (one input
 * step of `bits` entries in {−1, 0, +1}; target: the parity of the number of +1 entries), with TensorFlow.js on
 * its CPU backend. Loss: binary cross-entropy of σ(y) plus τ times the ponder cost N + R (§2.1). Adam. The data
 * (core/models/act/parity-data.ts) and the initial weights (seededCell) come from fixed seeds, so the same
 * command gives the same weights. Writes core/models/act/trained/act-parity.json (model card, weights, 6
 * checkpoints) and returns it.
 */
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { seededCell } from '#core/models/act/cell.ts';
import { parityExamples, parityStream } from '#core/models/act/parity-data.ts';
import { runParityCase, summariseParity } from '#core/models/act/trained/held-out.ts';
import type { ActCheckpoint, TrainedActFile } from '#core/models/act/trained/trained-file.ts';
import { fromVariables, parityLoss, ponderBatch, toVariables } from './model.ts';

/** The sizes and hyper-parameters of the shipped model. */
export const ACT_PARITY_CONFIG = {
  bits: 8,
  stateSize: 64,
  maxSteps: 12,
  epsilon: 0.01,
  tau: 0.001,
  batch: 128,
  learningRate: 0.005,
  steps: 8000,
  seed: 2016,
  heldOutSeed: 160_308_983,
  heldOutCases: 4000,
} as const;

/** Options of a training run (train/main.ts passes them from the command line). */
export interface TrainOptions {
  readonly steps?: number;
  readonly seed?: number;
  /** Where to write the file; the default is the shipped one; '' writes nothing. */
  readonly out?: string;
  readonly log?: (line: string) => void;
}

/** Where the shipped file lives. */
export const ACT_PARITY_FILE = new URL('../../core/models/act/trained/act-parity.json', import.meta.url);

/** Runs the training (module comment). */
export async function train(options: TrainOptions = {}): Promise<TrainedActFile> {
  const c = ACT_PARITY_CONFIG;
  const steps = options.steps ?? c.steps;
  const seed = options.seed ?? c.seed;
  const log = options.log ?? (() => {});
  await tf.setBackend('cpu');
  const started = performance.now();
  const cell = seededCell({ seed, stateSize: c.stateSize, inputSize: c.bits, outputSize: 1, haltingBias: 1 });
  const v = toVariables(cell);
  const optimiser = tf.train.adam(c.learningRate);
  const next = parityStream(seed + 1, c.bits);
  const checkpointAt = new Set(Array.from({ length: 6 }, (_, i) => Math.round((i * steps) / 5)));
  const checkpoints: ActCheckpoint[] = [];
  let loss = NaN;
  for (let step = 0; step <= steps; step++) {
    const batch = next(c.batch);
    const inputs = batch.map((e) => e.input);
    const targets = batch.map((e) => e.target);
    const f = (): tf.Scalar => parityLoss(ponderBatch(v, inputs, c.epsilon, c.maxSteps), targets, c.tau);
    if (checkpointAt.has(step)) {
      loss = tf.tidy(() => f().arraySync());
      checkpoints.push({ step, loss: Number(loss.toPrecision(6)), weights: fromVariables(v) });
      log(`step ${step}: loss ${loss.toFixed(4)} (checkpoint)`);
    }
    if (step === steps) break;
    const cost = tf.tidy(() => optimiser.minimize(f, true)!.arraySync());
    if (step % 250 === 0) log(`step ${step}: loss ${cost.toFixed(4)}`);
  }
  const weights = fromVariables(v);
  const wallTimeSeconds = Math.round((performance.now() - started) / 1000);
  const results = parityExamples(c.heldOutSeed, c.bits, c.heldOutCases).map((e) => runParityCase(weights, e, c.epsilon, c.maxSteps));
  const heldOut = { seed: c.heldOutSeed, ...summariseParity(results) };
  log(`held-out accuracy ${heldOut.accuracy}, mean ponder steps ${heldOut.meanPonderSteps}`);
  const file: TrainedActFile = {
    card: {
      task: 'parity (Graves 2016 §3.1): one input step of 8 entries, 1–8 of them ±1 at random, target the parity of the number of +1 entries',
      generator: 'core/models/act/parity-data.ts parityStream(seed + 1, bits); held-out: parityExamples(heldOut.seed, bits, heldOut.cases)',
      seed,
      sizes: { bits: c.bits, stateSize: c.stateSize, maxSteps: c.maxSteps, epsilon: c.epsilon, tau: c.tau, batch: c.batch },
      optimiser: `Adam, learning rate ${c.learningRate}, loss = binary cross-entropy + τ·mean(N + R)`,
      steps,
      wallTimeSeconds,
      machine: '2-core CPU (shared), Node 20',
      library: 'tfjs-core 4.22 cpu',
      finalLoss: Number(loss.toPrecision(6)),
      heldOut,
    },
    weights,
    checkpoints,
  };
  const out = options.out ?? ACT_PARITY_FILE.pathname;
  if (out !== '') writeFileSync(out, `${JSON.stringify(file)}\n`);
  return file;
}
