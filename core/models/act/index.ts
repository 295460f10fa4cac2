/**
 * The ACT mechanism (Graves 2016, "Adaptive Computation Time for Recurrent Neural Networks"): its presets, its
 * scenario parser, and a scenario run on the float64 reference or with the weighted combinations s_t = Σ pⁿ sⁿ
 * (eq. 7) on WebGPU (core/gpu/act); the halting decisions are float64 on both.
 */
import type { EngineKind } from '../../gpu/common/backend.ts';
import { createActGpuEngine, type ActGpuEngine } from '../../gpu/act/act-gpu-engine.ts';
import { runActScenarioOnGpu } from '../../gpu/act/run-act-scenario-gpu.ts';
import { reviveTrace } from '../../trace/revive.ts';
import type { Mechanism } from '../mechanism.ts';
import { actPresets } from './presets.ts';
import { runActScenario } from './run.ts';
import { parseActScenario, type ActScenario } from './scenario.ts';
import { ACT_STAGES, type ActFrameData, type ActStage } from './types.ts';

/** ACT's WebGPU engine, built once per device by the backend. */
export const ACT_ENGINE: EngineKind<ActGpuEngine> = { id: 'act', create: createActGpuEngine, destroy: (e) => e.destroy() };

function isActFrameData(data: unknown): data is ActFrameData {
  return typeof data === 'object' && data !== null && 'kind' in data && (data.kind === 'ponder' || data.kind === 'combine');
}

/** The ACT descriptor. */
export const actMechanism: Mechanism<ActScenario, ActStage, ActFrameData> = {
  id: 'act',
  stages: ACT_STAGES,
  presets: actPresets.map(({ id, name, scenario }) => ({ id, name, scenario })),
  parseScenario: (value) => parseActScenario(value),
  runReference: async (scenario) => runActScenario(scenario),
  runOnGpu: async (scenario, gpu) => runActScenarioOnGpu(scenario, await gpu.engine(ACT_ENGINE)),
  reviveTrace: (value) => reviveTrace(value, { module: 'act', stages: ACT_STAGES, typedArrays: false, isData: isActFrameData }),
};
