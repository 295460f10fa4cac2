/**
 * The attention chapter (attentional interfaces: Bahdanau, Cho & Bengio 2014; Luong, Pham & Manning 2015; the
 * lecture's "Interfaces con atención"): the translation and speech data of Olah & Carter's Distill article
 * (CC-BY 4.0, credited in the narration note and in the scene) and the live "compute it" preset (dot, general,
 * additive), computed on the WebGPU engine or the float64 reference; narration, snapshot and the 3D scene.
 */
import { createAttentionGpuEngine, type AttentionGpuEngine } from '../../../../core/gpu/attention/attention-gpu-engine.ts';
import { runAttentionScenario } from '../../../../core/models/attention/attention-scenario.ts';
import { ATTENTION_PRESETS } from '../../../../core/models/attention/presets.ts';
import { messages, type Messages } from '../../../shared/i18n/i18n.ts';
import type { Chapter } from '../chapter.ts';
import { paramSpecs } from '../param-table.ts';
import { attentionNarration, type AttentionFrame } from './attention-narration.ts';
import { ATTENTION_PARAMS, applyAttentionParameter, presetParameters, scenarioFor } from './attention-params.ts';
import { createAttentionScene } from './attention-scene.ts';

const engines = new WeakMap<GPUDevice, Promise<AttentionGpuEngine>>();
function engineFor(device: GPUDevice): Promise<AttentionGpuEngine> {
  let e = engines.get(device);
  if (!e) {
    e = createAttentionGpuEngine(device);
    engines.set(device, e);
  }
  return e;
}

/** The frame's numbers for `window.atenea.state()`. */
export function attentionSnapshot(frame: AttentionFrame): Record<string, unknown> {
  const d = frame.data;
  return {
    kind: d.kind,
    score: d.score ?? null,
    outputToken: d.outputToken,
    inputTokens: d.inputTokens,
    weights: d.weights,
    weightSum: d.weightSum,
    ...(d.kind === 'interface' ? { query: d.query, scores: Array.from(d.scores ?? [], (e) => (Number.isFinite(e) ? e : null)), context: d.context } : {}),
  };
}

/** The attention chapter. */
export const attentionChapter: Chapter = {
  id: 'attention',
  title: (m: Messages) => m.attention.title,
  presets: ATTENTION_PRESETS.map((p) => ({ id: p.id, label: (m: Messages) => p.name[m === messages('es') ? 'es' : 'en'] })),
  params: paramSpecs(ATTENTION_PARAMS),
  presetParameters: (preset) => presetParameters(preset),
  applyParameter: (preset, name, value, current, language) => applyAttentionParameter(preset, name, value, current, language),
  async compute(parameters, preset, context) {
    const scenario = scenarioFor(preset, parameters);
    if (context.device && scenario.kind === 'interface') {
      try {
        const engine = await engineFor(context.device);
        return { trace: await runAttentionScenario(scenario, (input) => engine.sequence(input)), backend: 'webgpu' };
      } catch (error) {
        console.error('GPU engine failed; computing with the float64 reference instead:', error);
      }
    }
    // The data presets compute nothing: their weights are given; the backend line keeps the device's.
    return { trace: await runAttentionScenario(scenario), backend: context.device && scenario.kind === 'alignment' ? 'webgpu' : 'cpu' };
  },
  stageLabel: (stage, m) => m.attention.stages[stage as keyof Messages['attention']['stages']] ?? stage,
  narration: (frame, _trace, language) => attentionNarration(frame as AttentionFrame, language),
  snapshot: (frame) => attentionSnapshot(frame as AttentionFrame),
  createScene: (labels) => createAttentionScene(labels),
};
