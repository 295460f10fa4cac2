/**
 * Every mechanism by module id: the one list the hosts (the `atenea` command, the parity tests) iterate. A new
 * mechanism adds its descriptor here (one line).
 */
import { actMechanism } from './act/index.ts';
import { attentionMechanism } from './attention/index.ts';
import { focusMechanism } from './focus/index.ts';
import type { AnyMechanism } from './mechanism.ts';
import { ntmMechanism } from './ntm/index.ts';
import { programmerMechanism } from './programmer/index.ts';

/** The mechanisms, in the order `atenea --help` lists their presets. */
export const MECHANISMS: readonly AnyMechanism[] = [ntmMechanism, actMechanism, programmerMechanism, focusMechanism, attentionMechanism];
