/**
 * The app and the command cannot disagree: for every preset of every chapter, the trace the chapter computes
 * (its parameters → scenario → the descriptor through the app's backend, here with no device) equals, value for
 * value, the trace `atenea trace <preset>` computes (the descriptor's parser and float64 reference).
 */
import { describe, expect, it } from 'vitest';
import { createGpuBackend } from '#core/gpu/common/backend.ts';
import { mechanismPreset } from '#core/models/mechanism.ts';
import { MECHANISMS } from '#core/models/registry.ts';
import { traceDifference } from '#core/trace/trace-compare.ts';
import { CHAPTERS } from './registry.ts';

describe('chapter and descriptor parity (float64 reference)', () => {
  for (const chapter of Object.values(CHAPTERS)) {
    const mechanism = MECHANISMS.find((m) => m.id === chapter!.id)!;
    it(`${chapter!.id}: every preset of the chapter is a preset of the descriptor, and the two traces are equal`, async () => {
      expect(mechanism, chapter!.id).toBeDefined();
      expect(chapter!.presets.map((p) => p.id)).toEqual(mechanism.presets.map((p) => p.id));
      for (const { id } of chapter!.presets) {
        const app = await chapter!.compute(chapter!.presetParameters(id), id, { backend: createGpuBackend() });
        expect(app.backend).toBe('cpu');
        expect(app.fallbackReason).toBeUndefined();
        const cli = await mechanism.runReference(mechanism.parseScenario(mechanismPreset(mechanism, id)!.scenario));
        expect(traceDifference(app.trace, cli), `${chapter!.id}/${id}`).toBeNull();
      }
    });
  }
});
