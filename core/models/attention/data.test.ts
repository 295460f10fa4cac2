import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { columnSums, CREDIT, SPEECH_CHARACTERS, speechAlignment, translationAlignment } from './data.ts';

describe('attention data', () => {
  it('reads the translation alignment as 15 French steps over 14 English tokens', () => {
    const t = translationAlignment();
    expect(t.weights).toHaveLength(15);
    expect(t.weights.every((r) => r.length === 14)).toBe(true);
    // Column 0 of the CSV (l’) starts 0.50, 0.14, 0.02; column 1 (accord) has 0.89 on "agreement".
    expect(t.weights[0]!.slice(0, 3)).toEqual([0.5, 0.14, 0.02]);
    expect(t.weights[1]![1]).toBe(0.89);
    expect(t.outputTokens[6]).toBe('européenne');
    // européenne attends to European (row 4) with 0.97: the reordering of Bahdanau et al. Fig. 3.
    expect(t.weights[6]![4]).toBe(0.97);
  });
  it('reads the speech alignment as 33 characters over 38 frames', () => {
    const s = speechAlignment();
    expect(SPEECH_CHARACTERS.join('')).toBe('how_much_would_a_woodchuck_chuck<end>');
    expect(s.weights).toHaveLength(33);
    expect(s.weights.every((r) => r.length === 38)).toBe(true);
  });
  it('documents how far the rounded columns are from summing to 1', () => {
    const t = columnSums(translationAlignment());
    expect(Math.min(...t)).toBeGreaterThanOrEqual(0.955);
    expect(Math.max(...t)).toBeLessThanOrEqual(1.005);
    const s = columnSums(speechAlignment());
    expect(Math.min(...s)).toBeCloseTo(0.87, 5);
    expect(Math.max(...s)).toBeCloseTo(1.35, 5);
  });
  it('keeps the credit line of the source and the copied README', () => {
    expect(CREDIT).toContain('doi:10.23915/distill.00001');
    expect(CREDIT).toContain('CC-BY 4.0');
    const readme = readFileSync(new URL('./data/README.md', import.meta.url), 'utf8');
    expect(readme).toContain('doi:10.23915/distill.00001');
  });
});
