/**
 * The parameters panel of an opened scenario file (README "Giving a lecture": Abrir…) shows the file's values,
 * not the preset's: the NTM's are read as its chapter reads a preset (its first step's addressing, N, M, steps,
 * seed); for the other modules a parameter whose name is a field of the file (at any depth, top-level first)
 * takes that field's value when it is of the parameter's kind (a number, an integer, a vector, a choice, a text).
 */
import type { ModuleId } from '#core/trace/trace.ts';
import type { NtmScenario } from '#core/models/ntm/scenario.ts';
import type { Chapter, ParamSpec } from '../chapters/chapter.ts';
import { parametersOf } from '../chapters/ntm/ntm-params.ts';
import type { ParamValue, Parameters } from '../state/scenario-slice.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first value of a field called `name` in `value`, breadth-first (top-level fields before nested ones). */
function findField(value: unknown, name: string): unknown {
  const queue: unknown[] = [value];
  for (let seen = 0; queue.length > 0 && seen < 10_000; seen++) {
    const next = queue.shift();
    if (Array.isArray(next)) queue.push(...next);
    else if (isRecord(next)) {
      if (Object.hasOwn(next, name)) return next[name];
      queue.push(...Object.values(next));
    }
  }
  return undefined;
}

/** `found` when it is a value of the parameter's kind, else undefined. */
function ofKind(found: unknown, spec: ParamSpec): ParamValue | undefined {
  switch (spec.kind) {
    case 'number':
      return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
    case 'integer':
      return Number.isInteger(found) ? (found as number) : undefined;
    case 'vector':
      return Array.isArray(found) && found.every((x) => typeof x === 'number' && Number.isFinite(x)) ? [...(found as number[])] : undefined;
    case 'choice':
      return typeof found === 'string' && (spec.options ?? []).some((o) => o.value === found) ? found : undefined;
    case 'text':
      return typeof found === 'string' ? found : undefined;
  }
}

/** The parameters the panel shows for the scenario file `json` of `module`, starting from `preset`'s. */
export function openedParameters(module: ModuleId, json: unknown, chapter: Pick<Chapter, 'params' | 'presetParameters'>, preset: string): Parameters {
  const base = chapter.presetParameters(preset);
  if (module === 'ntm' && isRecord(json) && json.controller === undefined) return { ...base, ...parametersOf(json as unknown as NtmScenario) };
  const out: Record<string, ParamValue> = { ...base };
  for (const spec of chapter.params) {
    const value = ofKind(findField(json, spec.name), spec);
    if (value !== undefined) out[spec.name] = value;
  }
  return out;
}
