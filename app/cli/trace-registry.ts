/**
 * Every `atenea trace` module, by the `module` field of its scenario files. A module adds its command here (one line).
 */
import { traceNtm } from './commands/trace-ntm.ts';
import { traceAct } from './commands/trace-act.ts';
import { traceProgrammer } from './commands/trace-programmer.ts';
import { traceAttention, traceFocus } from './commands/trace-attention.ts';
import type { TraceCommand } from './trace-command.ts';

/** The trace commands, in the order `atenea --help` lists their presets. */
export const traceCommands: readonly TraceCommand[] = [traceNtm, traceAct, traceProgrammer, traceFocus, traceAttention];
