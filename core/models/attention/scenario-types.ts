/**
 * The attention scenario file's shapes (README "Scenario files"): what a file says before validation. The parser
 * is attention-scenario.ts; the trained reorder model (trained/reorder-scenario.ts) builds the same shapes.
 */
import type { LocalizedText } from '../../scenario/scenario-file.ts';
import type { ScoreFunction } from './types.ts';

/** Given weights, e.g. the translation and speech data. */
export interface AlignmentScenario {
  readonly module: 'attention';
  readonly name?: LocalizedText;
  readonly kind: 'alignment';
  readonly inputTokens: readonly string[];
  readonly outputTokens: readonly string[];
  /** One row per output token, one weight per input token. */
  readonly weights: readonly (readonly number[])[];
}

/** Weights computed from keys, queries and a score function. */
export interface InterfaceScenario {
  readonly module: 'attention';
  readonly name?: LocalizedText;
  readonly kind: 'interface';
  readonly score: ScoreFunction;
  readonly inputTokens: readonly string[];
  readonly outputTokens: readonly string[];
  /** One encoder state per input token. */
  readonly keys: readonly (readonly number[])[];
  readonly values?: readonly (readonly number[])[];
  /** One decoder state per output token. */
  readonly queries: readonly (readonly number[])[];
  readonly mask?: readonly boolean[];
  readonly parameters?: {
    readonly general?: { readonly W: readonly (readonly number[])[] };
    readonly additive?: {
      readonly W: readonly (readonly number[])[];
      readonly U: readonly (readonly number[])[];
      readonly v: readonly number[];
      readonly b?: readonly number[];
      readonly bv?: number;
    };
  };
  readonly seed?: number;
}

/** An `attention` scenario file. */
export type AttentionScenario = AlignmentScenario | InterfaceScenario;
