/**
 * `npm run train -- ntm-copy`: trains the copy NTM (LSTM controller, one read and one write head) and the plain
 * LSTM baseline with the same data and number of steps, measures both on held-out sequences at the training
 * lengths and at 2× and 4× the longest, and writes core/models/ntm/trained/ntm-copy.json.
 */
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { seededRandom } from '#core/math/random.ts';
import { copyExamples, copyMemorySlots } from '#core/models/ntm/trained/copy-data.ts';
import { controllerInputWidth, headLayerLayout, type NtmCopySizes } from '#core/models/ntm/trained/sizes.ts';
import type { NtmCopyFile } from '#core/models/ntm/trained/weights.ts';
import { runLstm } from './lstm-baseline.ts';
import { runNtm, type NtmTensors } from './model.ts';
import { trainLoop, type LoopOptions, type TrainableModel } from './train-loop.ts';

/** The sizes of the shipped model. */
export const NTM_COPY_SIZES: NtmCopySizes = Object.freeze({ bits: 6, memoryWidth: 8, hidden: 48, memoryInit: 1e-6, clip: 20 });
/** The longest training sequence L. */
export const NTM_COPY_MAX_LENGTH = 6;
const BASELINE_HIDDEN = 64;
const HELD_OUT_SEED = 909;
const HELD_OUT_CASES = 100;

function glorot(random: ReturnType<typeof seededRandom>, rows: number, columns: number, name: string): tf.Variable {
  const a = Math.sqrt(6 / (rows + columns));
  return tf.variable(
    tf.tensor2d(
      Float32Array.from({ length: rows * columns }, () => random.uniform(-a, a)),
      [rows, columns],
    ),
    true,
    name,
  );
}

function lstmBias(hidden: number, name: string): tf.Variable {
  // Forget-gate bias 1 (gate order i, f, g, o), the usual start that keeps the cell's memory early on.
  return tf.variable(tf.tensor1d(Float32Array.from({ length: 4 * hidden }, (_, k) => (k >= hidden && k < 2 * hidden ? 1 : 0))), true, name);
}

function ntmModel(seed: number): TrainableModel {
  const s = NTM_COPY_SIZES;
  const random = seededRandom(seed);
  const p = headLayerLayout(s.memoryWidth).width;
  const v = {
    lstmKernel: glorot(random, controllerInputWidth(s) + s.hidden, 4 * s.hidden, 'ntm/lstmKernel'),
    lstmBias: lstmBias(s.hidden, 'ntm/lstmBias'),
    headKernel: glorot(random, s.hidden, p, 'ntm/headKernel'),
    headBias: tf.variable(tf.zeros([p]), true, 'ntm/headBias'),
    outKernel: glorot(random, s.hidden + s.memoryWidth, s.bits, 'ntm/outKernel'),
    outBias: tf.variable(tf.zeros([s.bits]), true, 'ntm/outBias'),
  };
  return { variables: v, logits: (inputs, slots) => runNtm(v as unknown as NtmTensors, s, inputs, slots).logits };
}

function lstmModel(seed: number): TrainableModel {
  const s = NTM_COPY_SIZES;
  const random = seededRandom(seed);
  const v = {
    lstmKernel: glorot(random, s.bits + 1 + BASELINE_HIDDEN, 4 * BASELINE_HIDDEN, 'lstm/lstmKernel'),
    lstmBias: lstmBias(BASELINE_HIDDEN, 'lstm/lstmBias'),
    outKernel: glorot(random, BASELINE_HIDDEN, s.bits, 'lstm/outKernel'),
    outBias: tf.variable(tf.zeros([s.bits]), true, 'lstm/outBias'),
  };
  return { variables: v, logits: (inputs) => runLstm(v as never, BASELINE_HIDDEN, inputs) };
}

/** Mean wrong bits per sequence (outputs thresholded at 0.5) on `cases` fresh sequences of one length. */
export function meanBitErrors(model: TrainableModel, seed: number, length: number, cases: number): number {
  const examples = copyExamples({ seed, count: cases, bits: NTM_COPY_SIZES.bits, length });
  return tf.tidy(() => {
    const logits = model.logits(tf.tensor3d(examples.map((e) => e.input)), copyMemorySlots(length));
    const answer = tf.slice(logits, [0, length + 1, 0], [-1, length, -1]);
    const wrong = tf.notEqual(tf.cast(tf.greater(answer, 0), 'float32'), tf.tensor3d(examples.map((e) => e.target)));
    return tf.sum(tf.cast(wrong, 'float32')).dataSync()[0]! / cases;
  });
}

