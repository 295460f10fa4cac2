/**
 * `atenea compute act`: ACT's halting and weighted combination for one input step given by hand (README "compute act"),
 * on the float64 reference or on WebGPU (the halting decision is always float64 on the CPU; the weighted sum
 * of states runs in WGSL). The contract is in core/models/act/contract.ts.
 */
import { checkActInputFloat32 } from '#core/gpu/common/engine-input-checks.ts';
import type { ComputeCommand } from '../compute-command.ts';
import { actCaseDecision, parseActCase, toActOutput, type ActCase, type ActOutput } from '#core/models/act/contract.ts';
import { ponderGiven } from '#core/models/act/ponder.ts';
import { withEngines } from '#core/gpu/common/backend.ts';
import { ACT_ENGINE } from '#core/models/act/index.ts';

/** The `compute act` command. */
export const computeAct: ComputeCommand<ActCase, ActOutput> = {
  module: 'act',
  summary: 'adaptive computation time: halting step N, weights p, remainder R, ponder cost and weighted state',
  parseCase: parseActCase,
  computeCpu(input) {
    const result = ponderGiven(input.halting, input.states, undefined, input.epsilon, input.maxSteps);
    if (!result) throw new RangeError('compute act: the case does not reach a decision (parse it with parseCase)');
    return toActOutput(result.decision, result.state);
  },
  checkGpuCase: (input) => checkActInputFloat32({ states: input.states }),
  computeGpu(device, inputs) {
    const decisions = inputs.map(actCaseDecision);
    return withEngines(device, async (gpu) => {
      const engine = await gpu.engine(ACT_ENGINE);
      const combined = await engine.combine(inputs.map((input, k) => ({ probabilities: decisions[k]!.probabilities, states: input.states })));
      return combined.map((c, k) => toActOutput(decisions[k]!, c.state));
    });
  },
};
