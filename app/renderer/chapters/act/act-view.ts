/**
 * What the ACT scene shows for a frame (pure): the scene's view of a trace (per input step its combine data,
 * the frame → (step, ponder) map) and the display values of a frame (which ponder rows have risen, each bar's
 * value hⁿ or pⁿ, the beams' weights, the outputs, the budget's segments), interpolated between two frames.
 * Graves 2016, "Adaptive Computation Time for Recurrent Neural Networks": hⁿ eq. 6, N(t) eq. 8, R(t) eq. 9,
 * pⁿ eq. 10, s_t = Σ pⁿ sⁿ eq. 11, ρ = N + R eq. 12.
 */
import type { ActTrace } from '#core/models/act/run.ts';
import type { ActCombineData } from '#core/models/act/types.ts';
import { mixNumbers } from '../../scene/instances.ts';
import { actLayout, type ActLayout } from './act-layout.ts';

/** The scene's own view of a trace: per input step its combine data, and the frame → (step, ponder) map. */
export interface ActTraceInfo {
  readonly layout: ActLayout;
  readonly combine: readonly ActCombineData[];
  /** Index of the first ponder row of each input step in the flat row arrays. */
  readonly offsets: readonly number[];
  readonly rows: number;
  /** The scenario's inputs where the trace carries them (cell scenarios), for parity's non-zero counts. */
  readonly inputs: readonly (readonly number[])[];
  /** Whether the inputs are parity-task inputs ({@link isParityTask}): the view labels their non-zero counts. */
  readonly parity: boolean;
}

/**
 * Whether a cell trace runs on parity-task inputs (Graves 2016 §3.1): every input has the same width and entries in
 * {−1, 0, 1}, and the cell gives one output (the hand-set counting cell's count, the trained cell's parity logit).
 */
export function isParityTask(inputs: readonly (readonly number[])[], outputSize: number): boolean {
  const bits = inputs[0]?.length ?? 0;
  return bits > 0 && outputSize === 1 && inputs.every((x) => x.length === bits && x.every((v) => v === 0 || v === 1 || v === -1));
}

/** The {@link ActTraceInfo} of a trace. */
export function actTraceInfo(trace: ActTrace): ActTraceInfo {
  const layout = actLayout(trace);
  const combine: ActCombineData[] = new Array<ActCombineData>(trace.steps);
  const inputs: number[][] = new Array<number[]>(trace.steps).fill([]);
  for (const f of trace.frames) {
    const d = f.data;
    if (d.kind === 'combine') combine[f.step] = d;
    else if (d.ponder === 1) inputs[f.step] = d.input.slice(0, -1); // drop the first-step flag
  }
  const offsets: number[] = [];
  let rows = 0;
  for (let t = 0; t < trace.steps; t++) {
    offsets.push(rows);
    rows += layout.ponderSteps[t] ?? 0;
  }
  return { layout, combine, offsets, rows, inputs, parity: isParityTask(inputs, layout.outputSize) };
}

/** What the scene shows for one frame, as numbers that can be interpolated. */
export interface ActDisplay {
  /** The input step in focus and its ponder step (0 on the combine frame). */
  readonly step: number;
  readonly ponder: number;
  readonly combined: boolean;
  /** Per ponder row (flat over all steps): how far it has risen (0 … 1). */
  readonly rowOn: number[];
  /** Per ponder row: the bar's value (hⁿ while pondering, pⁿ once combined). */
  readonly bar: number[];
  /** Per ponder row: 0 = hⁿ, 1 = pⁿ, 2 = the remainder R. */
  readonly barKind: number[];
  /** Per ponder row: the beam's weight into the output (0 while pondering). */
  readonly beam: number[];
  /** Per input step: visibility of its output rows. */
  readonly outOn: number[];
  /** Per ponder step of the step in focus: visibility of its budget segment. */
  readonly segOn: number[];
}

/** Whether frame `frame` is the overview (the last frame of a trace with several input steps). */
export function isOverview(trace: Pick<ActTrace, 'steps' | 'frames'>, frame: number): boolean {
  return trace.steps > 1 && frame === trace.frames.length - 1;
}

/** The display values of frame `frame` (which must exist). */
export function actDisplay(info: ActTraceInfo, trace: ActTrace, frame: number): ActDisplay {
  const f = trace.frames[frame]!;
  const d = f.data;
  const combined = d.kind === 'combine';
  const ponder = d.kind === 'ponder' ? d.ponder : 0;
  const rowOn = new Array<number>(info.rows).fill(0);
  const bar = new Array<number>(info.rows).fill(0);
  const barKind = new Array<number>(info.rows).fill(0);
  const beam = new Array<number>(info.rows).fill(0);
  const outOn = new Array<number>(trace.steps).fill(0);
  // A column frame shows its own column only (the camera frames that column, so earlier stacks would be cut
  // at the view's edges); the overview shows every stack.
  const overview = isOverview(trace, frame);
  for (let t = overview ? 0 : f.step; t <= f.step; t++) {
    const c = info.combine[t]!;
    const done = t < f.step || combined;
    const visible = done ? c.steps : ponder;
    for (let n = 0; n < visible; n++) {
      const i = info.offsets[t]! + n;
      rowOn[i] = 1;
      bar[i] = done ? c.probabilities[n]! : c.halting[n]!;
      barKind[i] = done ? (n === c.steps - 1 ? 2 : 1) : 0;
      beam[i] = done ? c.probabilities[n]! : 0;
    }
    outOn[t] = done ? 1 : 0;
  }
  const N = info.layout.ponderSteps[f.step] ?? 0;
  const segOn = Array.from({ length: info.layout.maxPonder }, (_, n) => (n < N && (combined || n < ponder) ? 1 : 0));
  return {
    step: f.step,
    ponder,
    combined,
    rowOn,
    bar,
    barKind,
    beam,
    outOn,
    segOn,
  };
}

/** The display `t` of the way from `a` to `b` (`b` itself at t ≥ 1). */
export function mixActDisplay(a: ActDisplay, b: ActDisplay, t: number): ActDisplay {
  if (t >= 1) return b;
  return {
    ...b,
    rowOn: mixNumbers(a.rowOn, b.rowOn, t),
    bar: mixNumbers(a.bar, b.bar, t),
    beam: mixNumbers(a.beam, b.beam, t),
    outOn: mixNumbers(a.outOn, b.outOn, t),
    // Budget segments belong to one input step: a new step starts from an empty budget.
    segOn: a.step === b.step ? mixNumbers(a.segOn, b.segOn, t) : b.segOn.map((x) => x * t),
  };
}
