/**
 * The NTM parameters the panel edits (N, M, key, β, g, shift width and values, γ, erase, add, time steps,
 * seed) and how they map onto a scenario (core/models/ntm/scenario.ts). A preset is the base; structural
 * parameters (N, M, steps, seed) rebuild it, and an addressing parameter that differs from the preset's first
 * step overrides it in every step. Every check reuses core/scenario/validate.ts, so a refused value gets the
 * same message as in a scenario file.
 */
import { ValidationError, expectNumber } from '../../../../core/scenario/validate.ts';
import { resolveNtmScenario, type NtmScenario, type NtmScenarioStep } from '../../../../core/models/ntm/scenario.ts';
import { copyTaskScenario } from '../../../../core/models/ntm/copy-task.ts';
import { ntmPreset } from '../../../../core/models/ntm/presets.ts';
import type { ParamProblem, ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { problemOf } from '../param-problem.ts';

/** Names of the NTM parameters, in panel order. */
export const NTM_PARAM_NAMES = ['N', 'M', 'key', 'beta', 'gate', 'shiftWidth', 'shift', 'gamma', 'erase', 'add', 'steps', 'seed'] as const;
/** One NTM parameter name. */
export type NtmParamName = (typeof NTM_PARAM_NAMES)[number];

/** Addressing parameters: they override every step when changed. */
const STEP_PARAMS = ['key', 'beta', 'gate', 'shift', 'gamma', 'erase', 'add'] as const;

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
  const memory = reshaped || seed !== baseParams.seed
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
  const s = structural(preset, p);
  const derived = parametersOf(s);
  const overrides: Partial<Record<(typeof STEP_PARAMS)[number], ParamValue>> = {};
  for (const name of STEP_PARAMS) if (!same(p[name], derived[name])) overrides[name] = p[name];
  if (Object.keys(overrides).length === 0) return s;
  const steps = s.steps.map((step) => {
    const next: Record<string, unknown> = { ...step };
    for (const [name, value] of Object.entries(overrides)) next[name] = Array.isArray(value) ? [...value] : value;
    // An edited erase needs the erase/add write (the lecture's simplified write has e = 1 built in).
    if (overrides.erase !== undefined) next.write = 'erase-add';
    else if (next.write === 'simplified') delete next.erase;
    return next as NtmScenarioStep;
  });
  return { ...s, steps };
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

/**
 * Applies one edited parameter: checks it (panel limits, then the whole scenario through
 * `resolveNtmScenario`), resizes dependent vectors (M → key, erase, add; shift width → s), and returns the new
 * parameters or the problem to show beside the field.
 */
export function applyNtmParameter(preset: string, name: string, value: ParamValue, current: Parameters): { parameters: Parameters } | { problem: ParamProblem } {
  try {
    const next: Record<string, ParamValue> = { ...current, [name]: value };
    if (name in LIMITS) {
      const rule = LIMITS[name as keyof typeof LIMITS];
      expectNumber(value, name, rule);
    }
    if (name === 'N' || name === 'M') {
      const N = next.N as number;
      const M = next.M as number;
      if (N * M > 16384) throw new ValidationError(name, `N × M = ${N * M} is too many cells to draw`, 'N × M ≤ 16384');
    }
    if (name === 'M') {
      const M = value as number;
      next.key = resize(current.key, M, 0);
      next.erase = resize(current.erase, M, 0);
      next.add = resize(current.add, M, 0);
    }
    if (name === 'shiftWidth') {
      const w = value as number;
      if (w % 2 === 0) throw new ValidationError('shiftWidth', `got ${w}`, 'an odd integer in [1, 9]');
      next.shift = Array.from({ length: w }, (_, i) => (i === (w - 1) / 2 ? 1 : 0));
    }
    if (name === 'shift') next.shiftWidth = (value as readonly number[]).length;
    const scenario = scenarioFor(preset, next);
    resolveNtmScenario(scenario);
    return { parameters: preset === 'copy' ? { ...next, ...pickStructural(parametersOf(scenario)) } : next };
  } catch (error) {
    const problem = problemOf(error, name);
    return { problem };
  }
}

function pickStructural(p: Parameters): Parameters {
  return { N: p.N!, M: p.M!, steps: p.steps! };
}
