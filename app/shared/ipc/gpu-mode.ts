/**
 * How the app asks Chromium for a GPU (README "GPU switches"):
 * - `default`: no extra switches (Chromium enables WebGPU by itself on supported GPUs);
 * - `vulkan-x11`: `--enable-unsafe-webgpu --ozone-platform=x11 --use-angle=vulkan --enable-features=Vulkan,VulkanFromANGLE`,
 *   for Linux GPUs where WebGPU is off by default (X11 because Vulkan under Wayland leaves the window invisible);
 * - `cpu`: no GPU compute: the renderer computes with the float64 reference and draws with three's WebGL2 backend.
 */
export type GpuMode = 'default' | 'vulkan-x11' | 'cpu';

/** Every {@link GpuMode}, in the order the help text lists them. */
export const GPU_MODES: readonly GpuMode[] = ['default', 'vulkan-x11', 'cpu'];

/** True for a valid {@link GpuMode}: validates `--gpu=` and the argument of the `gpu:relaunch` IPC. */
export function isGpuMode(value: unknown): value is GpuMode {
  return typeof value === 'string' && (GPU_MODES as readonly string[]).includes(value);
}

/** The one line printed for a bad `--gpu=` value (the launchers exit with status 2 after it). */
export function gpuModeError(value: string): string {
  return `--gpu must be one of ${GPU_MODES.join(', ')} (got '${value}').`;
}

/**
 * The renderer URL's query for the host's choices: `e2e=1` exposes the test hooks, `gpu=cpu` (or another
 * non-default mode) tells the renderer which GPU path the host chose. Both hosts (Electron's `app://` page and the
 * Chromium host's loopback page) load the renderer with this query, so the renderer reads one source.
 */
export function rendererQuery(options: { readonly e2e: boolean; readonly gpu: GpuMode }): string {
  const params = new URLSearchParams();
  if (options.e2e) params.set('e2e', '1');
  if (options.gpu !== 'default') params.set('gpu', options.gpu);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
