/**
 * Every `atenea compute <module>` command, by module name. A module adds its command here (one line).
 */
import type { AnyComputeCommand } from './compute-command.ts';
import { computeNtm } from './commands/compute-ntm.ts';
import { computeAct } from './commands/compute-act.ts';
import { computeProgrammer } from './commands/compute-programmer.ts';
import { computeAttention } from './commands/compute-attention.ts';

/** The compute commands, in the order `atenea --help` lists them. */
export const computeCommands: readonly AnyComputeCommand[] = [computeNtm, computeAct, computeProgrammer, computeAttention];
