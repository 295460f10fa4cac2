import { describe, expect, it } from 'vitest';
import { runProgrammerScenario } from '#core/models/programmer/trace.ts';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import { applyProgrammerParameter, parameterOfPath, presetParameters, scenarioFor, spreadWeights } from './programmer-params.ts';

const lastScalar = (preset: string, p = presetParameters(preset)) => {
  const trace = runProgrammerScenario(scenarioFor(preset, p));
  const last = trace.frames[trace.frames.length - 1]!.data;
  return { soft: last.soft.scalar, hard: last.hard.scalar };
};

describe('Neural Programmer parameters', () => {
  it('rebuild every preset exactly from its parameters (same answers as the core presets)', () => {
    for (const preset of PROGRAMMER_PRESETS) {
      const ref = runProgrammerScenario(preset.scenario);
      const mine = runProgrammerScenario(scenarioFor(preset.id, presetParameters(preset.id)));
      expect(mine.frames.length).toBe(ref.frames.length);
      const a = ref.frames.at(-1)!.data;
      const b = mine.frames.at(-1)!.data;
      expect(b.soft.scalar).toBe(a.soft.scalar);
      expect(b.hard.scalar).toBe(a.hard.scalar);
    }
    expect(lastScalar('count-greater').hard).toBe(4);
    expect(lastScalar('sum-lesser').hard).toBe(33);
  });

  it('write the question from the edited pivot (pivot 20 reads "X > 20", in both languages)', () => {
    const r = applyProgrammerParameter('count-greater', 'pivot', 20, presetParameters('count-greater'));
    if (!('parameters' in r)) throw new Error('pivot 20 was refused');
    const q = scenarioFor('count-greater', r.parameters).question;
    expect(q.en).toBe('How many rows have X > 20?');
    expect(q.es).toBe('¿Cuántas filas tienen X > 20?');
    const half = scenarioFor('sum-lesser', { ...presetParameters('sum-lesser'), pivot: 2.5 }).question;
    expect(half.es).toBe('Suma de Y donde X < 2,5');
    expect(half.en).toBe('Sum of Y where X < 2.5');
  });

  it('recompute with a new pivot: X > 15 leaves 2 rows (23 and 17)', () => {
    const r = applyProgrammerParameter('count-greater', 'pivot', 15, presetParameters('count-greater'));
    expect('parameters' in r).toBe(true);
    if ('parameters' in r) expect(lastScalar('count-greater', r.parameters).hard).toBe(2);
  });

  it('refuse bad values with the field and the allowed range, naming the panel field', () => {
    const p = presetParameters('count-greater');
    const nan = applyProgrammerParameter('count-greater', 'pivot', Number.NaN, p);
    expect(nan).toEqual({
      problem: { path: 'pivot', problem: 'got a value that is not a number', allowed: 'a finite number in [-1000000000, 1000000000]' },
    });
    const sums = applyProgrammerParameter('count-greater', 'op1', [0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0], p);
    expect('problem' in sums && sums.problem.path).toBe('op1');
    expect('problem' in sums && sums.problem.problem).toBe('sums to 1.5');
    const short = applyProgrammerParameter('count-greater', 'column1', [1], p);
    expect('problem' in short && short.problem).toMatchObject({ path: 'column1', problem: 'got length 1' });
    const spread = applyProgrammerParameter('soft', 'spread', 2, presetParameters('soft'));
    expect('problem' in spread && spread.problem).toEqual({ path: 'spread', problem: 'got 2', allowed: 'a finite number in [0, 1]' });
    const steps = applyProgrammerParameter('count-greater', 'steps', 9, p);
    expect('problem' in steps && steps.problem).toEqual({ path: 'steps', problem: 'got 9', allowed: 'an integer in [1, 4]' });
    const notHere = applyProgrammerParameter('count-greater', 'seed', 3, p);
    expect('problem' in notHere && notHere.problem.path).toBe('seed');
    const noStep = applyProgrammerParameter('count-greater', 'op3', [0, 0, 0, 0, 0, 0, 0, 0, 1], p);
    expect('problem' in noStep && noStep.problem.problem).toBe('the program has 2 steps');
    const ctrl = applyProgrammerParameter('controller', 'op1', [1, 0, 0, 0, 0, 0, 0, 0, 0], presetParameters('controller'));
    expect('problem' in ctrl && ctrl.problem.path).toBe('op1');
  });

  it('grow a hand-set program with reset steps and shrink it again', () => {
    const p = presetParameters('count-greater');
    const r = applyProgrammerParameter('count-greater', 'steps', 3, p);
    if (!('parameters' in r)) throw new Error('refused');
    expect(r.parameters.op3).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(runProgrammerScenario(scenarioFor('count-greater', r.parameters)).steps).toBe(3);
    const back = applyProgrammerParameter('count-greater', 'steps', 2, r.parameters);
    if (!('parameters' in back)) throw new Error('refused');
    expect(back.parameters.op3).toBeUndefined();
  });

  it('spread moves the soft answer away from the hard one, which stays', () => {
    expect(spreadWeights([1, 0, 0, 0], 0.4)).toEqual([0.7, 0.1, 0.1, 0.1]);
    const p = presetParameters('count-greater');
    const r = applyProgrammerParameter('count-greater', 'spread', 0.3, p);
    if (!('parameters' in r)) throw new Error('refused');
    const a = lastScalar('count-greater', r.parameters);
    expect(a.hard).toBe(4);
    expect(Math.abs(a.soft - 4)).toBeGreaterThan(0.1);
  });

  it('the controller takes T, seed and sharpness', () => {
    const p = presetParameters('controller');
    expect(p).toMatchObject({ steps: 4, seed: 7, sharpness: 3 });
    const r = applyProgrammerParameter('controller', 'steps', 6, p);
    if (!('parameters' in r)) throw new Error('refused');
    expect(runProgrammerScenario(scenarioFor('controller', r.parameters)).steps).toBe(6);
    const bad = applyProgrammerParameter('controller', 'sharpness', -1, p);
    expect('problem' in bad && bad.problem).toEqual({ path: 'sharpness', problem: 'got -1', allowed: 'a finite number in [0, 100]' });
  });

  it('map scenario paths back to panel fields', () => {
    expect(parameterOfPath('program.steps[1].column')).toBe('column2');
    expect(parameterOfPath('program.steps[0].op.sum')).toBe('op1');
    expect(parameterOfPath('pivot')).toBe('pivot');
    expect(parameterOfPath('table.rows')).toBeNull();
  });
});
