import { describe, expect, it } from 'vitest';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { parseActScenario, type CellActScenario } from '#core/models/act/scenario.ts';
import { ponderStepsByNonZeroCount } from '#core/models/act/parity-plot.ts';
import { actLabels } from './act-labels.ts';
import { presetParameters, scenarioFor } from './act-params.ts';
import { actDisplay, actTraceInfo, isParityTask } from './act-view.ts';

/**
 * The overview's labels of a cell scenario: per input its axis label and its N. A non-zero count stands on its
 * own line right under its input's name (same x): it is read here joined to the name, "x₁ · 1 non-zero".
 */
function overview(scenario: CellActScenario) {
  const trace = runActScenario(scenario);
  const info = actTraceInfo(trace);
  const last = trace.frames.length - 1;
  const texts: string[] = [];
  let previous: { x: number; y: number } | undefined;
  for (const l of actLabels(trace, last, 'en', info, actDisplay(info, trace, last), 0)) {
    if (l.text.endsWith('non-zero') && previous?.x === l.x && previous.y > l.y) texts.push(`${texts.pop()!} · ${l.text}`);
    else texts.push(l.text);
    previous = l;
  }
  return { info, texts, trace };
}

describe('ACT parity: the non-zero counts and the ponder-steps plot, hand-set and trained', () => {
  it('the trained cell’s overview names each input’s non-zero count and its N: the points of N against the count', () => {
    const scenario = parseActScenario(scenarioFor('parity-trained', presetParameters('parity-trained'))) as CellActScenario;
    const { info, texts, trace } = overview(scenario);
    expect(info.parity).toBe(true);
    const points = ponderStepsByNonZeroCount(scenario, trace);
    expect(points.map((p) => p.nonZero)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of points) {
      expect(texts).toContain(`x${String.fromCharCode(0x2080 + p.step + 1)} · ${p.nonZero} non-zero`);
    }
    expect(texts.filter((t) => /^N = \d+$/.test(t))).toEqual(points.map((p) => `N = ${p.ponderSteps}`));
  });
  it('a typed input gets its own count', () => {
    const p = { ...presetParameters('parity-trained'), inputs: '0 0 0 0 0 0 0 0; 1 -1 1 -1 1 -1 1 -1; 0 0 1 0 0 0 0 0' };
    const { texts } = overview(parseActScenario(scenarioFor('parity-trained', p)) as CellActScenario);
    expect(texts).toEqual(expect.arrayContaining(['x₁ · 0 non-zero', 'x₂ · 8 non-zero', 'x₃ · 1 non-zero']));
  });
  it('the hand-set counting cell keeps its counts; the seeded cell (two outputs) gets none', () => {
    const parity = actPresets.find((p) => p.id === 'parity')!.scenario as CellActScenario;
    expect(overview(parity).texts).toContain('x₈ · 8 non-zero');
    const seeded = actPresets.find((p) => p.id === 'seeded-cell')!.scenario as CellActScenario;
    const s = overview(seeded);
    expect(s.info.parity).toBe(false);
    expect(s.texts.some((t) => t.includes('non-zero'))).toBe(false);
  });
  it('isParityTask: one output and entries in {−1, 0, 1} of one width', () => {
    expect(isParityTask([[1, 0, -1]], 1)).toBe(true);
    expect(isParityTask([[1, 0, -1]], 2)).toBe(false);
    expect(isParityTask([[1, 0.5, -1]], 1)).toBe(false);
    expect(isParityTask([[1, 0], [1]], 1)).toBe(false);
    expect(isParityTask([], 1)).toBe(false);
  });
});
