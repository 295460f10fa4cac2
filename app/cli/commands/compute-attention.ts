/**
 * `atenea compute attention`: one decoder step of an attentional interface (README "compute attention"), on the float64
 * reference or the WGSL kernels. The contract is in core/models/attention/contract.ts.
 */
import { checkAttentionInputFloat32 } from '#core/gpu/common/engine-input-checks.ts';
import type { ComputeCommand } from '../compute-command.ts';
import { parseAttentionCase, toAttentionOutput, type AttentionOutput } from '#core/models/attention/contract.ts';
import { attentionStep } from '#core/models/attention/reference.ts';
import type { AttentionInput } from '#core/models/attention/types.ts';
import { withEngines } from '#core/gpu/common/backend.ts';
import { ATTENTION_ENGINE } from '#core/models/attention/index.ts';

/** The `compute attention` command. */
export const computeAttention: ComputeCommand<AttentionInput, AttentionOutput> = {
  module: 'attention',
  summary: 'attention scores (dot | general | additive), masked softmax and context vector for one query',
  parseCase: parseAttentionCase,
  computeCpu: (input) => toAttentionOutput(attentionStep(input), input.mask),
  checkGpuCase: ({ query, ...rest }) => checkAttentionInputFloat32({ ...rest, queries: { rows: 1, columns: query.length, data: query } }, 'query'),
  computeGpu: (device, inputs) =>
    withEngines(device, async (gpu) => {
      const engine = await gpu.engine(ATTENTION_ENGINE);
      const outputs: AttentionOutput[] = [];
      for (const input of inputs) outputs.push(toAttentionOutput(await engine.step(input), input.mask));
      return outputs;
    }),
};
