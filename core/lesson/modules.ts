/**
 * The modules and presets a simulation slide may name: the presets each model ships (core/models/<m>/presets.ts),
 * in the lecture's order (Definición, NTM, Interfaces, ACT, Programador).
 */
import type { ModuleId } from '../trace/trace.ts';
import { actPresets } from '../models/act/presets.ts';
import { ATTENTION_PRESETS, FOCUS_PRESETS } from '../models/attention/presets.ts';
import { NTM_PRESETS } from '../models/ntm/presets.ts';
import { PROGRAMMER_PRESET_IDS } from '../models/programmer/presets.ts';

/** Preset ids by module, modules in the lecture's order. */
export const LESSON_MODULES: Readonly<Record<ModuleId, readonly string[]>> = {
  focus: FOCUS_PRESETS.map((p) => p.id),
  ntm: NTM_PRESETS.map((p) => p.id),
  attention: ATTENTION_PRESETS.map((p) => p.id),
  act: actPresets.map((p) => p.id),
  programmer: [...PROGRAMMER_PRESET_IDS],
};

/** The module ids in the lecture's order. */
export const LECTURE_ORDER: readonly ModuleId[] = ['focus', 'ntm', 'attention', 'act', 'programmer'];
