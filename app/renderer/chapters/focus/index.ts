/**
 * The focus chapter (the lecture's "Definición": attention as a mask of the object's shape, applied by the
 * pointwise product ⊙; Olah & Carter 2016): presets from the core, live parameters (the spot, or the attention
 * vector of a sentence; painting through the scene), compute (the WGSL product or the float64 reference),
 * narration, test snapshot and the 3D scene.
 */
import type { FocusFrameData, FocusStage } from '#core/models/attention/focus-scenario.ts';
import { FOCUS_PRESETS } from '#core/models/attention/presets.ts';
import { focusMechanism } from '#core/models/focus/index.ts';
import { messages, type Messages } from '#app/shared/i18n/i18n.ts';
import type { Chapter } from '../chapter.ts';
import { paramSpecs } from '../param-table.ts';
import { runMechanism } from '../run-mechanism.ts';
import { centrePixel, focusNarration, mean, type FocusFrame } from './focus-narration.ts';
import { FOCUS_PARAMS, applyFocusParameter, presetParameters, scenarioFor, scenarioJsonFor } from './focus-params.ts';
import { createFocusScene } from './focus-scene.ts';

/** The frame's numbers for `window.atenea.state()`: whole vectors for a text, sums and samples for an image. */
export function focusSnapshot(frame: FocusFrame): Record<string, unknown> {
  const d = frame.data;
  if (d.kind === 'text') return { kind: d.kind, tokens: d.tokens, object: d.object, mask: d.mask, product: d.product };
  const sum = (v: ArrayLike<number>) => mean(v) * v.length;
  const c = centrePixel(d);
  return {
    kind: d.kind,
    width: d.width,
    height: d.height,
    spot: d.spot ?? null,
    objectSum: sum(d.object),
    maskSum: sum(d.mask),
    productSum: sum(d.product),
    centre: { object: d.object[c], mask: d.mask[c], product: d.product[c] },
    // One row of the product through the spot's centre (enough to see it move).
    productRow: Array.from(d.product.subarray(Math.floor(c / d.width) * d.width, Math.floor(c / d.width + 1) * d.width)),
  };
}

/** The focus chapter. */
export const focusChapter: Chapter<FocusStage, FocusFrameData> = {
  id: 'focus',
  title: (m: Messages) => m.focus.title,
  presets: FOCUS_PRESETS.map((p) => ({ id: p.id, label: (m: Messages) => p.name[m === messages('es') ? 'es' : 'en'] })),
  params: paramSpecs(FOCUS_PARAMS),
  presetParameters: (preset) => presetParameters(preset),
  applyParameter: (preset, name, value, current, language) => applyFocusParameter(preset, name, value, current, language),
  scenarioJson: (preset, parameters) => scenarioJsonFor(preset, parameters),
  compute: (parameters, preset, context) => runMechanism(focusMechanism, scenarioFor(preset, parameters), context),
  stageLabel: (stage, m) => m.focus.stages[stage as keyof Messages['focus']['stages']] ?? stage,
  narration: (frame, _trace, language) => focusNarration(frame, language),
  snapshot: (frame) => focusSnapshot(frame),
  createScene: (labels) => createFocusScene(labels),
};
