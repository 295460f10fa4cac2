/** The trace slice: the trace on screen (replaced wholesale, never edited) and what computed it. */
import type { Trace } from '#core/trace/trace.ts';

/** Which compute/draw backend is in use; shown in the always-visible backend line. */
export interface BackendInfo {
  /** `webgpu`: compute on the GPU engine, draw with three's WebGPU backend; `cpu`: float64 reference + WebGL2. */
  readonly kind: 'webgpu' | 'cpu';
  /** The adapter's description (vendor / architecture / device), empty for `cpu`. */
  readonly adapter: string;
  /** True for a software adapter such as SwiftShader. */
  readonly software: boolean;
  /** Which three.js backend draws: `webgpu` or `webgl2`. */
  readonly draw: 'webgpu' | 'webgl2';
  /** The compute device was lost (`lost`), or lost and then replaced by a new one (`replaced`); absent: never lost. */
  readonly deviceLoss?: 'lost' | 'replaced';
  /** The 3D view was rebuilt after the loss (on a new device, or on WebGL2: see `draw`). */
  readonly viewRebuilt?: boolean;
  /** Why the last computation fell back to the float64 reference (the GPU error or the loss), if it did. */
  readonly fallbackReason?: string;
}

/** State of the trace slice. */
export interface TraceSlice {
  readonly trace: Trace | null;
  /** Increases each time a trace replaces the previous one. */
  readonly revision: number;
  readonly computing: boolean;
  readonly backend: BackendInfo;
}

/** No trace yet; the backend is filled in at start-up. */
export const initialTrace: TraceSlice = {
  trace: null,
  revision: 0,
  computing: false,
  backend: { kind: 'cpu', adapter: '', software: false, draw: 'webgl2' },
};
