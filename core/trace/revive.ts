/**
 * The one revive step where a JSON trace enters a host (the render page, a trace file): `atenea trace` writes
 * typed arrays as plain arrays and −Infinity (a masked attention score) as null, so a module whose frame data
 * holds Float64Arrays gets them back, and every frame is checked to be the module's before a view reads it.
 */
import { describeBriefly, describeValue, previewString } from '../scenario/describe-value.ts';
import { ValidationError } from '../scenario/validate.ts';
import type { Frame, ModuleId, Trace } from './trace.ts';

/** How to revive one module's traces. */
export interface TraceShape<Stage extends string, Data> {
  readonly module: ModuleId;
  readonly stages: readonly Stage[];
  /** True when the module's numeric vectors are Float64Arrays (written as arrays of numbers, null for −Infinity). */
  readonly typedArrays: boolean;
  /** Whether a revived frame's data has the module's shape. */
  isData(data: unknown): data is Data;
}

function isNumericArray(value: unknown): value is (number | null)[] {
  return Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'number' || x === null) && value.some((x) => typeof x === 'number');
}

/** Numeric arrays (at any depth) back to Float64Arrays; null entries to −Infinity. Objects are copied and frozen. */
function reviveValue(value: unknown): unknown {
  if (isNumericArray(value)) return Float64Array.from(value, (x) => (x === null ? -Infinity : x));
  if (Array.isArray(value)) return Object.freeze(value.map(reviveValue));
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveValue(v)])));
  }
  return value;
}

/** How deep a frame's data may nest: every module's frame data is a few levels deep; a deeper value is not a frame. */
export const MAX_FRAME_DEPTH = 32;

/** Whether `value` nests at most `depth` levels of arrays and objects (it stops looking below that depth). */
function nestsAtMost(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth === 0) return false;
  const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  for (let i = 0; i < children.length; i++) if (!nestsAtMost(children[i], depth - 1)) return false;
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Revives a trace read from JSON into `shape`'s module: typed arrays restored, each frame's stage and data
 * checked. Throws a {@link ValidationError} naming the first field that is not the module's.
 */
export function reviveTrace<Stage extends string, Data>(value: unknown, shape: TraceShape<Stage, Data>): Trace<Stage, Data> {
  if (!isRecord(value)) throw new ValidationError('trace', 'not an object', `a ${shape.module} trace as atenea trace writes it`);
  if (value.module !== shape.module) throw new ValidationError('trace.module', describeBriefly(value.module), previewString(shape.module));
  const steps = value.steps;
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 0) throw new ValidationError('trace.steps', describeValue(steps), 'a whole number ≥ 0');
  if (!Array.isArray(value.frames)) throw new ValidationError('trace.frames', 'missing', 'an array of frames');
  const isStage = (s: unknown): s is Stage => shape.stages.some((stage) => stage === s);
  // Frames of one step share their data object in a computed trace; keep that sharing for equal JSON objects.
  const shared = new Map<string, Data>();
  const frames = value.frames.map((f: unknown, index): Frame<Stage, Data> => {
    const path = `trace.frames[${index}]`;
    if (!isRecord(f)) throw new ValidationError(path, 'not an object', 'a frame { index, step, stage, data }');
    if (!isStage(f.stage)) throw new ValidationError(`${path}.stage`, describeBriefly(f.stage), shape.stages.join(', '));
    if (typeof f.step !== 'number' || !Number.isInteger(f.step) || f.step < 0 || f.step >= steps) {
      throw new ValidationError(`${path}.step`, describeValue(f.step), `a whole number below ${steps}`);
    }
    // Checked before the data is serialised as a key or revived (both recurse): a value 100,000 deep would overflow the stack.
    if (!nestsAtMost(f.data, MAX_FRAME_DEPTH)) {
      throw new ValidationError(`${path}.data`, `nested deeper than ${MAX_FRAME_DEPTH} levels`, `${shape.module} frame data`);
    }
    const key = JSON.stringify(f.data);
    let data = shared.get(key);
    if (data === undefined) {
      const revived = shape.typedArrays ? reviveValue(f.data) : f.data;
      if (!shape.isData(revived)) throw new ValidationError(`${path}.data`, 'not the frame data of this module', `${shape.module} frame data`);
      data = revived;
      shared.set(key, data);
    }
    return Object.freeze({ index, step: f.step, stage: f.stage, data });
  });
  return Object.freeze({ module: shape.module, steps, frames: Object.freeze(frames) });
}
