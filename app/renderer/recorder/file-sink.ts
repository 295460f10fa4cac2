/**
 * The browser host's export straight to disk (README "Speed", "Export"): where the File System Access API is
 * present, the save picker gives a file and the muxer's positioned writes go into its writable stream as they
 * come (Chromium writes a swap file and moves it into place on close; an abort leaves nothing). Elsewhere, or when
 * the picker cannot open (no user gesture left), the export is assembled as a Blob download (sinks.ts).
 */
import type { ByteSink } from './byte-sink.ts';
import { downloadSink } from './sinks.ts';

/** The part of a `FileSystemWritableFileStream` the sink uses. */
export interface WritableFile {
  write(chunk: { type: 'write'; position: number; data: Uint8Array<ArrayBuffer> }): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** `window.showSaveFilePicker`, as far as the sink needs it. */
export type SavePicker = (options: { suggestedName: string; types?: { description?: string; accept: Record<string, string[]> }[] }) => Promise<{
  name: string;
  createWritable(): Promise<WritableFile>;
}>;

/** A sink writing each chunk at its position into `file`; `finish` closes it, `abort` discards it. */
export function fileSink(file: WritableFile): ByteSink {
  let open = true;
  return {
    folder: false,
    async write(chunk) {
      if (!open) throw new Error('the file was already closed');
      await file.write({ type: 'write', position: chunk.position, data: new Uint8Array(chunk.data) });
    },
    async finish() {
      if (!open) return;
      open = false;
      await file.close();
    },
    async abort() {
      if (!open) return;
      open = false;
      await file.abort();
    },
  };
}

/** The save picker of `scope` (the window), or null where the File System Access API is missing. */
export function savePickerOf(scope: object): SavePicker | null {
  const picker = (scope as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(scope) : null;
}

/**
 * Where the browser host saves `name` (MIME `type`): a picked file streamed to disk, or null when the person
 * closed the picker; a Blob download where there is no picker or it refused to open (e.g. the user gesture expired).
 */
export async function openBrowserSink(
  name: string,
  type: string,
  picker: SavePicker | null = savePickerOf(globalThis),
): Promise<{ sink: ByteSink; name: string } | null> {
  if (picker) {
    const extension = name.slice(name.lastIndexOf('.'));
    try {
      const handle = await picker({ suggestedName: name, types: [{ accept: { [type]: [extension] } }] });
      return { sink: fileSink(await handle.createWritable()), name: handle.name };
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return null;
      console.warn(`the save picker did not open (${(error as Error).message}); downloading instead`);
    }
  }
  return { sink: downloadSink(name, type), name };
}
