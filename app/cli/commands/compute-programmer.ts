/**
 * `atenea compute programmer`: a whole Neural Programmer program (README "compute programmer"), soft and/or hard, on the
 * float64 reference or the WGSL kernels. The contract is in core/models/programmer/contract.ts.
 */
import { checkProgrammerInputFloat32 } from '#core/gpu/common/engine-input-checks.ts';
import type { ComputeCommand } from '../compute-command.ts';
import { parseProgrammerCase, toProgrammerOutput, type ProgrammerCase, type ProgrammerOutput } from '#core/models/programmer/contract.ts';
import { programOutputs } from '#core/models/programmer/program.ts';
import type { EvaluationMode, StepOutputs } from '#core/models/programmer/types.ts';
import { withEngines } from '#core/gpu/common/backend.ts';
import { PROGRAMMER_ENGINE } from '#core/models/programmer/index.ts';

/** The `compute programmer` command. */
export const computeProgrammer: ComputeCommand<ProgrammerCase, ProgrammerOutput> = {
  module: 'programmer',
  summary: 'Neural Programmer over a table: per-step scalar, row selector and lookup from α_op and α_col (soft and hard)',
  parseCase: parseProgrammerCase,
  computeCpu(c) {
    const outputs: Partial<Record<EvaluationMode, readonly StepOutputs[]>> = {};
    for (const mode of c.modes) outputs[mode] = programOutputs(c.input, mode).steps;
    return toProgrammerOutput(c, outputs);
  },
  checkGpuCase: (c) => checkProgrammerInputFloat32(c.input),
  computeGpu: (device, cases) =>
    withEngines(device, async (gpu) => {
      const engine = await gpu.engine(PROGRAMMER_ENGINE);
      const results: ProgrammerOutput[] = [];
      for (const c of cases) {
        const outputs: Partial<Record<EvaluationMode, readonly StepOutputs[]>> = {};
        for (const mode of c.modes) outputs[mode] = await engine.run(c.input, mode);
        results.push(toProgrammerOutput(c, outputs));
      }
      return results;
    }),
};
