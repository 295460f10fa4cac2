/**
 * The NTM scenario file's shapes (README "Scenario files"): what a file says before validation. The parser is
 * scenario.ts; the trained controller (trained/trained-scenario.ts) builds the same shapes.
 */
import type { LocalizedText } from '../../scenario/scenario-file.ts';

/** What a step does with its head: the lecture shows a read, a write, or both. Every step computes both. */
export type NtmHeadRole = 'read' | 'write' | 'read-write';
/** The roles, for validation and menus. */
export const NTM_HEAD_ROLES: readonly NtmHeadRole[] = ['read', 'write', 'read-write'];
/** `erase-add`: NTM eqs. (3)–(4). `simplified`: the lecture's `M_i ← w(i)·a + (1 − w(i))·M_i` (erase = 1). */
export type NtmWriteMode = 'erase-add' | 'simplified';
/** The write modes, for validation and menus. */
export const NTM_WRITE_MODES: readonly NtmWriteMode[] = ['erase-add', 'simplified'];

/** A memory made from a rule instead of listed numbers. */
export interface NtmMemoryFill {
  readonly rows: number;
  readonly columns: number;
  /** `zeros`; `constant` (every entry `value`); `random`: uniform in [min, max) from the scenario's seed, row by row. */
  readonly fill: 'zeros' | 'constant' | 'random';
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
}

/** A head: a name the steps refer to, and its weighting before its first step. */
export interface NtmHeadSpec {
  readonly name: string;
  /** N numbers ≥ 0, `"uniform"` (1/N each, the default) or `{ "oneHot": i }`. */
  readonly initialWeights?: readonly number[] | 'uniform' | { readonly oneHot: number };
}

/** One time step of a scenario: which head acts and its parameters. Missing parameters take the defaults of {@link NTM_STEP_DEFAULTS}. */
export interface NtmScenarioStep {
  /** The head's name; default: the first head. */
  readonly head?: string;
  /** Default `read-write`. */
  readonly role?: NtmHeadRole;
  /** Default `erase-add`. */
  readonly write?: NtmWriteMode;
  readonly key?: readonly number[];
  readonly beta?: number;
  readonly gate?: number;
  readonly shift?: readonly number[];
  readonly gamma?: number;
  /** Not allowed with `write: "simplified"` (which erases with e = 1). */
  readonly erase?: readonly number[];
  readonly add?: readonly number[];
  /** A sentence the lecture panel may show at this step. */
  readonly note?: string | LocalizedText;
}

/** An NTM scenario file (JSON). */
export interface NtmScenario {
  readonly module: 'ntm';
  readonly name?: string | LocalizedText;
  /** Seed of every random part (a `random` memory fill); default 0. */
  readonly seed?: number;
  readonly memory: readonly (readonly number[])[] | NtmMemoryFill;
  /** Default: one head named `head` with uniform initial weights. */
  readonly heads?: readonly NtmHeadSpec[];
  readonly steps: readonly NtmScenarioStep[];
}
