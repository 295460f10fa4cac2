/**
 * Runs an NTM scenario step by step and records a trace: one frame per stage of {@link NTM_STAGES} per time
 * step (README "`trace`"). The memory carries over from step to step (the memory after step t's write is the memory
 * before step t+1); a head's previous weights at step t are the final weights of that head's last step (with
 * one head, of step t − 1), or its initial weights before its first step.
 */
import { buildTrace, type Trace } from '../../trace/trace.ts';
import type { LocalizedText } from '../../scenario/scenario-file.ts';
import { ValidationError, join } from '../../scenario/validate.ts';
import { resolveNtmScenario, type NtmHeadRole, type NtmScenario, type NtmWriteMode, type ResolvedNtmScenario } from './scenario.ts';
import { cpuStepper, ntmStep } from './step.ts';
import { NTM_STAGES, type NtmStage, type NtmStepInput, type NtmStepResult, type NtmStepper } from './types.ts';

/**
 * What every frame of one time step carries: the step's inputs and its result (the same objects are shared
 * by the six frames of a step; a frame's `stage` says which part to show). Typed arrays are written as plain
 * arrays by `atenea trace`.
 */
export interface NtmFrameData {
  /** The head acting at this step. */
  readonly head: string;
  readonly role: NtmHeadRole;
  /** Which write produced `result.memoryAfterWrite`; `simplified` steps have `input.erase` all ones. */
  readonly writeMode: NtmWriteMode;
  /** Memory before the step, the head's previous weights, key, β, g, s, γ, erase, add. */
  readonly input: NtmStepInput;
  readonly result: NtmStepResult;
  readonly note?: LocalizedText;
}

/** The trace of an NTM run. */
export type NtmTrace = Trace<NtmStage, NtmFrameData>;

/**
 * Drives a resolved scenario: yields each step's input and receives its result, so the same loop serves the
 * synchronous reference and any asynchronous {@link NtmStepper}.
 */
function* driveScenario(scenario: ResolvedNtmScenario): Generator<NtmStepInput, NtmTrace, NtmStepResult> {
  let memory = scenario.memory;
  const lastWeights = new Map(scenario.heads.map((h) => [h.name, h.initialWeights]));
  const steps: { stage: NtmStage; data: NtmFrameData }[][] = [];
  for (const step of scenario.steps) {
    const input: NtmStepInput = {
      memory,
      key: step.key,
      beta: step.beta,
      gate: step.gate,
      shift: step.shift,
      gamma: step.gamma,
      previousWeights: lastWeights.get(step.head)!,
      erase: step.erase,
      add: step.add,
    };
    const result = yield input;
    const data: NtmFrameData = Object.freeze({
      head: step.head,
      role: step.role,
      writeMode: step.write,
      input,
      result,
      ...(step.note ? { note: step.note } : {}),
    });
    steps.push(NTM_STAGES.map((stage) => ({ stage, data })));
    lastWeights.set(step.head, result.weights);
    memory = result.memoryAfterWrite;
  }
  return buildTrace('ntm', steps);
}

/**
 * Validates `scenario` (a {@link NtmScenario} or any JSON value read from a file) and runs it on `stepper`
 * (the float64 reference by default, or the WebGPU engine). Throws a `ValidationError` for a bad scenario,
 * or for a step the stepper refuses (the WebGPU engine's float32 range), prefixed with `steps[t]`.
 */
export async function runNtmScenario(scenario: NtmScenario | unknown, stepper: NtmStepper = cpuStepper): Promise<NtmTrace> {
  const resolved = resolveNtmScenario(scenario);
  const run = driveScenario(resolved);
  let next = run.next();
  if (stepper.runSteps && !next.done) {
    // Every step in one go (the GPU engine: one submit, one read-back); each step's input is still checked, as stepper.step would.
    atStep(0, () => stepper.checkInput?.(next.value as NtmStepInput));
    const results = await stepper.runSteps(resolved);
    for (let t = 0; !next.done; t++) {
      const input = next.value;
      atStep(t, () => stepper.checkInput?.(input));
      next = run.next(results[t]!);
    }
    return next.value;
  }
  for (let t = 0; !next.done; t++) {
    const input = next.value;
    next = run.next(await atStep(t, () => stepper.step(input)));
  }
  return next.value;
}

/** Runs `f` for step `t`; a ValidationError it throws (sync or async) comes out prefixed with `steps[t]`. */
function atStep<T>(t: number, f: () => T): T {
  const prefixed = (e: unknown): never => {
    if (e instanceof ValidationError) throw new ValidationError(join(join('steps', t), e.path), e.problem, e.allowed);
    throw e;
  };
  try {
    const value = f();
    return (value instanceof Promise ? value.catch(prefixed) : value) as T;
  } catch (e) {
    return prefixed(e);
  }
}

/** {@link runNtmScenario} on the float64 reference, synchronously (the app reruns a changed scenario with it). */
export function runNtmScenarioSync(scenario: NtmScenario | unknown): NtmTrace {
  const run = driveScenario(resolveNtmScenario(scenario));
  let next = run.next();
  while (!next.done) next = run.next(ntmStep(next.value));
  return next.value;
}
