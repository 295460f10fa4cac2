/**
 * The ACT chapter (Graves 2016, "Adaptive Computation Time for Recurrent Neural Networks"; the lecture's
 * "Tiempo de computación adaptativo"): presets from core/models/act/presets.ts, live parameters (hand-set
 * halting values, ε, maxSteps, seed), compute (the weighted combinations on WebGPU when there is a device, else
 * the float64 reference), narration, test snapshot and the 3D scene.
 */
import { actMechanism } from '#core/models/act/index.ts';
import { findActPreset, actPresets } from '#core/models/act/presets.ts';
import type { ActFrameData, ActStage } from '#core/models/act/types.ts';
import type { Language, Messages } from '#app/shared/i18n/i18n.ts';
import type { Chapter } from '../chapter.ts';
import { paramSpecs } from '../param-table.ts';
import { runMechanism } from '../run-mechanism.ts';
import { actNarration } from './act-narration.ts';
import { ACT_PARAMS, applyActParameter, presetParameters, scenarioFor } from './act-params.ts';
import { createActScene } from './act-scene.ts';

/** The frame's numbers as plain arrays (for `window.atenea.state()`). */
export function actSnapshot(data: ActFrameData): Record<string, unknown> {
  if (data.kind === 'ponder') {
    return {
      kind: 'ponder',
      ponder: data.ponder,
      input: data.input,
      state: data.state,
      output: data.output,
      halting: data.halting,
      cumulative: data.cumulative,
      budget: data.budget,
      threshold: data.threshold,
      epsilon: data.epsilon,
      maxSteps: data.maxSteps,
      halts: data.halts,
      capped: data.capped,
    };
  }
  return {
    kind: 'combine',
    steps: data.steps,
    halting: data.halting,
    probabilities: data.probabilities,
    remainder: data.remainder,
    ponderCost: data.ponderCost,
    capped: data.capped,
    epsilon: data.epsilon,
    maxSteps: data.maxSteps,
    states: data.states,
    outputs: data.outputs,
    state: data.state,
    output: data.output,
  };
}

/** The ACT chapter. */
export const actChapter: Chapter<ActStage, ActFrameData> = {
  id: 'act',
  title: (m: Messages) => m.act.title,
  presets: actPresets.map((p) => ({ id: p.id, label: (m: Messages) => p.name[m.act.language as Language] ?? p.name.en })),
  params: paramSpecs(ACT_PARAMS),
  presetParameters: (preset) => presetParameters(preset),
  applyParameter: (preset, name, value, current, language) => applyActParameter(preset, name, value, current, language),
  scenarioJson: (preset, parameters) => ({ ...scenarioFor(findActPreset(preset) ? preset : actPresets[0]!.id, parameters) }),
  compute: (parameters, preset, context) =>
    runMechanism(actMechanism, actMechanism.parseScenario(scenarioFor(findActPreset(preset) ? preset : actPresets[0]!.id, parameters)), context),
  stageLabel: (stage, m) => m.act.stages[stage as keyof Messages['act']['stages']] ?? stage,
  narration: (frame, trace, language) => actNarration(frame, trace, language),
  snapshot: (frame) => actSnapshot(frame.data),
  createScene: (labels) => createActScene(labels),
};
