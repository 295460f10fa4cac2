/**
 * The trained copy NTM's whole forward pass in float64: per time step the controller (controller.ts), then the
 * read head's addressing and read and the write head's addressing and erase/add write, both through the same
 * {@link ntmStep} as every scenario (NTM eqs. 2–9), then the output. The step order matches train/ntm-copy:
 * both heads address the memory as it was before this step's write; the read vector feeds the output now and
 * the controller at the next step.
 */
import { ntmStep } from '../step.ts';
import type { MemoryMatrix, NtmStepInput, NtmStepResult } from '../types.ts';
import { controllerStep, copyOutput, type LstmState, type NtmCopyWeights } from './controller.ts';
import type { NtmHeadParameters } from '../step-input.ts';
import type { NtmCopySizes } from './sizes.ts';

/** A model: its sizes and one set of weights (the final weights or a checkpoint). */
export interface NtmCopyModel {
  readonly sizes: NtmCopySizes;
  readonly weights: NtmCopyWeights;
}

/** One time step of a run. */
export interface TrainedCopyStep {
  /** The task input x_t (bits + delimiter). */
  readonly x: readonly number[];
  readonly readHead: { readonly params: NtmHeadParameters; readonly input: NtmStepInput; readonly result: NtmStepResult };
  readonly writeHead: { readonly params: NtmHeadParameters; readonly input: NtmStepInput; readonly result: NtmStepResult };
  /** y_t, one probability per bit. */
  readonly output: Float64Array;
}

/** A whole run. */
export interface TrainedCopyRun {
  readonly steps: readonly TrainedCopyStep[];
  /** The outputs of the answer phase (the last L steps): what the network copies back. */
  readonly answer: number[][];
}

function stepInput(memory: MemoryMatrix, previousWeights: Float64Array, p: NtmHeadParameters): NtmStepInput {
  return { memory, previousWeights, key: p.key, beta: p.beta, gate: p.gate, shift: p.shift, gamma: p.gamma, erase: p.erase, add: p.add };
}

/** The constant initial memory (slots × M, every entry `memoryInit`). */
export function initialCopyMemory(sizes: NtmCopySizes, slots: number): MemoryMatrix {
  return { rows: slots, columns: sizes.memoryWidth, data: new Float64Array(slots * sizes.memoryWidth).fill(sizes.memoryInit) };
}

/** Weights focused on slot 0, where both heads start. */
export function slotZero(slots: number): Float64Array {
  const w = new Float64Array(slots);
  w[0] = 1;
  return w;
}

/** Yields each head step's input and receives its result (from {@link ntmStep}). */
function* driveCopy(model: NtmCopyModel, input: readonly (readonly number[])[], slots: number): Generator<NtmStepInput, TrainedCopyRun, NtmStepResult> {
  const { sizes, weights } = model;
  if (input.length % 2 !== 1) throw new RangeError(`copy input: need 2L + 1 rows, got ${input.length}`);
  input.forEach((row, t) => {
    if (row.length !== sizes.bits + 1) throw new RangeError(`copy input row ${t}: need ${sizes.bits + 1} numbers (bits and delimiter), got ${row.length}`);
  });
  let memory = initialCopyMemory(sizes, slots);
  let state: LstmState = { h: new Float64Array(sizes.hidden), c: new Float64Array(sizes.hidden) };
  let read: ArrayLike<number> = new Float64Array(sizes.memoryWidth);
  let wRead = slotZero(slots);
  let wWrite = slotZero(slots);
  const steps: TrainedCopyStep[] = [];
  for (const x of input) {
    const control = controllerStep(sizes, weights, x, read, state);
    state = control.state;
    const readInput = stepInput(memory, wRead, {
      ...control.read,
      erase: new Float64Array(sizes.memoryWidth),
      add: new Float64Array(sizes.memoryWidth),
    });
    const readResult = yield readInput;
    const writeInput = stepInput(memory, wWrite, control.write);
    const writeResult = yield writeInput;
    read = readResult.readVector;
    wRead = readResult.weights;
    wWrite = writeResult.weights;
    memory = writeResult.memoryAfterWrite;
    steps.push({
      x: [...x],
      readHead: { params: control.read, input: readInput, result: readResult },
      writeHead: { params: control.write, input: writeInput, result: writeResult },
      output: copyOutput(weights, state.h, read),
    });
  }
  const length = (input.length - 1) / 2;
  return { steps, answer: steps.slice(length + 1).map((s) => Array.from(s.output)) };
}

/** Runs the model on the input rows (2L + 1 of bits + 1) with `slots` memory rows, on the float64 reference. */
export function runTrainedCopySync(model: NtmCopyModel, input: readonly (readonly number[])[], slots: number): TrainedCopyRun {
  const run = driveCopy(model, input, slots);
  let next = run.next();
  while (!next.done) next = run.next(ntmStep(next.value));
  return next.value;
}
