/**
 * The Neural Programmer chapter (Neelakantan, Le & Sutskever 2016; the lecture's "Programador neural"):
 * presets from the core, the parameters a lecturer changes live, compute (WebGPU engine or float64
 * reference), narration, test snapshot and the 3D scene.
 */
import { programmerMechanism } from '#core/models/programmer/index.ts';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import type { ProgrammerFrameData } from '#core/models/programmer/trace.ts';
import type { ProgrammerStage } from '#core/models/programmer/types.ts';
import { messages, type Messages } from '#app/shared/i18n/i18n.ts';
import type { Chapter } from '../chapter.ts';
import { paramSpecs } from '../param-table.ts';
import { runMechanism } from '../run-mechanism.ts';
import { programmerNarration } from './programmer-narration.ts';
import { PROGRAMMER_PARAMS, applyProgrammerParameter, presetParameters, scenarioFor, scenarioJsonFor } from './programmer-params.ts';
import { createProgrammerScene } from './programmer-scene.ts';
import { programmerSnapshot } from './programmer-view.ts';

/** The Neural Programmer chapter. */
export const programmerChapter: Chapter<ProgrammerStage, ProgrammerFrameData> = {
  id: 'programmer',
  title: (m: Messages) => m.programmer.title,
  // The core's preset names, in the language whose dictionary the panel passes.
  presets: PROGRAMMER_PRESETS.map((p) => ({ id: p.id, label: (m: Messages) => p.name[m === messages('es') ? 'es' : 'en'] })),
  params: paramSpecs(PROGRAMMER_PARAMS),
  presetParameters: (preset) => presetParameters(preset),
  applyParameter: (preset, name, value, current, language) => applyProgrammerParameter(preset, name, value, current, language),
  scenarioJson: (preset, parameters) => scenarioJsonFor(preset, parameters),
  compute: (parameters, preset, context) => runMechanism(programmerMechanism, scenarioFor(preset, parameters), context),
  stageLabel: (stage, m) => m.programmer.stages[stage as keyof Messages['programmer']['stages']] ?? stage,
  narration: (frame, trace, language) => programmerNarration(frame, trace, language),
  snapshot: (frame) => programmerSnapshot(frame),
  createScene: (labels) => createProgrammerScene(labels),
};
