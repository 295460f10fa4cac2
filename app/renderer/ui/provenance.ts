/**
 * The provenance badge near the narration: where the numbers of the preset on screen come from, in the UI
 * language ("entrenado (…)", "guionizado a mano", "pesos aleatorios, sin entrenar", "datos de Distill
 * (redondeados)"), read from the presets' `provenanceNote` in core (README "Trained models"). For a trained
 * preset with a `training` parameter (the copy NTM, the parity ACT cell, the reordering model) it adds the checkpoint's training step.
 * DOM only: recordings draw the scene, not the panel.
 */
import type { LocalizedText } from '#core/scenario/scenario-file.ts';
import { actPresets } from '#core/models/act/presets.ts';
import { trainedActFile } from '#core/models/act/trained/registry.ts';
import { ATTENTION_PRESETS, FOCUS_PRESETS } from '#core/models/attention/presets.ts';
import { reorderFile } from '#core/models/attention/trained/reorder-scenario.ts';
import { NTM_PRESETS } from '#core/models/ntm/presets.ts';
import { ntmCopyFile } from '#core/models/ntm/trained/ntm-copy-file.ts';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import type { Provenance } from '#core/models/provenance.ts';
import type { ModuleId } from '#core/trace/trace.ts';
import { messages, type Language } from '../../shared/i18n/i18n.ts';
import type { Parameters } from '../state/scenario-slice.ts';
import type { AppStore } from '../state/store.ts';
import { h, type Unmount } from './dom.ts';

/** Every module's presets with their provenance note. */
const PRESETS: Readonly<Record<ModuleId, readonly { readonly id: string; readonly provenance: Provenance; readonly provenanceNote: LocalizedText }[]>> = {
  ntm: NTM_PRESETS,
  act: actPresets,
  attention: ATTENTION_PRESETS,
  focus: FOCUS_PRESETS,
  programmer: PROGRAMMER_PRESETS,
};

/** The training steps of the saved checkpoints of each module's trained model. */
const CHECKPOINT_STEPS: Partial<Record<ModuleId, () => readonly number[]>> = {
  ntm: () => ntmCopyFile().checkpoints.map((c) => c.step),
  act: () => trainedActFile('act-parity').checkpoints.map((c) => c.step),
  attention: () => reorderFile().checkpoints.map((c) => c.step),
};

/** The preset's provenance (`trained`, `scripted`, …), or undefined for an unknown preset. */
export function provenanceOf(module: ModuleId, preset: string): Provenance | undefined {
  return PRESETS[module].find((p) => p.id === preset)?.provenance;
}

/** The badge's text for a preset in `language` ('' for an unknown preset). */
export function provenanceText(module: ModuleId, preset: string, parameters: Parameters, language: Language): string {
  const found = PRESETS[module].find((p) => p.id === preset);
  if (!found) return '';
  const note = found.provenanceNote[language];
  const checkpoint = parameters.training;
  if (found.provenance !== 'trained' || typeof checkpoint !== 'number') return note;
  const step = CHECKPOINT_STEPS[module]?.()[checkpoint];
  return step === undefined ? note : `${note} · ${messages(language).ntm.training.step} ${step}`;
}

/** Mounts the badge into `el` (after the narration). */
export function mountProvenance(el: HTMLElement, store: AppStore): Unmount {
  const badge = h('p', { class: 'provenance', 'data-testid': 'provenance' });
  el.append(badge);
  function render(): void {
    const s = store.getState();
    const text = provenanceText(s.module, s.preset, s.appliedParameters, s.language);
    badge.textContent = text;
    badge.hidden = text === '';
    badge.dataset.provenance = provenanceOf(s.module, s.preset) ?? '';
  }
  render();
  return store.subscribe((s) => [s.module, s.preset, s.appliedParameters, s.language] as const, render, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
}
