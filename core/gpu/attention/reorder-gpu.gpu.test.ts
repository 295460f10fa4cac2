import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../math/random.ts';
import { allReorderPairs, sourceIds, TARGET_VOCABULARY } from '../../models/attention/reorder-data.ts';
import { decoderCell, initialState, outputLayer, recurrentCell, translate } from '../../models/attention/trained/reorder-model.ts';
import { reorderFile, reorderWeights } from '../../models/attention/trained/reorder-scenario.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createAttentionGpuEngine, type AttentionGpuEngine } from './attention-gpu-engine.ts';
import { createReorderGpu, type ReorderGpu } from './reorder-gpu.ts';

const TOLERANCE = 1e-5;
const dawn = useGpuDevice();
const weights = reorderWeights();
let attention: AttentionGpuEngine;
let model: ReorderGpu;

beforeAll(async () => {
  attention = await createAttentionGpuEngine(dawn.device);
  model = await createReorderGpu(dawn.device, weights, (input) => attention.step(input));
});
afterAll(() => {
  model?.destroy();
  attention?.destroy();
});

function expectClose(gpu: readonly number[], ref: readonly number[], what: string): void {
  expect(gpu.length, what).toBe(ref.length);
  ref.forEach((r, i) => {
    if (!(Math.abs(gpu[i]! - r) <= TOLERANCE)) throw new Error(`${what}[${i}]: gpu ${gpu[i]} vs reference ${r}`);
  });
}

describe('the trained reorder model’s encoder and decoder cells in WGSL', () => {
  it('each cell matches the float64 reference within 1e-5 on random inputs', async () => {
    const random = seededRandom(31);
    const vector = (n: number, scale = 1): number[] => Array.from({ length: n }, () => random.uniform(-scale, scale));
    const hidden = weights.forward.b.length;
    const embedding = weights.sourceEmbedding[0]!.length;
    const state = weights.decoder.b.length;
    for (let k = 0; k < 4; k++) {
      const x = vector(embedding, 2);
      const h = vector(hidden);
      expectClose(await model.cells.recurrent('forward', x, h), recurrentCell(weights.forward, x, h), `forward cell ${k}`);
      expectClose(await model.cells.recurrent('backward', x, h), recurrentCell(weights.backward, x, h), `backward cell ${k}`);
      const keys = [vector(2 * hidden), vector(2 * hidden)];
      expectClose(await model.cells.init(keys[0]!.slice(hidden)), initialState(weights, keys), `initial state ${k}`);
      const s = vector(state);
      const c = vector(2 * hidden);
      const id = random.int(0, TARGET_VOCABULARY.length - 1);
      expectClose(await model.cells.decoder(s, id, c), decoderCell(weights, s, id, c), `decoder cell ${k}`);
      expectClose(await model.cells.output(s, c), outputLayer(weights, s, c), `output layer ${k}`);
    }
  });

  it('the whole translation on the GPU gives the reference words, keys, alignments and states within 1e-5', async () => {
    const random = seededRandom(32);
    const pairs = allReorderPairs();
    const phrases = [
      'el gato gris',
      'el perro triste corre',
      'la mesa azul y el libro verde',
      ...Array.from({ length: 3 }, () => pairs[random.int(0, pairs.length - 1)]!.source.slice(0, -1).join(' ')),
    ];
    for (const phrase of phrases) {
      const ids = sourceIds(phrase);
      const cpu = translate(weights, ids);
      const gpu = await model.translate(ids);
      expect(gpu.words, phrase).toEqual(cpu.words);
      cpu.keys.forEach((row, j) => expectClose(gpu.keys[j]!, row, `${phrase}: h_${j}`));
      cpu.steps.forEach((s, i) => {
        for (const f of ['weights', 'context', 'state', 'probabilities'] as const) expectClose(gpu.steps[i]![f], s[f], `${phrase}: step ${i} ${f}`);
      });
    }
  });

  it('a training checkpoint’s weights too (the first, before training)', async () => {
    const first = reorderWeights(0);
    const early = await createReorderGpu(dawn.device, first, (input) => attention.step(input));
    try {
      const ids = sourceIds('la casa azul');
      const [gpu, cpu] = [await early.translate(ids), translate(first, ids)];
      expect(gpu.words).toEqual(cpu.words);
      cpu.steps.forEach((s, i) => expectClose(gpu.steps[i]!.probabilities, s.probabilities, `checkpoint 0: step ${i} probabilities`));
    } finally {
      early.destroy();
    }
    expect(reorderFile().checkpoints.length).toBeGreaterThan(1);
  });
});
