import { describe, expect, it } from 'vitest';
import { runProgram } from './program.ts';
import { PROGRAMMER_PRESETS, PROGRAMMER_PRESET_IDS, programmerPreset } from './presets.ts';
import { scenarioToJson, scenarioWeights, parseProgrammerScenario } from './scenario.ts';
import { runProgrammerScenario } from './trace.ts';
import { PROGRAMMER_STAGES } from './types.ts';

function answers(id: string): { soft: number[]; hard: number[] } {
  const { scenario } = programmerPreset(id)!;
  const input = { table: scenario.table, pivot: scenario.pivot, steps: scenarioWeights(scenario) };
  return { soft: runProgram(input, 'soft').map((s) => s.scalar), hard: runProgram(input, 'hard').map((s) => s.scalar) };
}

describe('programmer presets', () => {
  it('have ids and names in Spanish and English', () => {
    expect(PROGRAMMER_PRESET_IDS).toEqual(['count-greater', 'sum-lesser', 'soft', 'controller']);
    for (const p of PROGRAMMER_PRESETS) {
      expect(p.name.es.length).toBeGreaterThan(0);
      expect(p.name.en.length).toBeGreaterThan(0);
    }
    expect(programmerPreset('count-greater')!.name.es).toBe('¿Cuántas filas tienen X > 10?');
    expect(programmerPreset('sum-lesser')!.name.en).toBe('Sum of Y where X < 5');
    expect(programmerPreset('nope')).toBeUndefined();
  });

  it('count-greater: X > 10 selects rows 1, 3, 4, 6 and the count is 4', () => {
    const { scenario } = programmerPreset('count-greater')!;
    const r = runProgram({ table: scenario.table, pivot: scenario.pivot, steps: scenarioWeights(scenario) });
    expect(Array.from(r[0]!.rowSelector)).toEqual([0, 1, 0, 1, 1, 0, 1, 0]);
    expect(r[1]!.scalar).toBe(4);
    expect(answers('count-greater')).toEqual({ soft: [0, 4], hard: [0, 4] });
  });

  it('sum-lesser: X < 5 selects rows 0, 2, 5 and Y sums to 7 + 12 + 14 = 33', () => {
    const { scenario } = programmerPreset('sum-lesser')!;
    const r = runProgram({ table: scenario.table, pivot: scenario.pivot, steps: scenarioWeights(scenario) });
    expect(Array.from(r[0]!.rowSelector)).toEqual([1, 0, 1, 0, 0, 1, 0, 0]);
    expect(r[1]!.scalar).toBe(33);
    expect(answers('sum-lesser')).toEqual({ soft: [0, 33], hard: [0, 33] });
  });

  it('soft: the mixture (12.6178, hand-computed) differs visibly from the hard answer (4)', () => {
    const { scenario } = programmerPreset('soft')!;
    const soft = runProgram({ table: scenario.table, pivot: scenario.pivot, steps: scenarioWeights(scenario) }, 'soft');
    // rs_1 = 0.6·greater + 0.25·lesser + 0.1·reset + 0.05·and, with α_col = (0.7, 0.3).
    expect(Array.from(soft[0]!.rowSelector).map((v) => Number(v.toFixed(12)))).toEqual([0.4, 0.645, 0.505, 0.645, 0.645, 0.505, 0.645, 0.4]);
    // count = 4.39; sum = 0.2·50.295 + 0.8·29.94 = 34.011; scalar_2 = 0.3·34.011 + 0.55·4.39 + 0.15·0.
    expect(soft[1]!.operations.count).toBeCloseTo(4.39, 12);
    expect(soft[1]!.operations.sumPerColumn[0]).toBeCloseTo(50.295, 12);
    expect(soft[1]!.operations.sumPerColumn[1]).toBeCloseTo(29.94, 12);
    expect(soft[1]!.scalar).toBeCloseTo(12.6178, 12);
    expect(answers('soft').hard).toEqual([0, 4]);
  });

  it('controller: four steps of network-like weights (distributions, not one-hot), the same for the same seed', () => {
    const { scenario } = programmerPreset('controller')!;
    const w = scenarioWeights(scenario);
    expect(w).toHaveLength(4);
    for (const s of w) {
      expect(s.op.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(s.column.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(Math.max(...s.op)).toBeLessThan(0.99);
    }
    expect(scenarioWeights(scenario)).toEqual(w);
  });

  it('every preset survives its JSON form and runs into 11 frames per step', () => {
    for (const p of PROGRAMMER_PRESETS) {
      const again = parseProgrammerScenario(JSON.parse(JSON.stringify(scenarioToJson(p.scenario))));
      expect(scenarioWeights(again)).toEqual(scenarioWeights(p.scenario));
      const trace = runProgrammerScenario(p.scenario);
      expect(trace.module).toBe('programmer');
      expect(trace.frames).toHaveLength(trace.steps * PROGRAMMER_STAGES.length);
      expect(trace.frames.slice(0, PROGRAMMER_STAGES.length).map((f) => f.stage)).toEqual([...PROGRAMMER_STAGES]);
      const lastFrame = trace.frames[trace.frames.length - 1]!;
      expect(lastFrame.stage).toBe('mix');
      if (p.expectedAnswer !== undefined) expect(lastFrame.data.hard.scalar).toBe(p.expectedAnswer);
    }
  });
});
