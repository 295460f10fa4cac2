import { describe, expect, it } from 'vitest';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { actLabels } from './act-labels.ts';
import { actDisplay, actTraceInfo, isOverview, mixActDisplay } from './act-view.ts';

const trace = (id: string) => runActScenario(actPresets.find((p) => p.id === id)!.scenario);

describe('ACT display values', () => {
  const one = trace('one-step');
  const info = actTraceInfo(one);
  it('numbers the ponder rows of every step and keeps each step’s combine data', () => {
    expect(info.rows).toBe(4);
    expect(info.offsets).toEqual([0]);
    expect(info.combine[0]!.steps).toBe(4);
  });
  it('raises one row per ponder frame with its halting value, and turns the bars into pⁿ (R last) at the combination', () => {
    const c = info.combine[0]!;
    const second = actDisplay(info, one, 1);
    expect(second.ponder).toBe(2);
    expect(second.rowOn).toEqual([1, 1, 0, 0]);
    expect(second.bar.slice(0, 2)).toEqual(c.halting.slice(0, 2));
    expect(second.barKind).toEqual([0, 0, 0, 0]);
    expect(second.segOn).toEqual([1, 1, 0, 0]);
    expect(second.beam.every((w) => w === 0)).toBe(true);
    const last = one.frames.length - 1;
    const combined = actDisplay(info, one, last);
    expect(combined.combined).toBe(true);
    expect(combined.bar).toEqual([...c.probabilities]);
    expect(combined.beam).toEqual([...c.probabilities]);
    expect(combined.barKind).toEqual([1, 1, 1, 2]);
    expect(combined.outOn).toEqual([1]);
    expect(isOverview(one, last)).toBe(false);
  });
  it('interpolates within a step and refills the budget from empty on a new step', () => {
    const a = actDisplay(info, one, 0);
    const b = actDisplay(info, one, 1);
    expect(mixActDisplay(a, b, 0.5).rowOn).toEqual([1, 0.5, 0, 0]);
    expect(mixActDisplay(a, b, 1)).toBe(b);
    const parity = trace('parity');
    const pinfo = actTraceInfo(parity);
    const firstOfStep2 = parity.frames.findIndex((f) => f.step === 1);
    const mixed = mixActDisplay(actDisplay(pinfo, parity, firstOfStep2 - 1), actDisplay(pinfo, parity, firstOfStep2), 0.5);
    expect(mixed.segOn[0]).toBe(0.5);
    expect(isOverview(parity, parity.frames.length - 1)).toBe(true);
  });
  it('labels the budget, the halt and the ponder cost ρ = N + R once combined', () => {
    const last = one.frames.length - 1;
    const labels = actLabels(one, last, 'en', info, actDisplay(info, one, last), 0);
    const c = info.combine[0]!;
    expect(labels.some((l) => l.text.includes('R'))).toBe(true);
    expect(labels.some((l) => l.text.includes(String(c.steps)))).toBe(true);
    const pondering = actLabels(one, 0, 'en', info, actDisplay(info, one, 0), 0);
    expect(pondering.length).toBeLessThan(labels.length);
  });
});
