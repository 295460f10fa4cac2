/**
 * The contract every `atenea trace` module follows: presets by id, and running a scenario (a file's JSON or
 * a preset's) into a trace. Each module adds one command object to `trace-registry.ts`; `atenea trace`
 * dispatches a scenario file by its `module` field.
 */
import type { LocalizedText } from '#core/scenario/scenario-file.ts';
import type { ModuleId, Trace } from '#core/trace/trace.ts';

/** A preset as the command lists it. */
export interface TracePreset {
  readonly id: string;
  readonly name: LocalizedText;
}

/** One module's trace command. */
export interface TraceCommand {
  /** The value of a scenario file's `module` field. */
  readonly module: ModuleId;
  readonly presets: readonly TracePreset[];
  /** The scenario (plain JSON) of a preset, or undefined for an unknown id. */
  presetScenario(id: string): unknown;
  /**
   * Validates a scenario (throwing a `ValidationError` that names the field) and runs it: on the float64
   * reference, or on `device` with the module's WebGPU engine when one is given.
   */
  run(scenario: unknown, device?: GPUDevice): Promise<Trace>;
}
