/**
 * The app's sinks: Electron's save stream (main shows the dialog, writes a temporary file and renames it at the
 * end) and the browser host's download (a Blob assembled from positioned writes, see {@link BlobAssembler}).
 */
import type { AteneaHost, SaveKind } from '../../shared/host-api.ts';
import { BlobAssembler, type ByteSink } from './byte-sink.ts';

/**
 * Opens Electron's save dialog through the preload and returns a sink streaming into main's temporary file,
 * or null when the user closed the dialog.
 */
export async function openElectronSink(host: AteneaHost, request: { kind: SaveKind; suggestedName: string }): Promise<{ sink: ByteSink; name: string } | null> {
  const handle = await host.saveBegin(request);
  if (!handle) return null;
  let closed = false;
  const sink: ByteSink = {
    folder: request.kind === 'folder',
    write: (chunk) => host.saveWrite(handle.id, chunk.position, chunk.data, chunk.name),
    async finish() {
      closed = true;
      await host.saveFinish(handle.id);
    },
    async abort() {
      if (closed) return;
      closed = true;
      await host.saveAbort(handle.id);
    },
  };
  return { sink, name: handle.name };
}

/**
 * A download in the browser host: bytes are assembled into a Blob (kept on disk by Chromium when large) and
 * downloaded under `name` when the export finishes; nothing is downloaded when it is aborted.
 */
export function downloadSink(name: string, type: string, doc: Document = document): ByteSink {
  let assembler: BlobAssembler | null = new BlobAssembler();
  return {
    folder: false,
    async write(chunk) {
      if (!assembler) throw new Error('the download was already closed');
      assembler.write(chunk.position, chunk.data);
    },
    async finish() {
      if (!assembler) return;
      const url = URL.createObjectURL(assembler.blob(type));
      assembler = null;
      const a = doc.createElement('a');
      a.href = url;
      a.download = name;
      a.hidden = true;
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    async abort() {
      assembler = null;
    },
  };
}
