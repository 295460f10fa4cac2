/**
 * The contract every `atenea compute <module>` command follows (README, "The atenea command").
 *
 * stdin holds one JSON case or an array of cases; stdout gets one result or an array in the same order.
 * A bad case exits 2 with one line on stderr naming the case index, the field and what is allowed (a
 * {@link ValidationError} thrown by `parseCase`); `--backend webgpu` with no adapter exits 3.
 * Each module adds one command object to `compute-registry.ts`.
 */
import type { ValidationError } from '#core/scenario/validate.ts';

/** One module's compute command. `Input` is the validated case; `Output` is JSON-ready. */
export interface ComputeCommand<Input, Output> {
  /** The module name typed on the command line, e.g. `ntm`. */
  readonly module: string;
  /** One sentence for `atenea --help`. */
  readonly summary: string;
  /**
   * Validates one parsed JSON value and returns the typed case. Throws a {@link ValidationError} whose path
   * is relative to the case (e.g. `shift`, `memory[3]`); the command adds the case index.
   */
  parseCase(value: unknown): Input;
  /** The float64 reference. */
  computeCpu(input: Input): Output;
  /**
   * Refuses a valid case the float32 kernels cannot compute right (core/gpu/common/engine-input-checks.ts),
   * with a {@link ValidationError} relative to the case; run on every case before the device is requested.
   */
  checkGpuCase(input: Input): void;
  /** The WGSL kernels on `device`, every case; results in the same order. */
  computeGpu(device: GPUDevice, inputs: readonly Input[]): Promise<Output[]>;
}

/** A command of any module, as the registry holds them. */
// The input type is both produced (parseCase) and consumed (computeCpu/computeGpu), so no type but `any` erases it:
// the runner only ever passes a command's own parseCase result back to the same command.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the erasure described above
export type AnyComputeCommand = ComputeCommand<any, unknown>;
export type { ValidationError };
