/**
 * The frames, timing and size of an export: the part the export dialog's choice (recorder-service.ts
 * `ExportChoice`), the recorder's job (recorder.ts `RecordingJob`) and `atenea render`'s choice (host/render.ts
 * `RenderChoice`) all share, written once here so the three cannot drift apart.
 */

/** Which frames, how fast and how large an export is. */
export interface ExportTiming {
  /** First and last frame exported (inclusive). */
  readonly from: number;
  readonly to: number;
  /** Frames per second of the video (or the PNG sequence's schedule). */
  readonly fps: number;
  /** Seconds each frame is held, and each transition between frames lasts. */
  readonly secondsPerStep: number;
  readonly secondsPerTransition: number;
  /** The picture's size in pixels. */
  readonly width: number;
  readonly height: number;
}
