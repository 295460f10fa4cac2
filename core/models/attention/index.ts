/**
 * The attention mechanism (Bahdanau, Cho & Bengio 2014; Luong, Pham & Manning 2015): its presets, its scenario
 * parser, and a scenario run on the float64 reference or on the WebGPU engine (core/gpu/attention). The data
 * presets (alignments) compute nothing, their weights are given, so both runs give the same trace.
 */
import type { EngineKind } from '../../gpu/common/backend.ts';
import { createAttentionGpuEngine, type AttentionGpuEngine } from '../../gpu/attention/attention-gpu-engine.ts';
import { reviveTrace } from '../../trace/revive.ts';
import type { Mechanism } from '../mechanism.ts';
import { resolveAttentionScenario, runAttentionScenario, type AttentionFrameData, type AttentionScenario } from './attention-scenario.ts';
import { ATTENTION_PRESETS } from './presets.ts';
import { ATTENTION_STAGES, type AttentionStage } from './types.ts';

/** The attention WebGPU engine, built once per device by the backend. */
export const ATTENTION_ENGINE: EngineKind<AttentionGpuEngine> = {
  id: 'attention',
  create: createAttentionGpuEngine,
  destroy: (e) => e.destroy(),
};

function assertAttentionScenario(value: unknown): asserts value is AttentionScenario {
  resolveAttentionScenario(value);
}

function isAttentionFrameData(data: unknown): data is AttentionFrameData {
  return typeof data === 'object' && data !== null && 'kind' in data && (data.kind === 'alignment' || data.kind === 'interface') && 'weights' in data;
}

/** The attention descriptor. */
export const attentionMechanism: Mechanism<AttentionScenario, AttentionStage, AttentionFrameData> = {
  id: 'attention',
  stages: ATTENTION_STAGES,
  presets: ATTENTION_PRESETS.map(({ id, name, scenario }) => ({ id, name, scenario })),
  parseScenario(value) {
    assertAttentionScenario(value);
    return value;
  },
  runReference: (scenario) => runAttentionScenario(scenario),
  async runOnGpu(scenario, gpu) {
    if (scenario.kind === 'alignment') return runAttentionScenario(scenario);
    const engine = await gpu.engine(ATTENTION_ENGINE);
    return runAttentionScenario(scenario, (input) => engine.sequence(input));
  },
  reviveTrace: (value) => reviveTrace(value, { module: 'attention', stages: ATTENTION_STAGES, typedArrays: true, isData: isAttentionFrameData }),
};
