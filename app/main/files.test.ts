import { mkdtempSync, readFileSync, readdirSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSaveService } from './files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atenea-files-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe('createSaveService', () => {
  it('opens a save after the dialog, streams, finishes; a cancelled dialog opens nothing', async () => {
    let answer: string | null = null;
    const service = createSaveService(async () => answer);
    expect(await service.begin({ kind: 'file', suggestedName: 'x.gif' })).toBeNull();
    answer = join(dir, 'x.gif');
    const handle = await service.begin({ kind: 'file', suggestedName: 'x.gif' });
    expect(handle).toEqual({ id: expect.any(Number), name: 'x.gif' });
    await service.write(handle!.id, 0, new Uint8Array([71, 73, 70]), undefined);
    await service.finish(handle!.id);
    expect(readFileSync(answer, 'latin1')).toBe('GIF');
    await expect(service.write(handle!.id, 0, new Uint8Array(1), undefined)).rejects.toThrow(/no open save/);
  });

  it('abort deletes the temporary file', async () => {
    const service = createSaveService(async () => join(dir, 'y.mp4'));
    const handle = (await service.begin({ kind: 'file', suggestedName: 'y.mp4' }))!;
    await service.write(handle.id, 0, new Uint8Array(10), undefined);
    await service.abort(handle.id);
    await service.abortAll();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('save:* IPC handlers', () => {
  it('validate every argument and reach the service', async () => {
    const { createSaveHandlers } = await import('./files.ts');
    const { IPC_CHANNELS } = await import('../shared/ipc/channels.ts');
    const calls: unknown[][] = [];
    const service = {
      begin: async (r: unknown) => (calls.push(['begin', r]), { id: 1, name: 'x.mp4' }),
      write: async (...a: unknown[]) => void calls.push(['write', ...a]),
      finish: async (id: number) => void calls.push(['finish', id]),
      abort: async (id: number) => void calls.push(['abort', id]),
      abortAll: async () => undefined,
    };
    const h = createSaveHandlers(service);
    expect(h[IPC_CHANNELS.saveBegin].validate([{ kind: 'file', suggestedName: 'x.mp4' }])).toEqual({
      ok: true,
      args: [{ kind: 'file', suggestedName: 'x.mp4' }],
    });
    for (const bad of [
      [],
      [{ kind: 'disk', suggestedName: 'x' }],
      [{ kind: 'file', suggestedName: '../x.mp4' }],
      [{ kind: 'file', suggestedName: '/etc/passwd' }],
      ['x.mp4'],
    ]) {
      expect(h[IPC_CHANNELS.saveBegin].validate(bad).ok, JSON.stringify(bad)).toBe(false);
    }
    let deep: unknown = 'file';
    for (let i = 0; i < 100_000; i++) deep = { kind: deep };
    expect(h[IPC_CHANNELS.saveBegin].validate([{ kind: deep, suggestedName: 'x' }])).toMatchObject({
      ok: false,
      error: "kind must be 'file' or 'folder' (got an object with 1 field).",
    });
    expect(h[IPC_CHANNELS.saveWrite].validate([1, 0, new Uint8Array(3)]).ok).toBe(true);
    expect(h[IPC_CHANNELS.saveWrite].validate([1, 0, new Uint8Array(3), 'frame-00001.png']).ok).toBe(true);
    for (const bad of [
      [0, 0, new Uint8Array(1)],
      [1, -1, new Uint8Array(1)],
      [1, 0, [1, 2]],
      [1, 0, new Uint8Array(1), '../a.png'],
      [1, 0, new Uint8Array(1), 'a.exe'],
      [1.5, 0, new Uint8Array(1)],
    ]) {
      expect(h[IPC_CHANNELS.saveWrite].validate(bad).ok, String(bad)).toBe(false);
    }
    expect(h[IPC_CHANNELS.saveFinish].validate([2])).toEqual({ ok: true, args: [2] });
    expect(h[IPC_CHANNELS.saveAbort].validate(['2']).ok).toBe(false);
    await h[IPC_CHANNELS.saveBegin].handle({ kind: 'file', suggestedName: 'x.mp4' });
    await h[IPC_CHANNELS.saveAbort].handle(1);
    expect(calls.map((c) => c[0])).toEqual(['begin', 'abort']);
    expect(() => createSaveHandlers(undefined)[IPC_CHANNELS.saveFinish].handle(1)).toThrow(/not available/);
  });
});
