/** The result type of the recorder's benchmark hook (no imports: the Node benchmark reads it too). */

/** Timings of `window.ateneaRecorder.bench` (mount-recorder.ts), in milliseconds. */
export interface ExportBench {
  readonly frames: number;
  readonly codec: string;
  /** Our whole export (schedule, render into a target, read back, encode, mux). */
  readonly oursMs: number;
  /** Of which rendering and reading back. */
  readonly renderMs: number;
  /** The bare encoder (VideoSample + mediabunny, same codec and settings) on the same frames. */
  readonly bareMs: number;
  readonly bytes: number;
}
