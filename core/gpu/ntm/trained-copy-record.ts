/**
 * The record a GPU copy run (trained-copy-gpu.ts) fills, one block of f32 per time step, and its decoding into
 * the same {@link TrainedCopyRun} the float64 reference gives: the activated head layer, each
 * head's stages (similarity, w_c, w_g, w̃, w, r; NTM eqs. 2 and 5–9), the memory after the write, y_t.
 */
import type { MemoryMatrix, NtmStepInput, NtmStepResult } from '../../models/ntm/types.ts';
import type { NtmHeadParameters } from '../../models/ntm/step-input.ts';
import { slotZero, type TrainedCopyRun, type TrainedCopyStep } from '../../models/ntm/trained/forward.ts';
import { headLayerLayout, type NtmCopySizes } from '../../models/ntm/trained/sizes.ts';
import { headParams } from './ntm-controller-gpu.ts';

/** Offsets (in f32) of each part within one step's block, and the block's length. */
export interface CopyRecordLayout {
  readonly heads: number;
  readonly read: number;
  readonly write: number;
  readonly memory: number;
  readonly output: number;
  readonly perStep: number;
}

/** The record layout for `sizes` and `slots` memory rows (a head's block: 5 weightings of N, then r of M). */
export function copyRecordLayout(sizes: NtmCopySizes, slots: number): CopyRecordLayout {
  const head = 5 * slots + sizes.memoryWidth;
  const heads = 0;
  const read = heads + headLayerLayout(sizes.memoryWidth).width;
  const write = read + head;
  const memory = write + head;
  const output = memory + slots * sizes.memoryWidth;
  return { heads, read, write, memory, output, perStep: output + sizes.bits };
}

/** Decodes a record read back after `input.length` steps from the initial memory `memory0` (N·M). */
export function decodeCopyRecord(
  sizes: NtmCopySizes,
  slots: number,
  input: readonly (readonly number[])[],
  memory0: ArrayLike<number>,
  values: Float32Array,
): TrainedCopyRun {
  const rec = copyRecordLayout(sizes, slots);
  const layout = headLayerLayout(sizes.memoryWidth);
  const n = slots;
  const m = sizes.memoryWidth;
  const at = (from: number, count: number): Float64Array => Float64Array.from(values.subarray(from, from + count));
  let memory: MemoryMatrix = { rows: n, columns: m, data: Float64Array.from(memory0) };
  let wRead = slotZero(n);
  let wWrite = slotZero(n);
  const head = (base: number, memoryAfterWrite: MemoryMatrix): NtmStepResult => ({
    similarity: at(base, n),
    contentWeights: at(base + n, n),
    gatedWeights: at(base + 2 * n, n),
    shiftedWeights: at(base + 3 * n, n),
    weights: at(base + 4 * n, n),
    readVector: at(base + 5 * n, m),
    memoryAfterWrite,
  });
  const stepInput = (previousWeights: Float64Array, p: NtmHeadParameters): NtmStepInput => ({ memory, previousWeights, ...p });
  const steps: TrainedCopyStep[] = input.map((x, t) => {
    const base = t * rec.perStep;
    const heads = values.subarray(base + rec.heads, base + rec.heads + layout.width);
    const readParams = headParams(heads, layout.read, m);
    const writeParams = headParams(heads, layout.write, m);
    const readInput = stepInput(wRead, readParams);
    const writeInput = stepInput(wWrite, writeParams);
    // The read head writes nothing (e = a = 0, eqs. 3–4): its memory after the write is the memory it read.
    const readResult = head(base + rec.read, memory);
    const writeResult = head(base + rec.write, { rows: n, columns: m, data: at(base + rec.memory, n * m) });
    wRead = readResult.weights;
    wWrite = writeResult.weights;
    memory = writeResult.memoryAfterWrite;
    return {
      x: [...x],
      readHead: { params: readParams, input: readInput, result: readResult },
      writeHead: { params: writeParams, input: writeInput, result: writeResult },
      output: at(base + rec.output, sizes.bits),
    };
  });
  const length = (input.length - 1) / 2;
  return { steps, answer: steps.slice(length + 1).map((s) => Array.from(s.output)) };
}
