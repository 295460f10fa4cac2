/**
 * The NTM chapter (Graves, Wayne & Danihelka 2014; the lecture's "Máquinas de Turing neurales"): presets,
 * parameters, compute (WebGPU engine or float64 reference), narration, test snapshot and the 3D scene.
 */
import { ntmMechanism } from '../../../../core/models/ntm/index.ts';
import type { NtmFrameData } from '../../../../core/models/ntm/run-scenario.ts';
import type { NtmStage } from '../../../../core/models/ntm/types.ts';
import type { Messages } from '../../../shared/i18n/i18n.ts';
import type { Chapter, ParamSpec } from '../chapter.ts';
import { runMechanism } from '../run-mechanism.ts';
import { ntmNarration } from './ntm-narration.ts';
import { applyNtmParameter, parametersOf, presetScenario, scenarioFor, NTM_PARAM_NAMES } from './ntm-params.ts';
import { createNtmScene } from './ntm-scene.ts';
import { cachedView } from './ntm-view.ts';

const KINDS: Record<(typeof NTM_PARAM_NAMES)[number], ParamSpec['kind']> = {
  N: 'integer',
  M: 'integer',
  key: 'vector',
  beta: 'number',
  gate: 'number',
  shiftWidth: 'integer',
  shift: 'vector',
  gamma: 'number',
  erase: 'vector',
  add: 'vector',
  steps: 'integer',
  seed: 'integer',
};
const STEPS: Partial<Record<(typeof NTM_PARAM_NAMES)[number], number>> = { beta: 0.5, gate: 0.05, gamma: 0.25, shiftWidth: 2 };

/** The NTM chapter. */
export const ntmChapter: Chapter<NtmStage, NtmFrameData> = {
  id: 'ntm',
  title: (m: Messages) => m.app.subtitle,
  presets: [
    { id: 'lookup', label: (m) => m.presets.lookup },
    { id: 'copy', label: (m) => m.presets.copy },
    { id: 'free', label: (m) => m.presets.free },
  ],
  params: NTM_PARAM_NAMES.map((name) => ({
    name,
    kind: KINDS[name],
    label: (m: Messages) => m.params[name],
    ...(STEPS[name] !== undefined ? { step: STEPS[name] } : {}),
  })),
  presetParameters: (preset) => parametersOf(presetScenario(preset)),
  applyParameter: (preset, name, value, current) => applyNtmParameter(preset, name, value, current),
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
