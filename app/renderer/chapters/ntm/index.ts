/**
 * The NTM chapter (Graves, Wayne & Danihelka 2014; the lecture's "Máquinas de Turing neurales"): presets,
 * parameters, compute (WebGPU engine or float64 reference), narration, test snapshot and the 3D scene.
 */
import { runNtmScenario } from '../../../../core/models/ntm/run-scenario.ts';
import { cpuStepper } from '../../../../core/models/ntm/step.ts';
import { createNtmGpuEngine, type NtmGpuEngine } from '../../../../core/gpu/ntm/ntm-gpu-engine.ts';
import type { Messages } from '../../../shared/i18n/i18n.ts';
import type { Chapter } from '../chapter.ts';
import { paramSpecs } from '../param-table.ts';
import { ntmNarration } from './ntm-narration.ts';
import { NTM_PARAMS, parametersOf, presetScenario, scenarioFor } from './ntm-params.ts';
import { applyNtmStepParameter, ntmEditName, ntmParametersAt } from './ntm-step-params.ts';
import { createNtmScene } from './ntm-scene.ts';
import { cachedView } from './ntm-view.ts';

const engines = new WeakMap<GPUDevice, Promise<NtmGpuEngine>>();
function engineFor(device: GPUDevice): Promise<NtmGpuEngine> {
  let e = engines.get(device);
  if (!e) {
    e = createNtmGpuEngine(device);
    engines.set(device, e);
  }
  return e;
}

/** The NTM chapter. */
export const ntmChapter: Chapter = {
  id: 'ntm',
  title: (m: Messages) => m.ntm.title,
  presets: [
    { id: 'lookup', label: (m) => m.ntm.presets.lookup },
    { id: 'copy', label: (m) => m.ntm.presets.copy },
    { id: 'free', label: (m) => m.ntm.presets.free },
  ],
  params: paramSpecs(NTM_PARAMS),
  presetParameters: (preset) => ({ scope: 'step', ...parametersOf(presetScenario(preset)) }),
  applyParameter: (preset, name, value, current, language) => applyNtmStepParameter(preset, name, value, current, language),
  stepParameters: { valuesAt: (parameters, preset, step) => ntmParametersAt(preset, parameters, step), editName: ntmEditName },
  async compute(parameters, preset, context) {
    const scenario = scenarioFor(preset, parameters);
    if (context.device) {
      try {
        const engine = await engineFor(context.device);
        return { trace: await runNtmScenario(scenario, engine), backend: 'webgpu' };
      } catch (error) {
        console.error('GPU engine failed; computing with the float64 reference instead:', error);
      }
    }
    return { trace: await runNtmScenario(scenario, cpuStepper), backend: 'cpu' };
  },
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
