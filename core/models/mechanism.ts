/**
 * The one contract between a mechanism and its hosts (the app's chapter, the `atenea trace` command, the tests):
 * a descriptor in `core/models/<module>/index.ts` with its stages, its presets, its scenario parser and the two
 * ways to run a scenario into a trace, on the float64 reference or on WebGPU (README, "Layout"). Both runs
 * return the same trace type, so a host never needs to know which one ran.
 */
import type { GpuContext } from '../gpu/common/backend.ts';
import type { LocalizedText } from '../scenario/scenario-file.ts';
import type { ModuleId, Trace } from '../trace/trace.ts';

/** A named starting scenario, as a scenario file would hold it. */
export interface MechanismPreset {
  /** Typed on the command line (`atenea trace lookup`) and in the app's preset menu. */
  readonly id: string;
  readonly name: LocalizedText;
  /** The scenario as plain JSON (what {@link Mechanism.parseScenario} reads). */
  readonly scenario: unknown;
}

/** One mechanism: everything a host needs to turn a scenario into a trace. */
export interface Mechanism<Scenario, Stage extends string, Data> {
  /** The value of a scenario file's `module` field and of the trace's `module`. */
  readonly id: ModuleId;
  /** The stages of one time step, in order. */
  readonly stages: readonly Stage[];
  readonly presets: readonly MechanismPreset[];
  /** Validates a JSON value (a file's or a preset's); throws a `ValidationError` naming the field. */
  parseScenario(value: unknown): Scenario;
  /** Runs the float64 reference. */
  runReference(scenario: Scenario): Promise<Trace<Stage, Data>>;
  /** Runs on WebGPU, with the engines of `gpu` (core/gpu/common/backend.ts); throws when the GPU fails. */
  runOnGpu(scenario: Scenario, gpu: GpuContext): Promise<Trace<Stage, Data>>;
  /** A trace read from JSON (as `atenea trace` writes it) back in this module's shape (core/trace/revive.ts). */
  reviveTrace(value: unknown): Trace<Stage, Data>;
}

/** A mechanism of any module, as a registry holds them (the erasure is at the registry only). */
export type AnyMechanism = Mechanism<unknown, string, unknown>;

/** The preset of `mechanism` named `id`, or undefined. */
export function mechanismPreset(mechanism: Pick<AnyMechanism, 'presets'>, id: string): MechanismPreset | undefined {
  return mechanism.presets.find((p) => p.id === id);
}
