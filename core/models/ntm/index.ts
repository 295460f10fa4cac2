/**
 * The NTM mechanism (Graves, Wayne & Danihelka 2014): its presets, its scenario parser, and a scenario run on the
 * float64 reference (core/models/ntm/step.ts) or on the WebGPU engine (core/gpu/ntm), step by step.
 */
import type { EngineKind } from '../../gpu/common/backend.ts';
import { createNtmGpuEngine, type NtmGpuEngine } from '../../gpu/ntm/ntm-gpu-engine.ts';
import { reviveTrace } from '../../trace/revive.ts';
import type { Mechanism } from '../mechanism.ts';
import { NTM_PRESETS } from './presets.ts';
import { runNtmScenario, type NtmFrameData } from './run-scenario.ts';
import { resolveNtmScenario, type NtmScenario } from './scenario.ts';
import { cpuStepper } from './step.ts';
import { NTM_STAGES, type NtmStage } from './types.ts';

/** The NTM's WebGPU engine, built once per device by the backend. */
export const NTM_ENGINE: EngineKind<NtmGpuEngine> = { id: 'ntm', create: createNtmGpuEngine, destroy: (e) => e.destroy() };

function assertNtmScenario(value: unknown): asserts value is NtmScenario {
  resolveNtmScenario(value);
}

function isNtmFrameData(data: unknown): data is NtmFrameData {
  return typeof data === 'object' && data !== null && 'input' in data && 'result' in data && 'role' in data && 'writeMode' in data;
}

/** The NTM descriptor. */
export const ntmMechanism: Mechanism<NtmScenario, NtmStage, NtmFrameData> = {
  id: 'ntm',
  stages: NTM_STAGES,
  presets: NTM_PRESETS.map(({ id, name, scenario }) => ({ id, name, scenario })),
  parseScenario(value) {
    assertNtmScenario(value);
    return value;
  },
  runReference: (scenario) => runNtmScenario(scenario, cpuStepper),
  runOnGpu: async (scenario, gpu) => runNtmScenario(scenario, await gpu.engine(NTM_ENGINE)),
  reviveTrace: (value) => reviveTrace(value, { module: 'ntm', stages: NTM_STAGES, typedArrays: true, isData: isNtmFrameData }),
};
