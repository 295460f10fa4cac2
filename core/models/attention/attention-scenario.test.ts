import { describe, expect, it } from 'vitest';
import { resolveAttentionScenario, runAttentionScenario, runAttentionScenarioSync } from './attention-scenario.ts';
import { COMPUTE_ALIGNMENT, computeScenario } from './compute-preset.ts';
import { attentionStep, matrixFromRows } from './reference.ts';
import { SCORE_FUNCTIONS } from './types.ts';

const small = {
  module: 'attention',
  kind: 'interface',
  score: 'dot',
  inputTokens: ['a', 'b', 'c'],
  outputTokens: ['x', 'y'],
  keys: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
  queries: [
    [2, 0],
    [0, 3],
  ],
  mask: [true, true, false],
};
const message = (s: unknown): string => {
  try {
    resolveAttentionScenario(s);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('attention scenarios and traces', () => {
  it('an interface: four frames per output step, matching the reference step by step', () => {
    const trace = runAttentionScenarioSync(small);
    expect(trace.module).toBe('attention');
    expect(trace.steps).toBe(2);
    expect(trace.frames.map((f) => `${f.step}:${f.stage}`)).toEqual([
      '0:query',
      '0:scores',
      '0:weights',
      '0:context',
      '1:query',
      '1:scores',
      '1:weights',
      '1:context',
    ]);
    const keys = matrixFromRows(small.keys);
    const want = attentionStep({ score: 'dot', query: Float64Array.of(0, 3), keys, values: keys, mask: small.mask });
    const d = trace.frames[4]!.data;
    expect(d.outputToken).toBe('y');
    expect(Array.from(d.weights)).toEqual(Array.from(want.weights));
    expect(Array.from(d.context!)).toEqual(Array.from(want.context));
    expect(d.scores![2]).toBe(Number.NEGATIVE_INFINITY);
    expect(d.weightSum).toBeCloseTo(1, 15);
    // JSON: the masked score becomes null, as in the command's contract.
    const json = JSON.parse(JSON.stringify(d, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));
    expect(json.scores[2]).toBeNull();
  });

  it('an alignment: one weights frame per output step, the given numbers unchanged', () => {
    const trace = runAttentionScenarioSync({
      module: 'attention',
      kind: 'alignment',
      inputTokens: ['a', 'b'],
      outputTokens: ['x'],
      weights: [[0.25, 0.7]],
    });
    expect(trace.frames).toHaveLength(1);
    expect(trace.frames[0]!.stage).toBe('weights');
    expect(Array.from(trace.frames[0]!.data.weights)).toEqual([0.25, 0.7]);
    expect(trace.frames[0]!.data.weightSum).toBeCloseTo(0.95, 15);
  });

  it('the compute preset finds the alignment with every score function, and switching score is one field', async () => {
    for (const score of SCORE_FUNCTIONS) {
      const trace = await runAttentionScenario({ ...computeScenario(), score });
      const weights = trace.frames.filter((f) => f.stage === 'weights').map((f) => Array.from(f.data.weights));
      weights.forEach((w, t) => expect(w.indexOf(Math.max(...w))).toBe(COMPUTE_ALIGNMENT[t]));
      expect(trace.frames[0]!.data.score).toBe(score);
    }
    const dot = runAttentionScenarioSync(computeScenario({ score: 'dot' })).frames[2]!.data.weights;
    const additive = runAttentionScenarioSync(computeScenario({ score: 'additive' })).frames[2]!.data.weights;
    expect(Array.from(dot)).not.toEqual(Array.from(additive));
    expect(JSON.stringify(computeScenario())).toBe(JSON.stringify(computeScenario())); // seeded: the same every time
  });

  it('names the field and what is allowed', () => {
    expect(message({ ...small, module: 'ntm' })).toBe('module: got "ntm"; allowed: "attention"');
    expect(message({ ...small, kind: 'other' })).toContain('kind: got the string "other"; allowed: one of "alignment", "interface"');
    expect(message({ ...small, inputTokens: [] })).toBe('inputTokens: empty; allowed: a non-empty array of strings');
    expect(message({ ...small, outputTokens: ['x', 3] })).toContain('outputTokens[1]');
    expect(
      message({
        ...small,
        keys: [
          [1, 0],
          [0, 1],
        ],
      }),
    ).toContain('keys: got 2 rows; allowed: an array of 3 rows');
    expect(message({ ...small, queries: [[1, 0]] })).toContain('queries: got 1 rows; allowed: an array of 2 rows of 2 numbers');
    expect(message({ ...small, mask: [false, false, false] })).toContain('mask: every position is masked');
    expect(message({ ...small, score: 'general' })).toBe('parameters.general: missing; allowed: an object {"W": Dq rows of Dk numbers}');
    expect(message({ ...small, score: 'general', parameters: { general: { W: [[1, 0]] } } })).toContain('parameters.general.W: got 1 rows');
    expect(message({ ...computeScenario(), score: 'additive', parameters: { additive: { W: [[1]], U: [[1]], v: [1] } } })).toContain(
      'parameters.additive.W[0]: got length 1',
    );
    expect(message({ module: 'attention', kind: 'alignment', inputTokens: ['a'], outputTokens: ['x'], weights: [[1.5]] })).toContain(
      'weights[0][0]: got 1.5; allowed: a finite number in [0, 1]',
    );
    expect(message({ ...small, seed: -1 })).toContain('seed: got -1');
  });
});
