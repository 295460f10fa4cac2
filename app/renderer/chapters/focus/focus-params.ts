/**
 * The focus chapter's parameters (the lecture's "Definición") and how they map onto a `focus` scenario
 * (core/models/attention/focus-scenario.ts):
 * - image presets: the spot's centre `center` = [x, y] (fractions of the width and height), `radius`,
 *   `softness`, the painting brush radius `brush`, and `strokes`, the painted dabs (not a panel field: the
 *   scene writes it while the lecturer paints) as a flat list [x, y, r, v, …] (v = 1 paints, v = 0 erases);
 * - text presets: the attention vector `attention` (one weight in [0, 1] per word) and the words' values.
 * With no dabs the mask is the core's soft spot; with dabs it is a painted mask: the spot, then each dab
 * m ← m + b(d)·(v − m), with the brush b(d) = (1 − (d/r)²)² inside r (d in units of the shorter side).
 * Every rule is checked through core/scenario/validate.ts and the core's own scenario parser, so a refused
 * value gets the same message as in a scenario file.
 */
import { ValidationError, expectVector } from '#core/scenario/validate.ts';
import { focusPreset, FOCUS_PRESETS } from '#core/models/attention/presets.ts';
import { spotMask, type SpotMask } from '#core/models/attention/focus.ts';
import { resolveFocusScenario, type FocusScenario } from '#core/models/attention/focus-scenario.ts';
import type { Messages } from '#app/shared/i18n/i18n.ts';
import type { Parameters } from '../../state/scenario-slice.ts';
import { applierOf } from '../apply-parameter.ts';
import { numberRule, vectorRule, type ParamRule, type ParamTable, type PresetScope } from '../param-table.ts';

/** Numbers per painted dab: x, y, r, v. */
export const DAB = 4;
/** The most dabs a painting keeps (the oldest are dropped beyond it). */
export const MAX_DABS = 4000;

/** Rules of the scalar parameters (the spot's come from the scenario format). */
export const LIMITS = {
  radius: { min: 0, max: 2 },
  softness: { min: 0, max: 1 },
  brush: { min: 0.005, max: 1 },
} as const;

/** The default brush radius (fraction of the shorter side). */
export const DEFAULT_BRUSH = 0.06;

/** The preset's scenario (the first preset for an unknown id). */
export function presetScenario(preset: string): FocusScenario {
  return (focusPreset(preset) ?? FOCUS_PRESETS[0]!).scenario;
}

/** Whether a preset is an image (else a text). */
export function isImagePreset(preset: string): boolean {
  return presetScenario(preset).kind === 'image';
}

/** The panel's parameters read from a preset. */
export function presetParameters(preset: string): Parameters {
  const s = presetScenario(preset);
  if (s.kind === 'text') return { attention: [...s.attention], values: s.values ? [...s.values] : s.tokens.map(() => 1) };
  const spot = s.mask.kind === 'spot' ? s.mask : { x: 0.5, y: 0.5, radius: 0, softness: 0 };
  return { center: [spot.x, spot.y], radius: spot.radius, softness: spot.softness, brush: DEFAULT_BRUSH, strokes: [] };
}

/**
 * The painted mask: the spot, then every dab in order (m ← m + b(d)(v − m), b(d) = (1 − (d/r)²)² for d < r).
 * Returns `height` rows of `width` values in [0, 1].
 */
export function paintedMask(width: number, height: number, spot: SpotMask, strokes: readonly number[]): number[][] {
  const m = spotMask(width, height, spot).data;
  const short = Math.min(width, height);
  for (let k = 0; k + DAB <= strokes.length; k += DAB) {
    const cx = strokes[k]! * width;
    const cy = strokes[k + 1]! * height;
    const r = strokes[k + 2]! * short;
    const v = strokes[k + 3]!;
    if (r <= 0) continue;
    for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(height - 1, Math.ceil(cy + r)); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(width - 1, Math.ceil(cx + r)); x++) {
        const q = ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) / (r * r);
        if (q >= 1) continue;
        const b = (1 - q) ** 2;
        const i = y * width + x;
        m[i] = Math.min(1, Math.max(0, m[i]! + b * (v - m[i]!)));
      }
    }
  }
  return Array.from({ length: height }, (_, y) => Array.from(m.subarray(y * width, (y + 1) * width)));
}

