/**
 * The Neural Programmer mechanism (Neelakantan, Le & Sutskever 2016): its presets, its scenario parser, and a
 * program run on the float64 reference or with every step's outputs (scalar, row selector, lookup; soft and hard)
 * from the WebGPU engine, checked against the reference (core/gpu/programmer/programmer-gpu-trace.ts).
 */
import type { EngineKind } from '../../gpu/common/backend.ts';
import { createProgrammerGpuEngine, type ProgrammerGpuEngine } from '../../gpu/programmer/programmer-gpu-engine.ts';
import { gpuProgrammerTrace } from '../../gpu/programmer/programmer-gpu-trace.ts';
import { reviveTrace } from '../../trace/revive.ts';
import type { Mechanism } from '../mechanism.ts';
import { PROGRAMMER_PRESETS } from './presets.ts';
import { parseProgrammerScenario, scenarioToJson, type ProgrammerScenario } from './scenario.ts';
import { runProgrammerScenario, type ProgrammerFrameData } from './trace.ts';
import { PROGRAMMER_STAGES, type ProgrammerStage } from './types.ts';

/** The Neural Programmer's WebGPU engine, built once per device by the backend. */
export const PROGRAMMER_ENGINE: EngineKind<ProgrammerGpuEngine> = {
  id: 'programmer',
  create: createProgrammerGpuEngine,
  destroy: (e) => e.destroy(),
};

function isProgrammerFrameData(data: unknown): data is ProgrammerFrameData {
  return typeof data === 'object' && data !== null && 'table' in data && 'soft' in data && 'hard' in data && 'weights' in data;
}

/** The Neural Programmer descriptor. */
export const programmerMechanism: Mechanism<ProgrammerScenario, ProgrammerStage, ProgrammerFrameData> = {
  id: 'programmer',
  stages: PROGRAMMER_STAGES,
  presets: PROGRAMMER_PRESETS.map(({ id, name, scenario }) => ({ id, name, scenario: scenarioToJson(scenario) })),
  parseScenario: (value) => parseProgrammerScenario(value),
  runReference: async (scenario) => runProgrammerScenario(scenario),
  runOnGpu: async (scenario, gpu) => gpuProgrammerTrace(scenario, await gpu.engine(PROGRAMMER_ENGINE)),
  reviveTrace: (value) => reviveTrace(value, { module: 'programmer', stages: PROGRAMMER_STAGES, typedArrays: true, isData: isProgrammerFrameData }),
};
