/**
 * `atenea compute ntm`: one NTM head step (README "compute ntm") on the float64 reference or the WGSL kernels.
 *
 * input:  {"memory": [[M numbers] x N], "key": [M], "beta": number, "gate": number, "shift": [2K+1],
 *          "gamma": number, "previousWeights": [N], "erase": [M], "add": [M]}
 * output: {"contentWeights": [N], "gatedWeights": [N], "shiftedWeights": [N], "weights": [N],
 *          "readVector": [M], "memoryAfterWrite": [[M] x N]}
 */
import { memoryToRows } from '#core/models/ntm/memory.ts';
import { parseNtmStepInput } from '#core/models/ntm/step-input.ts';
import { ntmStep } from '#core/models/ntm/step.ts';
import type { NtmStepInput, NtmStepResult } from '#core/models/ntm/types.ts';
import { withEngines } from '#core/gpu/common/backend.ts';
import { NTM_ENGINE } from '#core/models/ntm/index.ts';
import { checkNtmInputFloat32 } from '#core/gpu/common/engine-input-checks.ts';
import type { ComputeCommand } from '../compute-command.ts';

/** The output of one case, exactly the fields of the contract, in its order. */
export interface NtmComputeOutput {
  readonly contentWeights: number[];
  readonly gatedWeights: number[];
  readonly shiftedWeights: number[];
  readonly weights: number[];
  readonly readVector: number[];
  readonly memoryAfterWrite: number[][];
}

/** Turns a step result into the contract's JSON output. */
export function toNtmComputeOutput(result: NtmStepResult): NtmComputeOutput {
  return {
    contentWeights: Array.from(result.contentWeights),
    gatedWeights: Array.from(result.gatedWeights),
    shiftedWeights: Array.from(result.shiftedWeights),
    weights: Array.from(result.weights),
    readVector: Array.from(result.readVector),
    memoryAfterWrite: memoryToRows(result.memoryAfterWrite),
  };
}

/** The `compute ntm` command. */
export const computeNtm: ComputeCommand<NtmStepInput, NtmComputeOutput> = {
  module: 'ntm',
  summary: 'one NTM head step: content addressing, interpolation, shift, sharpening, read and erase/add write',
  parseCase: (value) => parseNtmStepInput(value),
  computeCpu: (input) => toNtmComputeOutput(ntmStep(input)),
  checkGpuCase: checkNtmInputFloat32,
  computeGpu: (device, inputs) =>
    withEngines(device, async (gpu) => {
      const engine = await gpu.engine(NTM_ENGINE);
      const outputs: NtmComputeOutput[] = [];
      for (const input of inputs) outputs.push(toNtmComputeOutput(await engine.step(input)));
      return outputs;
    }),
};
