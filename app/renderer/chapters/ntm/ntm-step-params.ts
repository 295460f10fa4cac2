/**
 * The NTM's addressing parameters are per time step (each step of a scenario has its own key, β, g, s, γ, e, a):
 * the panel shows the values of the step on screen and, by default, an edit of a value that differs between
 * steps changes that step only, kept as `<name>@<t>`; choosing "all steps" (the `scope` parameter) makes an
 * edit set every step.
 */
import { resolveNtmScenario } from '#core/models/ntm/scenario.ts';
import { ValidationError } from '#core/scenario/validate.ts';
import { format, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { ParamValue, Parameters } from '../../state/scenario-slice.ts';
import type { ApplyResult } from '../apply-parameter.ts';
import { applierOf } from '../apply-parameter.ts';
import { problemOf } from '../param-problem.ts';
import { NTM_PARAMS, STEP_PARAMS, parametersOf, scenarioFor } from './ntm-params.ts';
import { isTrainedPreset } from './ntm-trained-params.ts';

const applyTable = applierOf(NTM_PARAMS);

/** Whether a parameter is an addressing one (per step). */
export function isStepParameter(name: string): boolean {
  return (STEP_PARAMS as readonly string[]).includes(name);
}

/**
 * The parameters with the addressing values of step `step` (from 0) of the scenario they describe. The trained
 * preset has no addressing parameters (its controller sets them), and while a preset switch is computing the store
 * can hold one preset with the other's parameters: both give the parameters back as they are (reading them as a
 * scenario threw inside the store's update and the switch never finished).
 */
export function ntmParametersAt(preset: string, p: Parameters, step: number): Parameters {
  if (isTrainedPreset(preset) || typeof p.steps !== 'number') return p;
  const s = scenarioFor(preset, p);
  const t = Math.max(0, Math.min(step, s.steps.length - 1));
  const at = parametersOf({ ...s, steps: [s.steps[t]!] });
  const out: Record<string, ParamValue> = { ...p };
  for (const name of STEP_PARAMS) out[name] = at[name]!;
  return out;
}

/**
 * The name an edit of field `name` goes to at step `step`: `<name>@<t>` for an addressing field whose value
 * differs between steps (the copy task's), unless the scope is all steps; a value every step shares is one
 * value, and its edit sets every step (no step is changed that showed another value).
 */
export function ntmEditName(name: string, p: Parameters, preset: string, step: number): string {
  if (!isStepParameter(name) || p.scope === 'all') return name;
  const values = scenarioFor(preset, p).steps.map((_, t) => JSON.stringify(ntmParametersAt(preset, p, t)[name]));
  return new Set(values).size > 1 ? `${name}@${step}` : name;
}

/** Applies an edit: `<name>@<t>` changes step t only (checked with the whole scenario); other names go to the table. */
export function applyNtmStepParameter(preset: string, name: string, value: ParamValue, current: Parameters, language: Language = 'en'): ApplyResult {
  const m = /^(\w+)@(\d+)$/.exec(name);
  if (!m || !isStepParameter(m[1]!)) return applyTable(preset, name, value, current, language);
  const field = m[1]!;
  const step = Number(m[2]);
  try {
    const steps = current.steps as number;
    if (step >= steps)
      throw new ValidationError(
        name,
        format(messages(language).ntm.problems.noStep, { t: step + 1 }),
        format(messages(language).ntm.problems.stepAllowed, { steps }),
      );
    const next: Record<string, ParamValue> = { ...current, [name]: Array.isArray(value) ? [...value] : value };
    resolveNtmScenario(scenarioFor(preset, next));
    return { parameters: next };
  } catch (error) {
    return { problem: problemOf(error, field) };
  }
}
