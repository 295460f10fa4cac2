import { describe, expect, it } from 'vitest';
import { cellStep, seededCell, sigmoid } from './cell.ts';

describe('the pondering cell (Graves 2016 §2)', () => {
  it('draws the same weights from the same seed, different ones from another', () => {
    const a = seededCell({ seed: 3, stateSize: 4, inputSize: 2, outputSize: 1 });
    expect(seededCell({ seed: 3, stateSize: 4, inputSize: 2, outputSize: 1 })).toEqual(a);
    expect(seededCell({ seed: 4, stateSize: 4, inputSize: 2, outputSize: 1 })).not.toEqual(a);
    expect(a.inputWeights[0]).toHaveLength(3); // the input plus the first-step flag
    expect(a.haltingBias).toBe(1);
  });

  it('computes s = tanh(W_s s′ + W_x [x; flag] + b), y = W_y s + b_y, h = σ(w_h·s + b_h)', () => {
    const cell = {
      stateSize: 2,
      inputSize: 1,
      outputSize: 1,
      recurrentWeights: [
        [0.5, 0],
        [0, -1],
      ],
      inputWeights: [
        [1, 2],
        [0, 0],
      ],
      bias: [0, 0.25],
      outputWeights: [[2, 3]],
      outputBias: [1],
      haltingWeights: [1, -1],
      haltingBias: 0.5,
    };
    const first = cellStep(cell, [0.2, 0.4], [0.3], true);
    const s0 = Math.tanh(0.5 * 0.2 + 0.3 + 2);
    const s1 = Math.tanh(-0.4 + 0.25);
    expect(first.input).toEqual([0.3, 1]);
    expect(first.state).toEqual([s0, s1]);
    expect(first.output).toEqual([2 * s0 + 3 * s1 + 1]);
    expect(first.halting).toBe(sigmoid(s0 - s1 + 0.5));
    const later = cellStep(cell, first.state, [0.3], false);
    expect(later.input).toEqual([0.3, 0]);
    expect(later.state[0]).toBe(Math.tanh(0.5 * s0 + 0.3));
  });

  it('σ never overflows and stays in [0, 1]', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-30)).toBeGreaterThan(0);
  });
});
