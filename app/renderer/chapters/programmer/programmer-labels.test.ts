import { describe, expect, it } from 'vitest';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import { runProgrammerScenario } from '#core/models/programmer/trace.ts';
import { programmerLabels } from './programmer-labels.ts';
import { programmerLayout } from './programmer-layout.ts';
import { programmerDisplay } from './programmer-view.ts';

const trace = runProgrammerScenario(PROGRAMMER_PRESETS[0]!.scenario);
const frame = (step: number, stage: string) => trace.frames.find((f) => f.step === step && f.stage === stage)!;

describe('Neural Programmer labels', () => {
  const select = frame(0, 'select');
  const L = programmerLayout(select.data.table.rows, select.data.table.columns);
  it('names every column with its α_col and shows every table number', () => {
    const labels = programmerLabels(L, programmerDisplay(select), select, 'en');
    for (const name of select.data.table.columnNames) expect(labels.some((l) => l.text === name)).toBe(true);
    const numbers = labels.filter((l) => l.style?.background && l.z === 0.62);
    expect(numbers).toHaveLength(L.rows * L.columns);
  });
  it('keeps the answer pending until the mix, then writes the soft and hard scalars and rs_t', () => {
    const before = programmerLabels(L, programmerDisplay(select), select, 'en');
    const mixFrame = frame(0, 'mix');
    const mix = programmerLabels(L, programmerDisplay(mixFrame), mixFrame, 'en');
    expect(mix.length - before.length).toBeGreaterThanOrEqual(L.rows);
    const pending = before.filter((l) => l.y === L.cardTop + L.cardLines.answer);
    expect(pending).toHaveLength(2);
    expect(pending[0]!.text).toBe(pending[1]!.text);
    const answers = mix.filter((l) => l.y === L.cardTop + L.cardLines.answer);
    expect(answers[0]!.text).not.toBe(pending[0]!.text);
  });
});
