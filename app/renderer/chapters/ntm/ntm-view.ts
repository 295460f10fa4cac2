/**
 * What the NTM scene, narration and test hooks read from one trace frame: a flat, plain view of the frame's
 * inputs and results. This is the only file that knows the shape of the reference's frame data
 * (core/models/ntm), so a change there is a change here only.
 */
import type { Frame, Trace } from '#core/trace/trace.ts';
import type { NtmFrameData } from '#core/models/ntm/run-scenario.ts';
import { NTM_STAGES, type NtmStage } from '#core/models/ntm/types.ts';
import { mixNumbers } from '../../scene/instances.ts';
import type { RowId } from './ntm-layout.ts';

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
    (NTM_STAGES as readonly string[]).includes(frame.stage) &&
    typeof data === 'object' &&
    data !== null &&
    'input' in data &&
    'result' in data &&
    'role' in data &&
    'writeMode' in data
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
  return NTM_STAGES.findIndex((s) => s === stage);
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

/** Everything the NTM scene shows for one frame, as numbers that can be interpolated. */
export interface NtmDisplay {
  /** Per addressing row, the weight of each slot (zeros before the stage that computes it). */
  readonly rows: Record<RowId, number[]>;
  /** The memory drawn (before the write, or after it on the write stage), row-major N×M. */
  readonly memory: number[];
  readonly key: number[];
  readonly read: number[];
  readonly erase: number[];
  readonly add: number[];
  /** Brightness of the read and write beams per slot (the head's final weights while it reads or writes). */
  readonly readBeam: number[];
  readonly writeBeam: number[];
  /** Visibility of the key, r and e/a columns. */
  readonly keyOn: number;
  readonly readOn: number;
  readonly writeOn: number;
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/**
 * What the scene shows for a frame: rows appear as their stage is reached (w_c and w_prev at content
 * addressing, NTM eq. 5; w_g at interpolation, eq. 7; w̃ at the shift, eq. 8; w at sharpening, eq. 9), r from
 * the read (eq. 2), e and a on the write (eqs. 3–4), each only for a head that reads or writes.
 */
export function ntmDisplay(v: NtmView): NtmDisplay {
  const s = stageIndex(v.stage);
  const n = v.n;
  const row = (values: readonly number[], from: number): number[] => (s >= from && values.length === n ? [...values] : zeros(n));
  const writeStage = v.stage === 'write';
  return {
    rows: {
      content: row(v.contentWeights, 0),
      previous: row(v.previousWeights, 0),
      interpolate: row(v.gatedWeights, 1),
      shift: row(v.shiftedWeights, 2),
      sharpen: row(v.weights, 3),
    },
    memory: [...(writeStage ? v.memoryAfter : v.memoryBefore)],
    key: v.key.length === v.m ? [...v.key] : zeros(v.m),
    read: s >= 4 && v.role !== 'write' ? [...v.readVector] : zeros(v.m),
    erase: writeStage && v.role !== 'read' && v.writeMode === 'erase-add' ? [...v.erase] : zeros(v.m),
    add: writeStage && v.role !== 'read' ? [...v.add] : zeros(v.m),
    readBeam: v.stage === 'read' && v.role !== 'write' ? [...v.weights] : zeros(n),
    writeBeam: writeStage && v.role !== 'read' ? [...v.weights] : zeros(n),
    keyOn: s <= 0 ? 1 : 0.55,
    readOn: s >= 4 && v.role !== 'write' ? 1 : 0.25,
    writeOn: writeStage && v.role !== 'read' ? 1 : 0.25,
  };
}

/** The display `t` of the way from `a` to `b` (every number interpolated; `b` itself at t ≥ 1). */
export function mixNtmDisplay(a: NtmDisplay, b: NtmDisplay, t: number): NtmDisplay {
  if (t >= 1) return b;
  const num = (x: number, y: number) => x + (y - x) * t;
  return {
    rows: {
      content: mixNumbers(a.rows.content, b.rows.content, t),
      previous: mixNumbers(a.rows.previous, b.rows.previous, t),
      interpolate: mixNumbers(a.rows.interpolate, b.rows.interpolate, t),
      shift: mixNumbers(a.rows.shift, b.rows.shift, t),
      sharpen: mixNumbers(a.rows.sharpen, b.rows.sharpen, t),
    },
    memory: mixNumbers(a.memory, b.memory, t),
    key: mixNumbers(a.key, b.key, t),
    read: mixNumbers(a.read, b.read, t),
    erase: mixNumbers(a.erase, b.erase, t),
    add: mixNumbers(a.add, b.add, t),
    readBeam: mixNumbers(a.readBeam, b.readBeam, t),
    writeBeam: mixNumbers(a.writeBeam, b.writeBeam, t),
    keyOn: num(a.keyOn, b.keyOn),
    readOn: num(a.readOn, b.readOn),
    writeOn: num(a.writeOn, b.writeOn),
  };
}

/** 1 / the largest weight any row shows in the run, between 1 and 40 (the bar stretch for N > 32). */
export function barScale(trace: Trace): number {
  let max = 0;
  for (const f of trace.frames) {
    const v = cachedView(f);
    for (const row of [v.contentWeights, v.previousWeights, v.gatedWeights, v.shiftedWeights, v.weights]) for (const w of row) max = Math.max(max, w);
  }
  return Math.min(40, Math.max(1, max > 0 ? 1 / max : 1));
}

/** The row the current stage computes (w_prev and w_c both feed the interpolation), or null on read/write. */
export function activeRow(stage: number): RowId | null {
  return stage >= 0 && stage <= 3 ? (['content', 'interpolate', 'shift', 'sharpen'] as const)[stage]! : null;
}
