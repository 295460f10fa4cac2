/**
 * What the NTM scene, narration and test hooks read from one trace frame: a flat, plain view of the frame's
 * inputs and results. This is the only file that knows the shape of the reference's frame data
 * (core/models/ntm), so a change there is a change here only.
 */
import type { Frame, Trace } from '../../../../core/trace/trace.ts';
import { NTM_STAGES, type MemoryMatrix, type NtmStage } from '../../../../core/models/ntm/types.ts';

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

type Loose = Record<string, unknown>;

function arr(value: unknown): number[] {
  if (value instanceof Float64Array || value instanceof Float32Array || Array.isArray(value)) return Array.from(value as ArrayLike<number>, Number);
  return [];
}

function matrix(value: unknown): { rows: number; columns: number; data: number[] } {
  const m = value as Partial<MemoryMatrix> | number[][] | undefined;
  if (Array.isArray(m)) return { rows: m.length, columns: m[0]?.length ?? 0, data: m.flat() };
  return { rows: m?.rows ?? 0, columns: m?.columns ?? 0, data: arr(m?.data) };
}

function pick(o: Loose, ...names: string[]): unknown {
  for (const name of names) if (o[name] !== undefined) return o[name];
  return undefined;
}

/** Flattens an NTM frame's data into an {@link NtmView}. */
export function ntmView(frame: Frame): NtmView {
  const data = (frame.data ?? {}) as Loose;
  const input = ((pick(data, 'input') as Loose | undefined) ?? data) as Loose;
  const result = ((pick(data, 'result') as Loose | undefined) ?? data) as Loose;
  const before = matrix(pick(input, 'memory', 'memoryBefore'));
  const after = matrix(pick(result, 'memoryAfterWrite', 'memoryAfter'));
  const rawRole = String(pick(data, 'role', 'head') ?? 'both');
  const role = rawRole === 'read' || rawRole === 'write' ? rawRole : 'both';
  const rawMode = String(pick(data, 'writeMode', 'write') ?? 'erase-add');
  return {
    stage: frame.stage as NtmStage,
    step: frame.step,
    n: before.rows,
    m: before.columns,
    memoryBefore: before.data,
    memoryAfter: after.data.length ? after.data : before.data,
    key: arr(pick(input, 'key')),
    beta: Number(pick(input, 'beta') ?? 0),
    gate: Number(pick(input, 'gate') ?? 0),
    shift: arr(pick(input, 'shift')),
    gamma: Number(pick(input, 'gamma') ?? 1),
    erase: arr(pick(input, 'erase')),
    add: arr(pick(input, 'add')),
    previousWeights: arr(pick(input, 'previousWeights')),
    similarity: arr(pick(result, 'similarity')),
    contentWeights: arr(pick(result, 'contentWeights')),
    gatedWeights: arr(pick(result, 'gatedWeights')),
    shiftedWeights: arr(pick(result, 'shiftedWeights')),
    weights: arr(pick(result, 'weights')),
    readVector: arr(pick(result, 'readVector')),
    role,
    writeMode: rawMode.startsWith('simpl') || rawMode === 'lecture' ? 'simplified' : 'erase-add',
  };
}

/** The position of a stage in {@link NTM_STAGES} (0 = content … 5 = write). */
export function stageIndex(stage: string): number {
  return NTM_STAGES.indexOf(stage as NtmStage);
}

const viewCache = new WeakMap<Frame, NtmView>();

/** {@link ntmView} memoised per frame object (frames are immutable). */
export function cachedView(frame: Frame): NtmView {
  let v = viewCache.get(frame);
  if (!v) {
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
