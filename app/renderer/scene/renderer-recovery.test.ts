import { describe, expect, it } from 'vitest';
import { recoverViewOnDeviceLoss, type DrawBackend } from './renderer-recovery.ts';

/** A loss source the test fires by hand, and a record of what the recovery did, in order. */
function setup(devices: (GPUDevice | null)[], failFirst = false) {
  const listeners: (() => void)[] = [];
  const log: string[] = [];
  let failed = !failFirst;
  const done: (() => void)[] = [];
  const stop = recoverViewOnDeviceLoss({
    onDeviceLost: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    nextDevice: async () => {
      const device = devices.shift() ?? null;
      log.push(`device ${device ? device.label : 'none'}`);
      return device;
    },
    recover: async (device): Promise<DrawBackend> => {
      if (!failed) {
        failed = true;
        throw new Error('init failed');
      }
      log.push(`recover ${device ? device.label : 'none'}`);
      return device ? 'webgpu' : 'webgl2';
    },
    recovered: (draw, device) => {
      log.push(`recovered ${draw} ${device ? device.label : 'none'}`);
      done.shift()?.();
    },
  });
  const lose = () => new Promise<void>((resolve) => (done.push(resolve), listeners.forEach((l) => l())));
  return { log, lose, stop, listeners };
}

const device = (label: string) => ({ label }) as GPUDevice;

describe('recoverViewOnDeviceLoss', () => {
  it('rebuilds the view on the next device after each loss, and says what it draws with', async () => {
    const r = setup([device('b'), null]);
    await r.lose();
    expect(r.log).toEqual(['device b', 'recover b', 'recovered webgpu b']);
    await r.lose();
    expect(r.log.slice(3)).toEqual(['device none', 'recover none', 'recovered webgl2 none']);
    r.stop();
    expect(r.listeners).toHaveLength(0);
  });

  it('a failed rebuild does not stop the next loss from being handled', async () => {
    const r = setup([device('b'), device('c')], true);
    r.listeners.forEach((l) => l());
    await r.lose();
    expect(r.log).toEqual(['device b', 'device c', 'recover c', 'recovered webgpu c']);
  });
});
