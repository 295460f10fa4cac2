/**
 * The attention chapter (attentional interfaces: Bahdanau, Cho & Bengio 2014; Luong, Pham & Manning 2015; the
 * lecture's "Interfaces con atención"): the translation and speech data of Olah & Carter's Distill article
 * (CC-BY 4.0, credited in the narration note and in the scene) and the live "compute it" preset (dot, general,
 * additive), computed on the WebGPU engine or the float64 reference; narration, snapshot and the 3D scene.
 */
import type { AttentionFrameData } from '#core/models/attention/attention-scenario.ts';
import { attentionMechanism } from '#core/models/attention/index.ts';
import type { AttentionStage } from '#core/models/attention/types.ts';
import { ATTENTION_PRESETS } from '#core/models/attention/presets.ts';
import { messages, type Messages } from '#app/shared/i18n/i18n.ts';
import type { Chapter } from '../chapter.ts';
import { paramSpecs } from '../param-table.ts';
import { runMechanism } from '../run-mechanism.ts';
import { attentionNarration, type AttentionFrame } from './attention-narration.ts';
import { ATTENTION_PARAMS, applyAttentionParameter, presetParameters, scenarioFor } from './attention-params.ts';
import { createAttentionScene } from './attention-scene.ts';

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
export const attentionChapter: Chapter<AttentionStage, AttentionFrameData> = {
  id: 'attention',
  title: (m: Messages) => m.attention.title,
  presets: ATTENTION_PRESETS.map((p) => ({ id: p.id, label: (m: Messages) => p.name[m === messages('es') ? 'es' : 'en'] })),
  params: paramSpecs(ATTENTION_PARAMS),
  presetParameters: (preset) => presetParameters(preset),
  applyParameter: (preset, name, value, current, language) => applyAttentionParameter(preset, name, value, current, language),
  // The data presets compute nothing (their weights are given): on a device their trace counts as the GPU's.
  scenarioJson: (preset, parameters) => ({ ...scenarioFor(preset, parameters) }),
  compute: (parameters, preset, context) => runMechanism(attentionMechanism, scenarioFor(preset, parameters), context),
  stageLabel: (stage, m) => m.attention.stages[stage as keyof Messages['attention']['stages']] ?? stage,
  narration: (frame, _trace, language) => attentionNarration(frame, language),
  snapshot: (frame) => attentionSnapshot(frame),
  createScene: (labels) => createAttentionScene(labels),
};
