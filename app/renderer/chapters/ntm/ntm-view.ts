/**
 * What the NTM scene, narration and test hooks read from one trace frame: a flat, plain view of the frame's
 * inputs and results. This is the only file that knows the shape of the reference's frame data
 * (core/models/ntm), so a change there is a change here only.
 */
import type { Frame, Trace } from '../../../../core/trace/trace.ts';
import type { NtmFrameData } from '../../../../core/models/ntm/run-scenario.ts';
import { NTM_STAGES, type NtmStage } from '../../../../core/models/ntm/types.ts';

/** One NTM frame, flattened for drawing (all vectors as plain number arrays). */
export interface NtmView {
  readonly stage: NtmStage;
  readonly step: number;
  /** N, the number of slots. */
  readonly n: number;
  /** M, the width of a slot. */
  readonly m: number;
  /** The memory before this step's write, row-major N×M. */
  readonly memoryBefore: readonly number[];
  /** The memory after this step's write, row-major N×M. */
  readonly memoryAfter: readonly number[];
  readonly key: readonly number[];
  readonly beta: number;
  readonly gate: number;
  readonly shift: readonly number[];
  readonly gamma: number;
  readonly erase: readonly number[];
  readonly add: readonly number[];
  readonly previousWeights: readonly number[];
  readonly similarity: readonly number[];
  readonly contentWeights: readonly number[];
  readonly gatedWeights: readonly number[];
  readonly shiftedWeights: readonly number[];
  readonly weights: readonly number[];
  readonly readVector: readonly number[];
  /** Which head acts: reading only, writing only, or both (the lookup figure reads and writes). */
  readonly role: 'read' | 'write' | 'both';
  /** `erase-add` (NTM eqs. 3–4) or the lecture's simplified write M_i ← w(i)·a + (1 − w(i))·M_i. */
  readonly writeMode: 'erase-add' | 'simplified';
}

/** One frame of an NTM trace, as the reference (core/models/ntm/run-scenario.ts) records it. */
export type NtmFrame = Frame<NtmStage, NtmFrameData>;

/** Whether a frame of some trace is an NTM frame (its stage one of {@link NTM_STAGES}, its data a step's input and result). */
export function isNtmFrame(frame: Frame): frame is NtmFrame {
  const data = frame.data;
  return (
    (NTM_STAGES as readonly string[]).includes(frame.stage) && typeof data === 'object' && data !== null && 'input' in data && 'result' in data && 'role' in data && 'writeMode' in data
  );
}

/** Flattens an NTM frame's data into an {@link NtmView}. */
export function ntmView(frame: NtmFrame): NtmView {
  const { input, result, role, writeMode } = frame.data;
  const before = input.memory;
  const after = result.memoryAfterWrite;
  return {
    stage: frame.stage,
    step: frame.step,
    n: before.rows,
    m: before.columns,
    memoryBefore: Array.from(before.data),
    memoryAfter: Array.from(after.data),
    key: Array.from(input.key),
    beta: input.beta,
    gate: input.gate,
    shift: Array.from(input.shift),
    gamma: input.gamma,
    erase: Array.from(input.erase),
    add: Array.from(input.add),
    previousWeights: Array.from(input.previousWeights),
    similarity: Array.from(result.similarity),
    contentWeights: Array.from(result.contentWeights),
    gatedWeights: Array.from(result.gatedWeights),
    shiftedWeights: Array.from(result.shiftedWeights),
    weights: Array.from(result.weights),
    readVector: Array.from(result.readVector),
    role: role === 'read-write' ? 'both' : role,
    writeMode,
  };
}

/** The position of a stage in {@link NTM_STAGES} (0 = content … 5 = write). */
export function stageIndex(stage: string): number {
  return NTM_STAGES.indexOf(stage as NtmStage);
}

const viewCache = new WeakMap<Frame, NtmView>();

/**
 * {@link ntmView} memoised per frame object (frames are immutable). Takes a frame of any trace (the scene input is
 * not typed by module yet) and refuses one that is not an NTM frame.
 */
export function cachedView(frame: Frame): NtmView {
  let v = viewCache.get(frame);
  if (!v) {
    if (!isNtmFrame(frame)) throw new TypeError(`NTM view: frame ${frame.index} (stage ${frame.stage}) is not an NTM frame`);
    v = ntmView(frame);
    viewCache.set(frame, v);
  }
  return v;
}

/** The largest |value| in any memory of the trace (fixes the colour range for the whole run), at least 1e-9. */
export function memoryRange(trace: Trace): number {
  let r = 1e-9;
  for (const f of trace.frames) {
    const v = cachedView(f);
    for (const x of v.memoryBefore) r = Math.max(r, Math.abs(x));
    for (const x of v.memoryAfter) r = Math.max(r, Math.abs(x));
    for (const x of v.key) r = Math.max(r, Math.abs(x));
  }
  return r;
}
