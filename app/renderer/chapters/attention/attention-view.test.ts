import { describe, expect, it } from 'vitest';
import { runAttentionScenarioSync } from '#core/models/attention/attention-scenario.ts';
import { attentionLabels } from './attention-labels.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import type { Label } from '../../scene/label-pool.ts';
import { labelFontPx, labelWorldWidth, LECTURE_VIEWS, MIN_LECTURE_TEXT_PX } from '../../scene/screen-size.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import { attentionLayout, inputX, matrixRowY } from './attention-layout.ts';
import { shownToken } from './attention-narration.ts';
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
  const pose = fitBoard(L.bounds, LECTURE_VIEWS['1920x1080'].width / LECTURE_VIEWS['1920x1080'].height);
  // Every attention label sets its height; a missing one gives NaN, which fails the comparisons below.
  const fontPx = (l: Label) => labelFontPx(pose, LECTURE_VIEWS['1920x1080'], { x: l.x, y: l.y, z: l.z, height: l.height ?? NaN, background: false });
  /** A label's box in world units (centred on y; x from its alignment). */
  const box = (l: Label) => {
    const h = l.height ?? NaN;
    const w = labelWorldWidth(l.text, h, false);
    const x0 = l.style?.align === 'right' ? l.x - w : l.style?.align === 'left' ? l.x : l.x - w / 2;
    return { x0, x1: x0 + w, y0: l.y - h / 2, y1: l.y + h / 2 };
  };
  const apart = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
  for (const step of [0, 7, f.data.outputTokens.length - 1]) {
    it(`step ${step + 1}: the phrase reads once, in order, above the matrix, and one readable row label sits in the gutter`, () => {
      const g = speech.frames.find((x) => x.step === step)!;
      const all = attentionLabels(L, g, Array.from(g.data.weights), 1, 'en', speech);
      const chars = g.data.outputTokens.map((c) => (c === '_' ? ' ' : c));
      const phrase = chars.join('');
      const lines = all.filter((l) => Math.abs(l.y - L.phraseY) < 1e-9);
      // The whole phrase in one line, with the produced prefix and the current character drawn over it from one origin.
      expect(lines.map((l) => l.text)).toContain(phrase);
      for (const l of lines) {
        expect(phrase.startsWith(l.text)).toBe(true);
        expect(l.x).toBe(-L.width / 2);
        expect(l.style?.align).toBe('left');
      }
      expect(lines.find((l) => l.style?.color === DARK_THEME.accent)!.text).toBe(chars.slice(0, step + 1).join(''));
      expect(L.phraseY - L.tokenHeight / 2).toBeGreaterThanOrEqual(L.matrixTop);
      expect(L.phraseY + L.tokenHeight / 2).toBeLessThanOrEqual(L.frameNumberY - L.numberHeight / 2);
      // Matrix row labels: only the current row's, left of the matrix, at least 22 px at 1080p.
      const rows = all.filter((l) => l.y < L.matrixTop && l.y > L.matrixTop - L.S * L.rowHeight);
      expect(rows.map((l) => [l.text, l.y])).toEqual([[shownToken(g.data.outputTokens[step]!), matrixRowY(L, step)]]);
      for (const l of [...rows, ...lines]) {
        expect(box(l).x1).toBeLessThanOrEqual(-L.width / 2 + (l.y === L.phraseY ? L.width : 0));
        expect(fontPx(l)).toBeGreaterThanOrEqual(MIN_LECTURE_TEXT_PX);
      }
      expect(box(rows[0]!).x1).toBeLessThanOrEqual(-L.width / 2);
      // No two label boxes overlap, the phrase's layers (one origin) counting as one label.
      const whole = lines.find((l) => l.text === phrase);
      const distinct = all.filter((l) => !lines.includes(l) || l === whole);
      for (let i = 0; i < distinct.length; i++)
        for (let j = i + 1; j < distinct.length; j++)
          if (distinct[i]!.y === L.phraseY || distinct[j]!.y === L.phraseY || rows.includes(distinct[i]!) || rows.includes(distinct[j]!))
            expect(apart(box(distinct[i]!), box(distinct[j]!)), `${distinct[i]!.text} / ${distinct[j]!.text}`).toBe(true);
    });
  }
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
