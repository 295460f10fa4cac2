/**
 * The `--backend cpu|webgpu` option shared by `compute` and `trace`, and getting a WebGPU device for it.
 */
import { NO_ADAPTER_HELP, requestDawnDevice } from '../node/dawn-device.ts';
import { CliError, EXIT } from './cli-error.ts';

/** Where a command computes: the float64 reference or the WGSL kernels. */
export type Backend = 'cpu' | 'webgpu';
/** The backends, in the order `--help` lists them. */
export const BACKENDS: readonly Backend[] = ['cpu', 'webgpu'];

/**
 * A WebGPU device through Dawn, or a {@link CliError} with exit code 3 and {@link NO_ADAPTER_HELP} when there
 * is no adapter (never a silent fall back to the CPU).
 */
export async function requireGpuDevice(): Promise<GPUDevice> {
  let found: Awaited<ReturnType<typeof requestDawnDevice>>;
  try {
    found = await requestDawnDevice();
  } catch (e) {
    throw new CliError(EXIT.noAdapter, `${NO_ADAPTER_HELP} (${(e as Error).message})`);
  }
  if (!found) throw new CliError(EXIT.noAdapter, NO_ADAPTER_HELP);
  return found.device;
}
