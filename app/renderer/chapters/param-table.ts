/**
 * One parameter table per chapter: each row holds everything the app knows about one parameter (its name, the
 * panel's field kind and step, its own rule and the presets it applies to), so the panel's fields
 * ({@link paramSpecs}) and the shared apply function (apply-parameter.ts) read the same facts. A rule is one of
 * core/scenario/validate.ts's checks, the same a scenario file goes through, so the panel and the file parser
 * cannot disagree.
 */
import { expectNumber, expectOneOf, expectVector, type NumberRule } from '#core/scenario/validate.ts';
import type { Messages } from '../../shared/i18n/i18n.ts';
import type { ParamValue, Parameters } from '../state/scenario-slice.ts';
import type { ChoiceOption, ParamSpec } from './chapter.ts';

/** What a rule or a table's settle step may read besides the value: the preset, the parameters before the edit, the UI words. */
export interface ParamContext {
  readonly preset: string;
  readonly current: Parameters;
  readonly messages: Messages;
}

/** A parameter's own rule: throws a ValidationError naming the field, or returns the value to keep. */
export type ParamRule = (value: ParamValue, name: string, context: ParamContext) => ParamValue;

/** Why a parameter is refused for a preset it does not apply to, in the UI language. */
export interface Refusal {
  readonly problem: string;
  readonly allowed: string;
}

/** The presets a parameter applies to, and the refusal for the others. */
export interface PresetScope {
  readonly presets: (preset: string) => boolean;
  readonly refusal: (messages: Messages) => Refusal;
}

/** One parameter of a chapter. */
export interface ParamRow {
  readonly name: string;
  /** The panel's field kind (see {@link ParamSpec.kind}). */
  readonly kind: ParamSpec['kind'];
  /** Input step hint for numbers. */
  readonly step?: number;
  readonly label: (messages: Messages) => string;
  readonly options?: readonly ChoiceOption[];
  /** Written by the scene (e.g. the focus chapter's painted dabs), not a panel field. */
  readonly hidden?: boolean;
  /** Its own rule, checked before the whole scenario (absent: only the scenario's parser checks it). */
  readonly rule?: ParamRule;
  /** The presets it applies to (absent: every preset). */
  readonly appliesTo?: PresetScope;
}

/** A chapter's parameter table. */
export interface ParamTable {
  /** The parameters, in panel order. */
  readonly rows: readonly ParamRow[];
  /**
   * After the edited row's rule: adjusts dependent parameters (e.g. vector lengths when M changes) and checks the
   * whole scenario through the core's parser (throws a ValidationError); returns the parameters to keep.
   */
  settle(name: string, next: Record<string, ParamValue>, context: ParamContext): Parameters;
}

/** The panel's fields of a table (hidden rows left out). */
export function paramSpecs(table: ParamTable): ParamSpec[] {
  return table.rows
    .filter((row) => !row.hidden)
    .map((row) => ({
      name: row.name,
      kind: row.kind,
      label: row.label,
      ...(row.step !== undefined ? { step: row.step } : {}),
      ...(row.options ? { options: row.options } : {}),
      ...(row.appliesTo ? { appliesTo: row.appliesTo.presets } : {}),
    }));
}

/** Whether a table's parameter applies to a preset (false for a name that is not in the table). */
export function rowApplies(table: ParamTable, name: string, preset: string): boolean {
  const row = table.rows.find((r) => r.name === name);
  return row !== undefined && (row.appliesTo?.presets(preset) ?? true);
}

/** A number rule (core/scenario/validate.ts `expectNumber`). */
export function numberRule(rule: NumberRule): ParamRule {
  return (value, name) => expectNumber(value, name, rule);
}

/** A vector rule (core/scenario/validate.ts `expectVector`). */
export function vectorRule(options: { length?: number; minLength?: number } & NumberRule): ParamRule {
  return (value, name) => expectVector(value, name, options);
}

/** A choice rule (core/scenario/validate.ts `expectOneOf`). */
export function oneOfRule(options: readonly string[]): ParamRule {
  return (value, name) => expectOneOf(value, name, options);
}
