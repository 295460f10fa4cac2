import { describe, expect, it } from 'vitest';
import { runAttentionScenarioSync } from '#core/models/attention/attention-scenario.ts';
import { attentionLabels } from './attention-labels.ts';
import { attentionLayout, inputX, matrixRowY } from './attention-layout.ts';
import { presetScenario } from './attention-params.ts';
import { ribbonsShown, rowWeights, shownWeights } from './attention-view.ts';

describe('attention display values', () => {
  const data = runAttentionScenarioSync(presetScenario('translation'));
  const computed = runAttentionScenarioSync(presetScenario('compute'));
  it('blends the weights of two frames of equal length and shows the target otherwise', () => {
    expect(shownWeights([0, 1], [1, 0], 0.25)).toEqual([0.25, 0.75]);
    expect(shownWeights(undefined, [1, 0], 0.25)).toEqual([1, 0]);
  });
  it('always shows the ribbons of the data, and of a computed step from its weights stage, fading in', () => {
    expect(ribbonsShown(data.frames[0]!, undefined, 0.3)).toBe(1);
    const stages = computed.frames.slice(0, 4);
    expect(stages.map((f) => f.stage)).toEqual(['query', 'scores', 'weights', 'context']);
    expect(ribbonsShown(stages[0]!, undefined, 0.3)).toBe(0);
    expect(ribbonsShown(stages[2]!, stages[1]!, 0.3)).toBe(0.3);
    expect(ribbonsShown(stages[3]!, stages[2]!, 0.3)).toBe(1);
  });
  it('reads each alignment-matrix row from its step’s frame', () => {
    expect(Array.from(rowWeights(data, 1)!)).toEqual(Array.from(data.frames.find((f) => f.step === 1)!.data.weights));
    expect(rowWeights(data, 999)).toBeUndefined();
  });
  it('labels the banner, every output token and the weights on the encoder states once the ribbons show', () => {
    const f = data.frames[0]!;
    const L = attentionLayout(f.data.inputTokens.length, f.data.outputTokens.length);
    const weights = Array.from(f.data.weights);
    const shown = attentionLabels(L, f, weights, 1, 'en', data);
    const hidden = attentionLabels(L, f, weights, 0, 'en', data);
    expect(shown.length - hidden.length).toBe(f.data.inputTokens.length);
    for (const tok of f.data.outputTokens) expect(shown.some((l) => l.text.length > 0 && tok.includes(l.text.replace(/^<|>$/g, '')))).toBe(true);
  });
});

describe('speech labels', () => {
  const speech = runAttentionScenarioSync(presetScenario('speech'));
  const f = speech.frames[0]!;
  const L = attentionLayout(f.data.inputTokens.length, f.data.outputTokens.length, { speech: true });
  const labels = attentionLabels(L, f, Array.from(f.data.weights), 1, 'en', speech);
  it('puts every matrix row label on the left, right-aligned in the gutter, so the phrase reads down one side', () => {
    const rows = f.data.outputTokens.map((_, k) => labels.find((l) => Math.abs(l.y - matrixRowY(L, k)) < 1e-9 && l.height === L.rowLabelHeight)!);
    expect(rows.every(Boolean)).toBe(true);
    for (const l of rows) {
      expect(l.x).toBeLessThanOrEqual(L.gutterX);
      expect(l.x).toBeLessThan(-L.width / 2);
      expect(l.style?.align).toBe('right');
    }
    // Labels in the same column are two rows apart, so neighbours (one row apart) never share a column.
    for (let k = 1; k < rows.length; k++) expect(rows[k]!.x).not.toBe(rows[k - 1]!.x);
  });
  it('numbers the audio frames from 1, as α_t,j counts them', () => {
    const ticks = labels.filter((l) => Math.abs(l.y - L.frameNumberY) < 1e-9);
    expect(ticks[0]!.text).toBe('1');
    expect(ticks[0]!.x).toBeCloseTo(inputX(L, 0));
    expect(ticks[1]!.text).toBe('5');
    expect(ticks[1]!.x).toBeCloseTo(inputX(L, 4));
  });
});

describe('the compute preset’s score bars', () => {
  it('keep their numbers and their name on every stage they are drawn (scores, weights, context)', () => {
    const computed = runAttentionScenarioSync(presetScenario('compute'));
    for (const f of computed.frames.slice(0, 4)) {
      const L = attentionLayout(f.data.inputTokens.length, f.data.outputTokens.length, { compute: true });
      const labels = attentionLabels(L, f, Array.from(f.data.weights), 1, 'en', computed);
      const scoreNumbers = labels.filter((l) => Math.abs(l.y - (L.scoreBaseY + L.scoreHeight + 0.35)) < 1e-9);
      const named = labels.some((l) => l.text.includes('scores') && l.x === L.gutterX);
      if (f.stage === 'query') {
        expect(scoreNumbers).toHaveLength(0);
        expect(named).toBe(false);
      } else {
        expect(scoreNumbers).toHaveLength(f.data.inputTokens.length);
        expect(named).toBe(true);
      }
    }
  });
});
