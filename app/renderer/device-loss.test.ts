/**
 * Device loss as the app lives it (controller, store, status line, with fake devices): the trace on screen is kept
 * when the device goes, the line says so in the UI language, and the next edit computes again, on a new device
 * or on the float64 reference.
 */
import { describe, expect, it } from 'vitest';
import { createGpuBackend, type GpuBackend } from '#core/gpu/common/backend.ts';
import { fakeDevice } from '#core/testing/fake-device.ts';
import { ntmMechanism } from '#core/models/ntm/index.ts';
import { messages } from '../shared/i18n/i18n.ts';
import { createAppController } from './app-controller.ts';
import type { Chapter } from './chapters/chapter.ts';
import { ntmChapter } from './chapters/ntm/index.ts';
import { scenarioFor } from './chapters/ntm/ntm-params.ts';
import { createAppStore } from './state/store.ts';
import { backendText, followDeviceLoss } from './ui/backend-line.ts';

/** The NTM chapter with a stand-in GPU path (the reference, run only when the backend has a device). */
const chapter: Chapter = {
  ...ntmChapter,
  compute: (parameters, preset, { backend }) => {
    const scenario = ntmMechanism.parseScenario(scenarioFor(preset, parameters));
    return backend.compute(
      () => ntmMechanism.runReference(scenario),
      () => ntmMechanism.runReference(scenario),
    );
  },
};

function app(backend: GpuBackend) {
  const store = createAppStore({ language: 'en' });
  store.getState().setBackend({ kind: 'webgpu', adapter: 'fake / gpu', software: false, draw: 'webgpu' });
  followDeviceLoss(store, backend);
  const line = () => backendText(store.getState().backend, messages(store.getState().language));
  return { store, controller: createAppController(chapter, store, backend), line };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a lost GPU device in the app', () => {
  it('keeps the trace, says so, and computes the next edit on the reference when no new device comes', async () => {
    const a = fakeDevice('a');
    const { store, controller, line } = app(createGpuBackend({ device: a.device, provider: async () => null }));
    await controller.loadPreset('lookup');
    const shown = store.getState().trace;
    expect(shown).not.toBeNull();
    a.lose('destroyed on purpose');
    await settle();
    expect(store.getState().trace).toBe(shown);
    expect(line()).toBe(messages('en').backend.deviceLost);
    expect(await controller.editParameter('beta', 3)).toBe(true);
    expect(store.getState().trace).not.toBe(shown);
    expect(store.getState().backend).toMatchObject({ kind: 'cpu', deviceLoss: 'lost' });
    expect(store.getState().backend.fallbackReason).toMatch(/destroyed on purpose/);
    expect(line()).toBe(messages('en').backend.deviceLostCpu);
    store.getState().setLanguage('es');
    expect(line()).toContain('Se perdió el dispositivo GPU');
  });
  it('says the device was replaced once the next edit computes on a new one', async () => {
    const a = fakeDevice('a');
    const b = fakeDevice('b');
    const backend = createGpuBackend({ device: a.device, provider: async () => b.device });
    const { store, controller, line } = app(backend);
    await controller.loadPreset('lookup');
    a.fail('validation error');
    await settle();
    expect(store.getState().backend.deviceLoss).toBe('lost');
    await controller.editParameter('beta', 3);
    expect(backend.device).toBe(b.device);
    expect(store.getState().backend).toMatchObject({ kind: 'webgpu', deviceLoss: 'replaced' });
    expect(line()).toBe('The GPU device was lost and replaced: computing with WebGPU on a new device (fake / gpu)');
  });
});
