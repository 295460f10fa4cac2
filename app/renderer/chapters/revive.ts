/**
 * Where a JSON trace enters the app (`atenea render`, the export bench): the module's descriptor revives it
 * (core/trace/revive.ts), so the chapters' views read one shape, the one their module computes.
 */
import { MECHANISMS } from '#core/models/registry.ts';
import { describeBriefly, previewString } from '#core/scenario/describe-value.ts';
import { ValidationError } from '#core/scenario/validate.ts';
import type { Trace } from '#core/trace/trace.ts';

/** A trace read from JSON, revived by its module's descriptor; throws naming `trace.module` for an unknown one. */
export function reviveJsonTrace(value: unknown): Trace {
  const module = typeof value === 'object' && value !== null && 'module' in value ? value.module : undefined;
  const mechanism = MECHANISMS.find((m) => m.id === module);
  if (!mechanism) throw new ValidationError('trace.module', describeBriefly(module), MECHANISMS.map((m) => previewString(m.id)).join(', '));
  return mechanism.reviveTrace(value);
}
