/**
 * A Neural Programmer scenario run into a trace: for each step t, a `select` frame (α_op and α_col), one
 * frame per operation (its own result), then a `mix` frame (the weighted outputs), with the soft and hard
 * evaluations side by side in every frame (Neelakantan et al. 2016 §2.4; README "The mathematics").
 */
import { buildTrace, type Trace } from '../../trace/trace.ts';
import { runProgram } from './program.ts';
import { scenarioWeights, type ProgrammerScenario, type Question } from './scenario.ts';
import { PROGRAMMER_STAGES, type ProgrammerStage, type ProgrammerTable, type StepResult, type StepWeights } from './types.ts';

/** What every frame of step t holds (one object shared by the step's frames). */
export interface ProgrammerFrameData {
  /** t, from 1 (the frame's `step` is t − 1). */
  readonly t: number;
  /** T, the number of steps. */
  readonly steps: number;
  readonly table: ProgrammerTable;
  readonly question: Question;
  readonly pivot: number;
  /** The step's weights as given (hand-set or from the controller). */
  readonly weights: StepWeights;
  /** Soft evaluation: every operation's result and the weighted mix. */
  readonly soft: StepResult;
  /** Hard evaluation: argmax operation and column; its history is its own. */
  readonly hard: StepResult;
}

/** The trace of a Neural Programmer run. */
export type ProgrammerTrace = Trace<ProgrammerStage, ProgrammerFrameData>;

/** Runs a scenario (soft and hard) and emits one frame per stage of {@link PROGRAMMER_STAGES} per step. */
export function runProgrammerScenario(scenario: ProgrammerScenario): ProgrammerTrace {
  const weights = scenarioWeights(scenario);
  const input = { table: scenario.table, pivot: scenario.pivot, steps: weights };
  const soft = runProgram(input, 'soft');
  const hard = runProgram(input, 'hard');
  const stepsOfStages = weights.map((w, k) => {
    const data: ProgrammerFrameData = Object.freeze({
      t: k + 1,
      steps: weights.length,
      table: scenario.table,
      question: scenario.question,
      pivot: scenario.pivot,
      weights: w,
      soft: soft[k]!,
      hard: hard[k]!,
    });
    return PROGRAMMER_STAGES.map((stage) => ({ stage, data }));
  });
  return buildTrace('programmer', stepsOfStages);
}
