/**
 * Where encoded bytes go. Muxers write mostly in order but patch a few earlier bytes (an MP4 `mdat` size, WebM
 * cluster sizes), so a sink takes positioned writes. A PNG sequence writes named files instead.
 * Implementations: Electron (main writes a temporary file and renames it at the end), the browser host (a Blob
 * download), `atenea render` (bytes handed to Node, which writes the file).
 */

/** One write: `data` at byte `position` of the output (or of the file `name` in a sequence folder). */
export interface SinkWrite {
  readonly position: number;
  readonly data: Uint8Array;
  /** Set for a file of a sequence folder (PNG sequence in Electron and `atenea render`). */
  readonly name?: string;
}

/** A destination for an export. `finish` makes it visible at once; `abort` leaves nothing behind. */
export interface ByteSink {
  /** True when the sink can take separate named files (a folder); else a PNG sequence is zipped. */
  readonly folder: boolean;
  write(chunk: SinkWrite): Promise<void>;
  /** Completes the output (renames the temporary file, starts the download). */
  finish(): Promise<void>;
  /** Drops everything written (no partial file). Safe to call more than once, or after a failure. */
  abort(): Promise<void>;
}

/**
 * Positioned writes collected as a Blob (which Chromium keeps on disk when large), for the browser host:
 * bytes at the end are appended in blocks; bytes before the end are kept as small patches and laid over the
 * Blob at the end by slicing (no copy of the whole file). Memory holds at most one block of `blockSize` bytes.
 */
export class BlobAssembler {
  private readonly parts: Blob[] = [];
  private block: Uint8Array[] = [];
  private blockBytes = 0;
  private readonly patches: { position: number; data: Uint8Array<ArrayBuffer> }[] = [];
  /** Bytes written so far (the output's length). */
  length = 0;

  constructor(private readonly blockSize = 4 * 1024 * 1024) {}

  /** Writes `data` at `position` (past the end: the gap is zeros). */
  write(position: number, data: Uint8Array): void {
    if (position > this.length) this.append(new Uint8Array(position - this.length));
    const overlap = Math.min(data.length, Math.max(0, this.length - position));
    if (overlap > 0) this.patches.push({ position, data: data.slice(0, overlap) });
    if (overlap < data.length) this.append(data.slice(overlap));
  }

  private append(data: Uint8Array): void {
    this.block.push(data);
    this.blockBytes += data.length;
    this.length += data.length;
    if (this.blockBytes >= this.blockSize) this.flush();
  }

  private flush(): void {
    if (this.block.length === 0) return;
    this.parts.push(new Blob(this.block as BlobPart[]));
    this.block = [];
    this.blockBytes = 0;
  }

  /** The whole output with every patch applied, in write order. */
  blob(type: string): Blob {
    this.flush();
    let blob = new Blob(this.parts, { type });
    for (const p of this.patches) {
      blob = new Blob([blob.slice(0, p.position), p.data, blob.slice(p.position + p.data.length)], { type });
    }
    return blob;
  }
}
