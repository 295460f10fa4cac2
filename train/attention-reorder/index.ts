/**
 * Trains `attention-reorder`: the encoder–decoder with additive attention of
 * core/models/attention/trained/reorder-model.ts on the generated Spanish → English phrases of
 * core/models/attention/reorder-data.ts, with TensorFlow.js on its CPU backend: Adam, teacher forcing, batches
 * of one phrase template. Fixed seeds for the split, the weights and the batches. Writes
 * core/models/attention/trained/attention-reorder.json (model card, weights, 6 checkpoints) and returns it.
 */
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { seededRandom } from '#core/math/random.ts';
import {
  END,
  REORDER_SPLIT_SEED,
  SOURCE_VOCABULARY,
  START,
  TARGET_VOCABULARY,
  splitReorderPairs,
  type ReorderPair,
} from '#core/models/attention/reorder-data.ts';
import { initialReorderWeights } from '#core/models/attention/trained/reorder-init.ts';
import { reorderHeldOut } from '#core/models/attention/trained/reorder-held-out.ts';
import type { ReorderWeights } from '#core/models/attention/trained/reorder-model.ts';
import { forcedForward, fromVariables, reorderLoss, toVariables } from './model.ts';

/** Sizes and hyper-parameters of the shipped model. */
export const REORDER_CONFIG = {
  sizes: { embedding: 12, encoder: 16, decoder: 32, attention: 24 },
  batch: 32,
  learningRate: 0.01,
  steps: 800,
  seed: 2014,
  splitSeed: REORDER_SPLIT_SEED,
} as const;

/** A checkpoint of the file. */
export interface ReorderCheckpoint {
  readonly step: number;
  readonly loss: number;
  readonly weights: ReorderWeights;
}

/** The saved file. */
export interface TrainedReorderFile {
  readonly card: Record<string, unknown> & { readonly steps: number; readonly wallTimeSeconds: number };
  readonly weights: ReorderWeights;
  readonly checkpoints: ReorderCheckpoint[];
}

/** Where the shipped file lives. */
export const REORDER_FILE = new URL('../../core/models/attention/trained/attention-reorder.json', import.meta.url);

const sourceIdsOf = (p: ReorderPair): number[] => p.source.map((t) => SOURCE_VOCABULARY.indexOf(t));
const targetIdsOf = (p: ReorderPair): number[] => p.target.map((t) => TARGET_VOCABULARY.indexOf(t));

/** Runs the training (module comment). */
export async function train(options: { steps?: number; seed?: number; out?: string; log?: (line: string) => void } = {}): Promise<TrainedReorderFile> {
  const c = REORDER_CONFIG;
  const steps = options.steps ?? c.steps;
  const seed = options.seed ?? c.seed;
  const log = options.log ?? (() => {});
  await tf.setBackend('cpu');
  const started = performance.now();
  const { train: pairs, heldOut } = splitReorderPairs(c.splitSeed);
  const byLength = [...new Set(pairs.map((p) => p.source.length))].map((n) => pairs.filter((p) => p.source.length === n));
  const random = seededRandom(seed + 1);
  const v = toVariables(initialReorderWeights(seed, c.sizes));
  const optimiser = tf.train.adam(c.learningRate);
  const start = TARGET_VOCABULARY.indexOf(START);
  const checkpointAt = new Set(Array.from({ length: 6 }, (_, i) => Math.round((i * steps) / 5)));
  const checkpoints: ReorderCheckpoint[] = [];
  let loss = NaN;
  for (let step = 0; step <= steps; step++) {
    const group = byLength[random.int(0, byLength.length - 1)]!;
    const batch = Array.from({ length: c.batch }, () => group[random.int(0, group.length - 1)]!);
    const sources = batch.map(sourceIdsOf);
    const targets = batch.map(targetIdsOf);
    const previous = targets.map((t) => [start, ...t.slice(0, -1)]);
    const f = (): tf.Scalar => reorderLoss(forcedForward(v, sources, previous).logits, targets, TARGET_VOCABULARY.length);
    if (checkpointAt.has(step)) {
      loss = tf.tidy(() => f().arraySync());
      checkpoints.push({ step, loss: Number(loss.toPrecision(6)), weights: fromVariables(v) });
      log(`step ${step}: loss ${loss.toFixed(4)} (checkpoint)`);
    }
    if (step === steps) break;
    const cost = tf.tidy(() => optimiser.minimize(f, true)!.arraySync());
    if (step % 100 === 0) log(`step ${step}: loss ${cost.toFixed(4)}`);
  }
  const weights = fromVariables(v);
  const wallTimeSeconds = Math.round((performance.now() - started) / 1000);
  const figures = { heldOut: reorderHeldOut(weights, heldOut), training: reorderHeldOut(weights, pairs) };
  log(`held-out exact match ${figures.heldOut.exactMatch}, aligned weight ${figures.heldOut.meanAlignedWeight}`);
  const file: TrainedReorderFile = {
    card: {
      task: `Spanish → English phrases with noun–adjective reordering (${pairs.length + heldOut.length} pairs, 3 templates), end token ${END}`,
      generator: `core/models/attention/reorder-data.ts splitReorderPairs(${c.splitSeed}): ${heldOut.length} held-out pairs never trained on`,
      seed,
      sizes: c.sizes,
      optimiser: `Adam, learning rate ${c.learningRate}, batch ${c.batch} phrases of one template, teacher forcing, mean cross-entropy`,
      steps,
      wallTimeSeconds,
      machine: '2-core CPU (shared), Node 20',
      library: 'tfjs-core 4.22 cpu',
      finalLoss: Number(loss.toPrecision(6)),
      heldOut: figures.heldOut,
      training: figures.training,
    },
    weights,
    checkpoints,
  };
  const out = options.out ?? REORDER_FILE.pathname;
  if (out !== '') writeFileSync(out, `${JSON.stringify(file)}\n`);
  return file;
}
