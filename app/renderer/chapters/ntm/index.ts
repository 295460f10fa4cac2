/**
 * The NTM chapter (Graves, Wayne & Danihelka 2014; the lecture's "Máquinas de Turing neurales"): presets,
 * parameters, compute (WebGPU engine or float64 reference), narration, test snapshot and the 3D scene.
 */
import { ntmMechanism } from '#core/models/ntm/index.ts';
import type { NtmFrameData } from '#core/models/ntm/run-scenario.ts';
import type { NtmStage } from '#core/models/ntm/types.ts';
import type { Messages } from '#app/shared/i18n/i18n.ts';
import type { Chapter } from '../chapter.ts';
import { paramSpecs } from '../param-table.ts';
import { runMechanism } from '../run-mechanism.ts';
import { ntmNarration } from './ntm-narration.ts';
import { NTM_PARAMS, presetParameters, scenarioFor } from './ntm-params.ts';
import { applyNtmStepParameter, ntmEditName, ntmParametersAt } from './ntm-step-params.ts';
import { createNtmScene } from './ntm-scene.ts';
import { cachedView } from './ntm-view.ts';

/** The NTM chapter. */
export const ntmChapter: Chapter<NtmStage, NtmFrameData> = {
  id: 'ntm',
  title: (m: Messages) => m.ntm.title,
  presets: [
    { id: 'lookup', label: (m) => m.ntm.presets.lookup },
    { id: 'copy', label: (m) => m.ntm.presets.copy },
    { id: 'free', label: (m) => m.ntm.presets.free },
    { id: 'copy-trained', label: (m) => m.ntm.presets.copyTrained },
  ],
  params: paramSpecs(NTM_PARAMS),
  presetParameters: (preset) => presetParameters(preset),
  applyParameter: (preset, name, value, current, language) => applyNtmStepParameter(preset, name, value, current, language),
  stepParameters: { valuesAt: (parameters, preset, step) => ntmParametersAt(preset, parameters, step), editName: ntmEditName },
  scenarioJson: (preset, parameters) => ({ ...scenarioFor(preset, parameters) }),
  compute: (parameters, preset, context) => runMechanism(ntmMechanism, ntmMechanism.parseScenario(scenarioFor(preset, parameters)), context),
  stageLabel: (stage, m) => m.ntm.stages[stage as keyof Messages['ntm']['stages']] ?? stage,
  narration: (frame, _trace, language) => ntmNarration(frame, language),
  snapshot(frame) {
    const v = cachedView(frame);
    return {
      n: v.n,
      m: v.m,
      role: v.role,
      writeMode: v.writeMode,
      memoryBefore: v.memoryBefore,
      memoryAfter: v.memoryAfter,
      key: v.key,
      beta: v.beta,
      gate: v.gate,
      shift: v.shift,
      gamma: v.gamma,
      erase: v.erase,
      add: v.add,
      previousWeights: v.previousWeights,
      similarity: v.similarity,
      contentWeights: v.contentWeights,
      gatedWeights: v.gatedWeights,
      shiftedWeights: v.shiftedWeights,
      weights: v.weights,
      readVector: v.readVector,
    };
  },
  createScene: (labels) => createNtmScene(labels),
};
