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
});
