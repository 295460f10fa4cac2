import { describe, expect, it } from 'vitest';
import { chapterFor } from './chapters/registry.ts';
import { paramsFor } from './chapters/chapter.ts';
import { createGpuBackend } from '#core/gpu/common/backend.ts';
import { createAppController } from './app-controller.ts';
import { createAppStore } from './state/store.ts';

describe('app controller', () => {
  it('starts a newly chosen preset at frame 0, and keeps the frame on a parameter edit', async () => {
    const store = createAppStore();
    const chapter = chapterFor('ntm');
    const controller = createAppController(chapter, store, createGpuBackend());
    await controller.loadPreset('lookup');
    store.getState().seek(3);
    expect(store.getState().frame).toBe(3);
    await controller.loadPreset('copy');
    expect(store.getState()).toMatchObject({ preset: 'copy', frame: 0, fromFrame: 0 });
    store.getState().seek(3);
    const name = paramsFor(chapter, 'copy')[0]!.name;
    const value = store.getState().appliedParameters[name];
    if (value === undefined) throw new Error(`copy has no ${name}`);
    expect(await controller.editParameter(name, value)).toBe(true);
    expect(store.getState().frame).toBe(3);
  });

  it('changes the preset only together with its parameters, so a panel reading both never sees a mixed pair', async () => {
    const store = createAppStore();
    const chapter = chapterFor('ntm');
    const controller = createAppController(chapter, store, createGpuBackend());
    await controller.loadPreset('lookup');
    const seen: string[] = [];
    // What the parameter panel and the provenance badge do on every update: the step's values of the preset.
    store.subscribe(
      (s) => [s.preset, s.appliedParameters] as const,
      ([preset, parameters]) => {
        seen.push(preset);
        chapter.stepParameters?.valuesAt(parameters, preset, 0);
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    await controller.loadPreset('copy-trained');
    expect(seen).toEqual(['copy-trained']);
    expect(store.getState().appliedParameters.training).toBe(5);
    expect(store.getState().trace?.frames.length).toBeGreaterThan(0);
  });
});