/** Held-out figures: per length 1..L, and at 2L and 4L. */
function heldOut(model: TrainableModel): Record<string, number> {
  const L = NTM_COPY_MAX_LENGTH;
  const out: Record<string, number> = {};
  const lengths = [...Array.from({ length: L }, (_, i) => i + 1), 2 * L, 4 * L];
  for (const length of lengths) out[`length${length}`] = meanBitErrors(model, HELD_OUT_SEED + length, length, HELD_OUT_CASES);
  return out;
}

/** Options of `train`. */
export interface TrainOptions {
  readonly steps?: number;
  readonly seed?: number;
  /** Where to write the file; default core/models/ntm/trained/ntm-copy.json; "" writes nothing. */
  readonly out?: string;
  readonly log?: (line: string) => void;
  /** Adam's learning rate (default 5e-3). */
  readonly learningRate?: number;
  /** The curriculum's first maximum length (default L: every batch's length uniform in 1..L from the start). */
  readonly startLength?: number;
}

/** Trains the copy NTM and the LSTM baseline and returns (and writes) the weight file. */
export async function train(options: TrainOptions = {}): Promise<NtmCopyFile> {
  await tf.setBackend('cpu');
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 2014;
  const loop: LoopOptions = {
    steps: options.steps ?? 2000,
    seed,
    bits: NTM_COPY_SIZES.bits,
    maxLength: NTM_COPY_MAX_LENGTH,
    startLength: options.startLength ?? NTM_COPY_MAX_LENGTH,
    batch: 32,
    learningRate: options.learningRate ?? 5e-3,
    clipNorm: 10,
    checkpoints: 6,
    log: (line) => log(`ntm ${line}`),
  };
  const start = Date.now();
  const ntm = ntmModel(seed + 1);
  const result = trainLoop(ntm, loop);
  const ntmSeconds = (Date.now() - start) / 1000;
  const ntmHeldOut = heldOut(ntm);
  log(`ntm held-out ${JSON.stringify(ntmHeldOut)} after ${ntmSeconds.toFixed(0)} s`);
  const lstmStart = Date.now();
  const lstm = lstmModel(seed + 2);
  const baseline = trainLoop(lstm, { ...loop, checkpoints: 2, log: (line) => log(`lstm ${line}`) });
  const lstmSeconds = (Date.now() - lstmStart) / 1000;
  const lstmHeldOut = heldOut(lstm);
  log(`lstm held-out ${JSON.stringify(lstmHeldOut)} after ${lstmSeconds.toFixed(0)} s`);
  const file: NtmCopyFile = {
    card: {
      task: `copy (Graves et al. 2014 §4.1): ${NTM_COPY_SIZES.bits}-bit random vectors, lengths 1–${NTM_COPY_MAX_LENGTH}, delimiter channel`,
      generator: 'core/models/ntm/trained/copy-data.ts (seededRandom, one length per batch)',
      seed,
      sizes: {
        ...NTM_COPY_SIZES,
        readHeads: 1,
        writeHeads: 1,
        maxLength: NTM_COPY_MAX_LENGTH,
        trainingSlots: copyMemorySlots(NTM_COPY_MAX_LENGTH),
      },
      optimiser: `Adam lr ${loop.learningRate}, batch ${loop.batch}, gradient global-norm clip ${loop.clipNorm}, head pre-activations clipped to ±${NTM_COPY_SIZES.clip}`,
      steps: loop.steps,
      wallTimeSeconds: Math.round(ntmSeconds),
      machine: '2-core CPU (shared), Node 20',
      library: 'tfjs-core 4.22 cpu',
      finalLoss: result.finalLoss,
      finalCurriculumLength: result.finalCurriculumLength,
      heldOut: {
        measure: `mean wrong bits per sequence (output > 0.5), ${HELD_OUT_CASES} sequences per length from seed ${HELD_OUT_SEED} + length`,
        ntm: ntmHeldOut,
        lstm: lstmHeldOut,
        lstmBaseline: {
          hidden: BASELINE_HIDDEN,
          steps: loop.steps,
          wallTimeSeconds: Math.round(lstmSeconds),
          finalLoss: baseline.finalLoss,
        },
      },
    },
    weights: result.weights as unknown as NtmCopyFile['weights'],
    checkpoints: result.checkpoints as unknown as NtmCopyFile['checkpoints'],
  };
  const out = options.out ?? 'core/models/ntm/trained/ntm-copy.json';
  if (out !== '') writeFileSync(out, JSON.stringify(file) + '\n');
  return file;
}
