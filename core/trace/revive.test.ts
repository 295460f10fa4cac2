/**
 * The revive step: a trace written as JSON (typed arrays as arrays, −Infinity as null, as `atenea trace` writes
 * it) comes back as the very trace the module computed, for every preset of every mechanism; a trace of another
 * module or with a bad frame is refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { MECHANISMS } from '../models/registry.ts';
import { ntmMechanism } from '../models/ntm/index.ts';
import type { Trace } from './trace.ts';
import { traceDifference } from './trace-compare.ts';

/** What `atenea trace` writes (core/cli/json-output.ts), read back. */
function throughJson(trace: Trace): unknown {
  return JSON.parse(JSON.stringify(trace, (_k, v: unknown) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v as Float64Array) : v)));
}

describe('reviveTrace', () => {
  for (const mechanism of MECHANISMS) {
    it(`${mechanism.id}: every preset's trace survives JSON with its typed arrays`, async () => {
      for (const preset of mechanism.presets) {
        const trace = await mechanism.runReference(mechanism.parseScenario(preset.scenario));
        const revived = mechanism.reviveTrace(throughJson(trace));
        expect(traceDifference(revived, trace), `${mechanism.id}/${preset.id}`).toBeNull();
        // The same shape too (Float64Array where the module has one); an image preset is too big for a deep toEqual.
        if (mechanism.id === 'focus') expect(revived.frames[0]!.data).toMatchObject({ product: expect.any(Float64Array), mask: expect.any(Float64Array) });
        else expect(revived, `${mechanism.id}/${preset.id}`).toEqual(trace);
      }
    }, 60_000);
  }
  it('refuses a trace of another module, a stage that is not the module’s and data that is not its frames', async () => {
    const trace = await ntmMechanism.runReference(ntmMechanism.parseScenario(ntmMechanism.presets[0]!.scenario));
    const json = throughJson(trace) as { module: string; frames: { stage: string; data: unknown }[] };
    expect(() => ntmMechanism.reviveTrace({ ...json, module: 'act' })).toThrow(/trace\.module: "act"; allowed: "ntm"/);
    const badStage = { ...json, frames: [{ ...json.frames[0]!, stage: 'ponder' }] };
    expect(() => ntmMechanism.reviveTrace(badStage)).toThrow(/trace\.frames\[0\]\.stage: "ponder"; allowed: content, interpolate/);
    const badData = { ...json, frames: [{ ...json.frames[0]!, data: { kind: 'ponder' } }] };
    expect(() => ntmMechanism.reviveTrace(badData)).toThrow(/trace\.frames\[0\]\.data: not the frame data of this module/);
  });
});
