import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveService } from './files.ts';
import { discardSavesOnExit } from './save-lifecycle.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atenea-lifecycle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for Electron's `app`: `quit()` emits `before-quit` and quits unless a listener prevents it. */
function fakeApp() {
  const app = Object.assign(new EventEmitter(), {
    quitted: 0,
    quit() {
      let prevented = false;
      app.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) app.quitted++;
    },
  });
  return app;
}

async function exportInProgress(name: string) {
  const service = createSaveService(async () => join(dir, name));
  const handle = (await service.begin({ kind: 'file', suggestedName: name }))!;
  await service.write(handle.id, 0, new Uint8Array(4096), undefined);
  expect(readdirSync(dir)).toHaveLength(1); // the partial file beside the target
  return service;
}

describe('discardSavesOnExit', () => {
  it('closing the window during an export leaves no partial file', async () => {
    const service = await exportInProgress('lecture.mp4');
    const window = new EventEmitter();
    const discarder = discardSavesOnExit(fakeApp(), service);
    discarder.watch(window);
    window.emit('close');
    await discarder.settled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('quitting during an export waits for the discard, then quits once', async () => {
    const service = await exportInProgress('lecture.gif');
    const app = fakeApp();
    const abortAll = vi.spyOn(service, 'abortAll');
    const discarder = discardSavesOnExit(app, service);
    app.quit();
    expect(app.quitted).toBe(0);
    await discarder.settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readdirSync(dir)).toEqual([]);
    expect(app.quitted).toBe(1);
    expect(abortAll).toHaveBeenCalledTimes(1);
  });

  it('quits even when a discard fails', async () => {
    const app = fakeApp();
    const service = { ...createSaveService(async () => null), abortAll: async () => Promise.reject(new Error('EIO')) };
    const discarder = discardSavesOnExit(app, service);
    app.quit();
    await discarder.settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quitted).toBe(1);
  });
});