/** The JSON scenario (the core's file format) that the parameters describe, starting from a preset. */
export function scenarioJsonFor(preset: string, p: Parameters): Record<string, unknown> {
  const base = presetScenario(preset);
  if (base.kind === 'text') {
    return {
      module: 'focus',
      ...(base.name ? { name: base.name } : {}),
      kind: 'text',
      tokens: [...base.tokens],
      values: p.values,
      attention: p.attention,
    };
  }
  const center = Array.isArray(p.center) ? (p.center as readonly number[]) : [];
  const spot = { kind: 'spot', x: center[0], y: center[1], radius: p.radius, softness: p.softness };
  const strokes = (p.strokes as readonly number[] | undefined) ?? [];
  const json: Record<string, unknown> = {
    module: 'focus',
    ...(base.name ? { name: base.name } : {}),
    kind: 'image',
    width: base.width,
    height: base.height,
    seed: base.seed,
    mask: spot,
  };
  if (strokes.length === 0) return json;
  // Check the spot first (its messages name mask.x …), then paint over it.
  resolveFocusScenario(json);
  const s = spot as unknown as SpotMask;
  return { ...json, mask: { kind: 'painted', values: paintedMask(base.width, base.height, s, strokes) } };
}

/** The validated scenario the parameters describe (throws a ValidationError). */
export function scenarioFor(preset: string, p: Parameters): FocusScenario {
  const json = scenarioJsonFor(preset, p);
  resolveFocusScenario(json);
  return json as unknown as FocusScenario;
}

/** Which panel parameter a path of a ValidationError from the scenario parser belongs to. */
export function parameterOfPath(path: string): string | null {
  if (path === 'mask.x' || path === 'mask.y') return 'center';
  if (path === 'mask.radius') return 'radius';
  if (path === 'mask.softness') return 'softness';
  if (path.startsWith('attention')) return 'attention';
  if (path.startsWith('values')) return 'values';
  if (path.startsWith('mask.values')) return 'strokes';
  return null;
}

/** The spot and the brush are the image presets'. */
const IMAGE: PresetScope = {
  presets: isImagePreset,
  refusal: (m) => ({ problem: m.focus.problems.imageOnly, allowed: m.focus.problems.imageAllowed }),
};
/** The attention vector and the words' values are the text presets'. */
const TEXT: PresetScope = {
  presets: (preset) => !isImagePreset(preset),
  refusal: (m) => ({ problem: m.focus.problems.textOnly, allowed: m.focus.problems.textAllowed }),
};

/** One weight per word of the text preset (`unit`: each in [0, 1]). */
function perWord(unit: boolean): ParamRule {
  return (value, name, { preset }) => {
    const base = presetScenario(preset);
    const tokens = base.kind === 'text' ? base.tokens.length : 0;
    return expectVector(value, name, unit ? { length: tokens, min: 0, max: 1 } : { length: tokens });
  };
}

/** The painted dabs: x, y, r, v each in [0, 1], the oldest dropped beyond {@link MAX_DABS}. */
const dabsRule: ParamRule = (value, name) => {
  const dabs = expectVector(value, name, { min: 0, max: 1 });
  if (dabs.length % DAB !== 0) throw new ValidationError(name, `got length ${dabs.length}`, `a multiple of ${DAB} numbers (x, y, r, v per dab)`);
  return dabs.length > MAX_DABS * DAB ? dabs.slice(dabs.length - MAX_DABS * DAB) : dabs;
};

const label = (name: keyof Messages['focus']['params']) => (m: Messages) => m.focus.params[name];

/** The focus parameter table, in panel order (`strokes` is written by the scene, not typed). */
export const FOCUS_PARAMS: ParamTable = {
  rows: [
    { name: 'center', kind: 'vector', label: label('center'), appliesTo: IMAGE, rule: vectorRule({ length: 2, min: 0, max: 1 }) },
    { name: 'radius', kind: 'number', step: 0.01, label: label('radius'), appliesTo: IMAGE, rule: numberRule(LIMITS.radius) },
    { name: 'softness', kind: 'number', step: 0.01, label: label('softness'), appliesTo: IMAGE, rule: numberRule(LIMITS.softness) },
    { name: 'brush', kind: 'number', step: 0.01, label: label('brush'), appliesTo: IMAGE, rule: numberRule(LIMITS.brush) },
    { name: 'attention', kind: 'vector', label: label('attention'), appliesTo: TEXT, rule: perWord(true) },
    { name: 'values', kind: 'vector', label: label('values'), appliesTo: TEXT, rule: perWord(false) },
    // Painted with the brush in the scene: no field of its own (the brush's label names it in messages).
    { name: 'strokes', kind: 'vector', label: label('brush'), hidden: true, appliesTo: IMAGE, rule: dabsRule },
  ],
  settle(name, next, { preset }) {
    try {
      scenarioFor(preset, next);
    } catch (error) {
      if (error instanceof ValidationError && parameterOfPath(error.path) === name) throw new ValidationError(name, error.problem, error.allowed);
      throw error;
    }
    return next;
  },
};

/** Applies one edited focus parameter through the shared apply function (apply-parameter.ts). */
export const applyFocusParameter = applierOf(FOCUS_PARAMS);
