import { describe, expect, it } from 'vitest';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import { runProgrammerScenario } from '#core/models/programmer/trace.ts';
import { mixDisplay, programmerDisplay, programmerSnapshot } from './programmer-view.ts';

const trace = runProgrammerScenario(PROGRAMMER_PRESETS[0]!.scenario);
const frame = (step: number, stage: string) => trace.frames.find((f) => f.step === step && f.stage === stage)!;

describe('Neural Programmer display', () => {
  it('reveals operations one by one and the answer at the mix', () => {
    const select = programmerDisplay(frame(0, 'select'));
    expect(select.opRevealed.every((x) => x === 0)).toBe(true);
    expect(select.answerOn).toBe(0);
    const greater = programmerDisplay(frame(0, 'greater'));
    expect(greater.opRevealed).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(greater.opActive[3]).toBe(1);
    // X > 10 lights rows 1, 3, 4, 6 in column X (and Y's cells above 10: row 2 (12), row 5 (14)).
    expect(greater.cellLight.filter((_, k) => k % 2 === 0)).toEqual([0, 1, 0, 1, 1, 0, 1, 0]);
    const mix = programmerDisplay(frame(0, 'mix'));
    expect(mix.rowsOut).toEqual([0, 1, 0, 1, 1, 0, 1, 0]);
    expect(mix.answerOn).toBe(1);
    expect(programmerDisplay(frame(1, 'select')).rowsIn).toEqual([0, 1, 0, 1, 1, 0, 1, 0]);
  });

  it('interpolates between frames and lands exactly on the target', () => {
    const a = programmerDisplay(frame(0, 'lesser'));
    const b = programmerDisplay(frame(0, 'mix'));
    expect(mixDisplay(a, b, 1)).toBe(b);
    expect(mixDisplay(a, b, 0.5).answerOn).toBe(0.5);
  });

  it('snapshots plain arrays with both evaluations', () => {
    const s = programmerSnapshot(trace.frames.at(-1)!);
    expect(s).toMatchObject({ t: 2, steps: 2, stage: 'mix', hardOperation: 'count', hardColumn: 'X', pivot: 10 });
    expect((s.hard as { scalar: number }).scalar).toBe(4);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
