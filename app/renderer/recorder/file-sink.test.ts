import { describe, expect, it, vi } from 'vitest';
import { fileSink, openBrowserSink, savePickerOf, type SavePicker, type WritableFile } from './file-sink.ts';

/** A writable file kept in memory: positioned writes, and whether it was closed (kept) or aborted (dropped). */
function memoryFile() {
  let bytes = new Uint8Array(0);
  const log: string[] = [];
  const file: WritableFile = {
    async write({ position, data }) {
      if (position + data.length > bytes.length) {
        const grown = new Uint8Array(position + data.length);
        grown.set(bytes);
        bytes = grown;
      }
      bytes.set(data, position);
      log.push(`write ${position}+${data.length}`);
    },
    close: async () => void log.push('close'),
    abort: async () => void log.push('abort'),
  };
  return { file, log, bytes: () => [...bytes] };
}

describe('fileSink', () => {
  it('streams each chunk to its position (a muxer patching its header) and closes once', async () => {
    const m = memoryFile();
    const sink = fileSink(m.file);
    await sink.write({ position: 0, data: new Uint8Array([0, 0, 0, 0]) });
    await sink.write({ position: 4, data: new Uint8Array([5, 6]) });
    await sink.write({ position: 0, data: new Uint8Array([9]) });
    await sink.finish();
    await sink.finish();
    await sink.abort();
    expect(m.bytes()).toEqual([9, 0, 0, 0, 5, 6]);
    expect(m.log).toEqual(['write 0+4', 'write 4+2', 'write 0+1', 'close']);
    await expect(sink.write({ position: 6, data: new Uint8Array([1]) })).rejects.toThrow(/already closed/);
  });

  it('an aborted export discards the file (no close)', async () => {
    const m = memoryFile();
    const sink = fileSink(m.file);
    await sink.write({ position: 0, data: new Uint8Array([1]) });
    await sink.abort();
    await sink.abort();
    expect(m.log).toEqual(['write 0+1', 'abort']);
  });
});

describe('openBrowserSink', () => {
  it('streams into the picked file, suggesting the name and its type', async () => {
    const m = memoryFile();
    const picker = vi.fn<SavePicker>(async () => ({ name: 'clase.webm', createWritable: async () => m.file }));
    const opened = await openBrowserSink('atenea-copy-0-9.webm', 'video/webm', picker);
    expect(picker).toHaveBeenCalledWith({ suggestedName: 'atenea-copy-0-9.webm', types: [{ accept: { 'video/webm': ['.webm'] } }] });
    expect(opened?.name).toBe('clase.webm');
    await opened!.sink.write({ position: 0, data: new Uint8Array([7]) });
    await opened!.sink.finish();
    expect(m.log).toEqual(['write 0+1', 'close']);
  });

  it('gives null when the person closes the picker', async () => {
    const abort = Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' });
    expect(await openBrowserSink('a.mp4', 'video/mp4', () => Promise.reject(abort))).toBeNull();
  });

  it('downloads instead when the picker is missing or refuses to open (no user gesture)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('Must be handling a user gesture'), { name: 'SecurityError' });
    vi.stubGlobal('document', {});
    try {
      expect((await openBrowserSink('a.mp4', 'video/mp4', () => Promise.reject(refused)))?.name).toBe('a.mp4');
      expect((await openBrowserSink('a.mp4', 'video/mp4', null))?.name).toBe('a.mp4');
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
      warn.mockRestore();
    }
  });

  it('savePickerOf finds showSaveFilePicker only where it exists', () => {
    expect(savePickerOf({})).toBeNull();
    expect(savePickerOf({ showSaveFilePicker: () => Promise.resolve() })).toBeTypeOf('function');
  });
});
