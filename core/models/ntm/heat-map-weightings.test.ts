import { describe, expect, it } from 'vitest';
import { ntmPreset } from './presets.ts';
import { runNtmScenarioSync } from './run-scenario.ts';
import { alternatesReadWrite, heatMapWeightings } from './heat-map-weightings.ts';
import { weightingsOverTime, weightingsPerHeadStep } from './weightings-over-time.ts';

describe('NTM heat map weightings', () => {
  const trained = runNtmScenarioSync(ntmPreset('copy-trained')!.scenario);
  const scripted = runNtmScenarioSync(ntmPreset('copy')!.scenario);
  it('the trained copy NTM: one column per time step of each head, revealed as each head acts', () => {
    expect(alternatesReadWrite(trained)).toBe(true);
    const maps = heatMapWeightings(trained);
    const perHead = weightingsPerHeadStep(trained);
    expect(maps.steps).toBe(13); // 2L + 1 time steps for L = 6
    expect([maps.read, maps.write]).toEqual([perHead.read, perHead.write]);
    // Scenario step 4 is the read head of time step 2: read column 2 is drawn, write column 2 is not yet.
    expect([maps.revealed('read', 4), maps.revealed('write', 4), maps.column(4)]).toEqual([2, 1, 2]);
    expect([maps.revealed('read', 5), maps.revealed('write', 5), maps.column(5)]).toEqual([2, 2, 2]);
    expect([maps.revealed('read', -1), maps.revealed('write', -1)]).toEqual([-1, -1]);
  });
  it('any other trace keeps one column per scenario step', () => {
    expect(alternatesReadWrite(scripted)).toBe(false);
    const maps = heatMapWeightings(scripted);
    const over = weightingsOverTime(scripted);
    expect(maps.steps).toBe(scripted.steps);
    expect([maps.read, maps.write]).toEqual([over.read, over.write]);
    expect([maps.revealed('write', 3), maps.column(3)]).toEqual([3, 3]);
  });
});
