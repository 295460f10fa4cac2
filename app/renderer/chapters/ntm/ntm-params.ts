/**
 * The NTM parameters the panel edits (N, M, key, β, g, shift width and values, γ, erase, add, time steps,
 * seed) and how they map onto a scenario (core/models/ntm/scenario.ts). A preset is the base; structural
 * parameters (N, M, steps, seed) rebuild it, and an addressing parameter that differs from the preset's first
 * step overrides it in every step. Every check reuses core/scenario/validate.ts, so a refused value gets the
 * same message as in a scenario file. The trained preset (`copy-trained`) has its own two parameters instead
 * (ntm-trained-params.ts): the controller sets every other one.
 */
import { ValidationError, expectNumber } from '#core/scenario/validate.ts';
import { resolveNtmScenario, type NtmScenario, type NtmScenarioStep } from '#core/models/ntm/scenario.ts';
import { copyTaskScenario } from '#core/models/ntm/copy-task.ts';
import { ntmPreset } from '#core/models/ntm/presets.ts';
import type { Messages } from '#app/shared/i18n/i18n.ts';
import type { ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { applierOf } from '../apply-parameter.ts';
import { numberRule, oneOfRule, type ParamRow, type ParamTable } from '../param-table.ts';
import { SCRIPTED_ONLY, TRAINED_ROWS, isTrainedPreset, trainedPresetParameters, trainedScenarioFor } from './ntm-trained-params.ts';

/** Names of the NTM parameters, in panel order (`scope`: whether an addressing edit is for the step on screen or all steps). */
export const NTM_PARAM_NAMES = ['scope', 'N', 'M', 'key', 'beta', 'gate', 'shiftWidth', 'shift', 'gamma', 'erase', 'add', 'steps', 'seed'] as const;
/** One NTM parameter name. */
export type NtmParamName = (typeof NTM_PARAM_NAMES)[number];

/**
 * Addressing parameters: per step. An edit for one step is kept as `<name>@<t>` (ntm-step-params.ts); an edit
 * for all steps sets `<name>`, which overrides every step where it differs from the first step's value.
 */
export const STEP_PARAMS = ['key', 'beta', 'gate', 'shift', 'gamma', 'erase', 'add'] as const;

/** The two scopes of an addressing edit. */
export const SCOPES = ['step', 'all'] as const;

/** Limits the view can draw legibly and fast (the model itself allows more). */
export const LIMITS = {
  N: { min: 1, max: 1024, integer: true },
  M: { min: 1, max: 32, integer: true },
  steps: { min: 1, max: 64, integer: true },
  seed: { min: 0, max: 0xffffffff, integer: true },
  shiftWidth: { min: 1, max: 9, integer: true },
} as const;

function memoryShape(s: NtmScenario): { rows: number; columns: number } {
  const mem = s.memory;
  if (Array.isArray(mem)) return { rows: mem.length, columns: (mem[0] as readonly number[] | undefined)?.length ?? 0 };
  const fill = mem as { rows: number; columns: number };
  return { rows: fill.rows, columns: fill.columns };
}

/** The panel's parameters read from a scenario (its first step's addressing parameters). */
export function parametersOf(s: NtmScenario): Parameters {
  const { rows, columns } = memoryShape(s);
  const step = s.steps[0] ?? {};
  const simplified = step.write === 'simplified';
  const shift = step.shift ?? [0, 1, 0];
  return {
    N: rows,
    M: columns,
    key: [...(step.key ?? new Array<number>(columns).fill(0))],
    beta: step.beta ?? 0,
    gate: step.gate ?? 1,
    shiftWidth: shift.length,
    shift: [...shift],
    gamma: step.gamma ?? 1,
    erase: [...(step.erase ?? new Array<number>(columns).fill(simplified ? 1 : 0))],
    add: [...(step.add ?? new Array<number>(columns).fill(0))],
    steps: s.steps.length,
    seed: s.seed ?? 0,
  };
}

/** The panel's parameters of a preset as it starts (addressing edits apply to the step on screen). */
export function presetParameters(preset: string): Parameters {
  return isTrainedPreset(preset) ? trainedPresetParameters() : { scope: 'step', ...parametersOf(presetScenario(preset)) };
}

/** The preset's own scenario (lookup, copy, free). */
export function presetScenario(preset: string): NtmScenario {
  const p = ntmPreset(preset) ?? ntmPreset('lookup')!;
  return p.scenario;
}

function same(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The structural rebuild of a preset for N, M, steps and seed. */
function structural(preset: string, p: Parameters): NtmScenario {
  const base = presetScenario(preset);
  const baseParams = parametersOf(base);
  const N = p.N as number;
  const M = p.M as number;
  const T = p.steps as number;
  const seed = p.seed as number;
  if (preset === 'copy') {
    const length = Math.max(1, Math.min(Math.floor(T / 2), N));
    return copyTaskScenario({ length, bits: Math.max(1, M - 1), slots: N, seed });
  }
  const reshaped = N !== baseParams.N || M !== baseParams.M;
  const memory =
    reshaped || seed !== baseParams.seed
      ? Array.isArray(base.memory) && !reshaped
        ? base.memory
        : { rows: N, columns: M, fill: 'random' as const, min: -1, max: 1 }
      : base.memory;
  const heads = reshaped ? [{ name: base.heads?.[0]?.name ?? 'head', initialWeights: 'uniform' as const }] : base.heads;
  const steps: NtmScenarioStep[] = [];
  for (let t = 0; t < T; t++) steps.push(base.steps[Math.min(t, base.steps.length - 1)]!);
  return { ...base, seed, memory, ...(heads ? { heads } : {}), steps };
}

/** The scenario the parameters describe, starting from a preset. */
export function scenarioFor(preset: string, p: Parameters): NtmScenario {
  if (isTrainedPreset(preset)) return trainedScenarioFor(p);
  const s = structural(preset, p);
  const derived = parametersOf(s);
  const overrides: Partial<Record<(typeof STEP_PARAMS)[number], ParamValue>> = {};
  for (const name of STEP_PARAMS) if (!same(p[name], derived[name])) overrides[name] = p[name];
  const perStep = stepOverrides(p, s.steps.length);
  if (Object.keys(overrides).length === 0 && perStep.size === 0) return s;
  const steps = s.steps.map((step, t) => {
    const next: Record<string, unknown> = { ...step };
    const mine = { ...overrides, ...perStep.get(t) };
    for (const [name, value] of Object.entries(mine)) next[name] = Array.isArray(value) ? [...value] : value;
    // An edited erase needs the erase/add write (the lecture's simplified write has e = 1 built in).
    if (mine.erase !== undefined) next.write = 'erase-add';
    else if (next.write === 'simplified') delete next.erase;
    return next as NtmScenarioStep;
  });
  return { ...s, steps };
}

/** The per-step edits `<name>@<t>` of the parameters, by step (steps past the scenario's end are ignored). */
function stepOverrides(p: Parameters, steps: number): Map<number, Record<string, ParamValue>> {
  const out = new Map<number, Record<string, ParamValue>>();
  for (const [key, value] of Object.entries(p)) {
    const m = /^(\w+)@(\d+)$/.exec(key);
    if (!m || !(STEP_PARAMS as readonly string[]).includes(m[1]!) || Number(m[2]) >= steps) continue;
    const t = Number(m[2]);
    out.set(t, { ...out.get(t), [m[1]!]: value });
  }
  return out;
}

function resize(v: ParamValue | undefined, length: number, fill: number): number[] {
  const a = Array.isArray(v) ? [...v] : [];
  return Array.from({ length }, (_, i) => a[i] ?? fill);
}

/** Which panel parameter a scenario path (from a ValidationError) belongs to. */
export function parameterOfPath(path: string): NtmParamName | null {
  if (path.startsWith('memory.rows') || path === 'memory') return 'N';
  if (path.startsWith('memory.columns')) return 'M';
  if (path === 'seed') return 'seed';
  if (path === 'steps') return 'steps';
  const m = /^steps\[\d+\]\.(\w+)/.exec(path);
  if (m && (STEP_PARAMS as readonly string[]).includes(m[1]!)) return m[1] as NtmParamName;
  return null;
}

function pickStructural(p: Parameters): Parameters {
  return { N: p.N!, M: p.M!, steps: p.steps! };
}

const label = (name: NtmParamName) => (m: Messages) => m.ntm.params[name];
/** A row whose only check is the core's scenario parser (its messages name the step, e.g. `steps[0].beta`). */
const scenarioRow = (name: NtmParamName, kind: ParamRow['kind'], step?: number): ParamRow & { name: NtmParamName } => ({
  name,
  kind,
  label: label(name),
  ...(step !== undefined ? { step } : {}),
});

/** The scripted presets' rows (the trained controller sets these itself). */
const SCRIPTED_ROWS = [
  {
    name: 'scope',
    kind: 'choice',
    label: label('scope'),
    options: SCOPES.map((value) => ({ value, label: (m: Messages) => m.ntm.scopes[value] })),
    rule: oneOfRule(SCOPES),
  },
  { name: 'N', kind: 'integer', label: label('N'), rule: numberRule(LIMITS.N) },
  { name: 'M', kind: 'integer', label: label('M'), rule: numberRule(LIMITS.M) },
  scenarioRow('key', 'vector'),
  scenarioRow('beta', 'number', 0.5),
  scenarioRow('gate', 'number', 0.05),
  {
    name: 'shiftWidth',
    kind: 'integer',
    step: 2,
    label: label('shiftWidth'),
    rule: (value, name) => {
      const w = expectNumber(value, name, LIMITS.shiftWidth);
      if (w % 2 === 0) throw new ValidationError(name, `got ${w}`, 'an odd integer in [1, 9]');
      return w;
    },
  },
  scenarioRow('shift', 'vector'),
  scenarioRow('gamma', 'number', 0.25),
  scenarioRow('erase', 'vector'),
  scenarioRow('add', 'vector'),
  { name: 'steps', kind: 'integer', label: label('steps'), rule: numberRule(LIMITS.steps) },
  { name: 'seed', kind: 'integer', label: label('seed'), rule: numberRule(LIMITS.seed) },
] satisfies readonly (ParamRow & { name: NtmParamName })[];

/**
 * The NTM parameter table. The structural parameters have their own limits (what the view draws legibly); the
 * addressing ones are checked with the whole scenario by `resolveNtmScenario`. Settling resizes dependent vectors
 * (M → key, erase, add; shift width → s). The trained preset's rows come from ntm-trained-params.ts.
 */
export const NTM_PARAMS: ParamTable = {
  rows: [...SCRIPTED_ROWS.map((row): ParamRow => ({ ...row, appliesTo: SCRIPTED_ONLY })), ...TRAINED_ROWS],
  settle(name, next, { preset, current }) {
    if (isTrainedPreset(preset)) {
      resolveNtmScenario(trainedScenarioFor(next));
      return next;
    }
    if (name === 'N' || name === 'M') {
      const cells = (next.N as number) * (next.M as number);
      if (cells > 16384) throw new ValidationError(name, `N × M = ${cells} is too many cells to draw`, 'N × M ≤ 16384');
    }
    if ((STEP_PARAMS as readonly string[]).includes(name)) {
      // Applied to all steps: the per-step edits of this parameter give way.
      for (const key of Object.keys(next)) if (key.startsWith(`${name}@`)) delete next[key];
    }
    if (name === 'M') {
      const M = next.M as number;
      // Per-step vectors of the old width no longer fit: the steps take the resized values.
      for (const key of Object.keys(next)) if (/^(key|erase|add)@/.test(key)) delete next[key];
      next.key = resize(current.key, M, 0);
      next.erase = resize(current.erase, M, 0);
      next.add = resize(current.add, M, 0);
    }
    if (name === 'shiftWidth') {
      const w = next.shiftWidth as number;
      next.shift = Array.from({ length: w }, (_, i) => (i === (w - 1) / 2 ? 1 : 0));
    }
    if (name === 'shift' && Array.isArray(next.shift)) next.shiftWidth = next.shift.length;
    if (name === 'shiftWidth') for (const key of Object.keys(next)) if (key.startsWith('shift@')) delete next[key];
    const scenario = scenarioFor(preset, next);
    resolveNtmScenario(scenario);
    return preset === 'copy' ? { ...next, ...pickStructural(parametersOf(scenario)) } : next;
  },
};

/** Applies one edited NTM parameter through the shared apply function (apply-parameter.ts). */
export const applyNtmParameter = applierOf(NTM_PARAMS);
