/**
 * The revive step: a trace written as JSON (typed arrays as arrays, −Infinity as null, as `atenea trace` writes
 * it) comes back as the very trace the module computed, for every preset of every mechanism; a trace of another
 * module or with a bad frame is refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { MECHANISMS } from '../models/registry.ts';
import { ntmMechanism } from '../models/ntm/index.ts';
import { ValidationError } from '../scenario/validate.ts';
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
  it('describes a bad value in one short line, and refuses data nested 100,000 deep instead of overflowing the stack', async () => {
    const trace = await ntmMechanism.runReference(ntmMechanism.parseScenario(ntmMechanism.presets[0]!.scenario));
    const json = throughJson(trace) as { module: string; frames: { stage: string; data: unknown }[] };
    let deep: unknown = [1];
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { a: deep };
    const huge = 'x\n'.repeat(1 << 19);
    const message = (value: unknown): string => {
      try {
        ntmMechanism.reviveTrace(value);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    for (const m of [
      message({ ...json, module: deep }),
      message({ ...json, module: huge }),
      message({ ...json, steps: deep }),
      message({ ...json, frames: [{ ...json.frames[0]!, stage: huge }] }),
      message({ ...json, frames: [{ ...json.frames[0]!, step: deep }] }),
    ]) {
      expect(m.split('\n')).toHaveLength(1);
      expect(m.length).toBeLessThan(200);
    }
    expect(message({ ...json, module: deep })).toBe('trace.module: an array of length 1; allowed: "ntm"');
    expect(message({ ...json, frames: [{ ...json.frames[0]!, data: deep }] })).toBe(
      'trace.frames[0].data: nested deeper than 32 levels; allowed: ntm frame data',
    );
  });
});
