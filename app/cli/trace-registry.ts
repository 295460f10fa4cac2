/**
 * Every `atenea trace` module, by the `module` field of its scenario files: one command per mechanism
 * descriptor (core/models/registry.ts), in the order `atenea --help` lists their presets.
 */
import { MECHANISMS } from '#core/models/registry.ts';
import { traceCommandOf } from './commands/trace-mechanism.ts';
import type { TraceCommand } from './trace-command.ts';

/** The trace commands, in the order `atenea --help` lists their presets. */
export const traceCommands: readonly TraceCommand[] = MECHANISMS.map((m) => traceCommandOf(m));
