import { describe, expect, it } from 'vitest';
import { copyTaskScenario, copyTaskSequence } from './copy-task.ts';
import { NTM_PRESETS, ntmPreset } from './presets.ts';
import { runNtmScenarioSync } from './run-scenario.ts';
import { NTM_STAGES } from './types.ts';
import { weightingsOverTime } from './weightings-over-time.ts';

describe('NTM presets', () => {
  it('lookup, copy, free and copy-trained, named in both languages, each runs', () => {
    expect(NTM_PRESETS.map((p) => p.id)).toEqual(['lookup', 'copy', 'free', 'copy-trained']);
    expect(ntmPreset('lookup')!.name).toEqual({ en: 'Lookup at step t', es: 'Búsqueda en el paso t' });
    expect(ntmPreset('copy')!.name.en).toBe('Copy task');
    expect(ntmPreset('free')!.name.en).toBe('Free play');
    expect(ntmPreset('nope')).toBeUndefined();
    for (const p of NTM_PRESETS) {
      const trace = runNtmScenarioSync(p.scenario);
      expect(trace.frames.length).toBe(trace.steps * NTM_STAGES.length);
      expect(p.description.es.length).toBeGreaterThan(0);
      // A preset is plain JSON: it survives a round trip through a file.
      expect(runNtmScenarioSync(JSON.parse(JSON.stringify(p.scenario)))).toEqual(trace);
    }
  });
  it('lookup is the lecture figure: one step, N = 8, M = 4, focused on the slot matching the key', () => {
    const trace = runNtmScenarioSync(ntmPreset('lookup')!.scenario);
    expect(trace.steps).toBe(1);
    const { input, result, writeMode } = trace.frames[0]!.data;
    expect([input.memory.rows, input.memory.columns]).toEqual([8, 4]);
    expect(writeMode).toBe('simplified');
    expect(result.similarity[2]).toBe(1);
    expect(result.similarity[7]).toBe(0);
    const best = result.weights.indexOf(Math.max(...result.weights));
    expect(best).toBe(2);
  });
});

describe('copy task (Graves et al. 2014, §4.1)', () => {
  it('the sequence is seeded bits', () => {
    const a = copyTaskSequence(8, 8, 2014);
    expect(a).toEqual(copyTaskSequence(8, 8, 2014));
    expect(a).not.toEqual(copyTaskSequence(8, 8, 2015));
    expect(a.flat().every((b) => b === 0 || b === 1)).toBe(true);
  });
  for (const options of [{}, { length: 5, bits: 6, slots: 5, seed: 3 }, { length: 12, seed: 99 }]) {
    it(`reads back exactly what it wrote (${JSON.stringify(options)})`, () => {
      const scenario = copyTaskScenario(options);
      const length = options.length ?? 8;
      const bits = options.bits ?? 8;
      const sequence = copyTaskSequence(length, bits, options.seed ?? 2014);
      const trace = runNtmScenarioSync(scenario);
      expect(trace.steps).toBe(2 * length);
      for (let t = 0; t < length; t++) {
        const { role, result } = trace.frames[(length + t) * NTM_STAGES.length]!.data;
        expect(role).toBe('read');
        const read = Array.from(result.readVector);
        const expected = [...sequence[t]!, t === 0 ? 1 : 0];
        read.forEach((x, j) => expect(Math.abs(x - expected[j]!)).toBeLessThan(1e-9));
        expect(read.slice(0, bits).map(Math.round)).toEqual(sequence[t]);
      }
    });
  }
  it('write weightings move +1 from slot 0; read weightings repeat them (heat maps)', () => {
    const trace = runNtmScenarioSync(copyTaskScenario());
    const w = weightingsOverTime(trace);
    expect([w.steps, w.slots]).toEqual([16, 12]);
    for (let t = 0; t < 8; t++) {
      expect(w.write[t]!.indexOf(1)).toBe(t);
      expect(w.read[t]!.every((x) => x === 0)).toBe(true);
      expect(w.write[8 + t]!.every((x) => x === 0)).toBe(true);
      const r = w.read[8 + t]!;
      expect(r.indexOf(Math.max(...r))).toBe(t);
      expect(Math.max(...r)).toBeGreaterThan(1 - 1e-12);
    }
  });
  it('rejects impossible options', () => {
    expect(() => copyTaskScenario({ length: 10, slots: 4 })).toThrow(RangeError);
  });
});
