import { describe, expect, it } from 'vitest';
import { runAttentionScenarioSync } from '../attention-scenario.ts';
import { attentionPreset, REORDER_PRESET_PHRASE } from '../presets.ts';
import { REORDER_SPLIT_SEED, SOURCE_VOCABULARY, splitReorderPairs } from '../reorder-data.ts';
import { parseReorderFile } from './reorder-file.ts';
import { reorderHeldOut } from './reorder-held-out.ts';
import { translate } from './reorder-model.ts';
import { reorderFile, reorderScenario, reorderWeights, translatePhrase } from './reorder-scenario.ts';

const file = reorderFile();
const { heldOut } = splitReorderPairs(REORDER_SPLIT_SEED);

describe('the shipped attention-reorder model', () => {
  it('has six checkpoints from step 0 to the end, the last being the final weights', () => {
    expect(file.checkpoints.map((c) => c.step)).toEqual(Array.from({ length: 6 }, (_, i) => Math.round((i * file.card.steps) / 5)));
    expect(file.checkpoints.at(-1)!.weights).toEqual(file.weights);
  });

  it('translates the held-out phrases (never trained on) as its card says, and the untrained start does not', () => {
    const figures = reorderHeldOut(file.weights, heldOut);
    expect(figures).toEqual(file.card.heldOut);
    expect(figures.exactMatch).toBeGreaterThan(0.9);
    expect(figures.meanAlignedWeight).toBeGreaterThan(0.5);
    expect(reorderHeldOut(reorderWeights(0), heldOut).exactMatch).toBeLessThan(0.1);
  });

  it('learned an alignment that is not the diagonal: in "the A₁ and A₂ N", A₁, "and" and A₂ look at their Spanish words', () => {
    const { translation } = translatePhrase(REORDER_PRESET_PHRASE);
    const pair = heldOut.find((p) => p.source.slice(0, -1).join(' ') === REORDER_PRESET_PHRASE)!;
    expect(translation.words).toEqual(pair.target);
    const looked = translation.steps.map((s) => s.weights.indexOf(Math.max(...s.weights)));
    // The bidirectional encoder's states carry their neighbours, so the determiner, the noun and <end> need no
    // sharp look (the card's meanAlignedWeight says how much goes to the aligned word); the adjectives get one.
    expect([looked[1], looked[2], looked[3]]).toEqual([pair.alignment[1], pair.alignment[2], pair.alignment[3]]);
    expect(looked).not.toEqual(looked.map((_, i) => i));
  });

  it('refuses an unknown word, naming it and the vocabulary; refuses a damaged file naming the field', () => {
    expect(() => translatePhrase('el gato morado')).toThrow(/input\[2\]: unknown word "morado"; allowed: the vocabulary: el, la, gato/);
    const bad = JSON.parse(JSON.stringify({ ...file, weights: { ...file.weights, attention: { ...file.weights.attention, v: [1] } } }));
    expect(() => parseReorderFile(bad)).toThrow(/weights\.attention\.v/);
  });

  it('the preset is the attention stage of the reference: its trace weights are the model’s α within 1e-12', () => {
    const preset = attentionPreset('reorder-trained')!;
    expect(preset.provenance).toBe('trained');
    const trace = runAttentionScenarioSync(preset.scenario);
    const ids = REORDER_PRESET_PHRASE.split(' ')
      .concat('<end>')
      .map((w) => SOURCE_VOCABULARY.indexOf(w));
    const ref = translate(file.weights, ids);
    const weightFrames = trace.frames.filter((f) => f.stage === 'weights');
    expect(weightFrames).toHaveLength(ref.steps.length);
    weightFrames.forEach((f, i) => ref.steps[i]!.weights.forEach((a, j) => expect(Math.abs(f.data.weights[j]! - a)).toBeLessThanOrEqual(1e-12)));
    expect(reorderScenario('la flor verde', 0).outputTokens).not.toEqual(reorderScenario('la flor verde').outputTokens);
  });
});

describe('evaluateAttentionReorder', () => {
  it('writes the evaluate JSON: seeded phrases, their targets, the output words and the alignment rows', async () => {
    const { evaluateAttentionReorder } = await import('./reorder-evaluate.ts');
    const a = await evaluateAttentionReorder({ cases: 4, seed: 9 });
    expect(a.model).toBe('attention-reorder');
    expect(a.backend).toBe('cpu');
    for (const c of a.cases) {
      expect(c.output).toEqual(c.target);
      expect(c.alignment).toHaveLength(c.output.length);
      for (const row of c.alignment) expect(row.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    }
    expect(await evaluateAttentionReorder({ cases: 4, seed: 9 })).toEqual(a);
    await expect(evaluateAttentionReorder({ cases: 0, seed: 9 })).rejects.toThrow(/cases: got 0/);
  });
});

describe('"kind": "trained" attention scenarios', () => {
  it('expand into the model’s interface scenario, with errors that name the field', async () => {
    const { runAttentionScenarioSync: run } = await import('../attention-scenario.ts');
    const trace = run({ module: 'attention', kind: 'trained', model: 'attention-reorder', input: 'el gato verde duerme', checkpoint: 5 });
    expect(trace.frames.filter((f) => f.stage === 'weights').map((f) => f.data.outputToken)).toEqual(['the', 'green', 'cat', 'sleeps', '<end>']);
    expect(() => run({ module: 'attention', kind: 'trained', model: 'ntm-copy', input: 'el gato' })).toThrow(/model/);
    expect(() => run({ module: 'attention', kind: 'trained', model: 'attention-reorder', input: 'el gato', checkpoint: 9 })).toThrow(/checkpoint/);
    expect(() => run({ module: 'attention', kind: 'trained', model: 'attention-reorder', input: 'the cat' })).toThrow(/input\[0\]: unknown word "the"/);
  });
});
