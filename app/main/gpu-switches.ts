import { isGpuMode, type GpuMode } from '../shared/ipc/gpu-mode.ts';

/** One Chromium switch for `app.commandLine.appendSwitch(name, value)`. */
export interface Switch {
  readonly name: string;
  readonly value?: string;
}

/**
 * The Chromium switches of a GPU mode (README "GPU switches"): none for `default` (Chromium
 * enables WebGPU itself on supported GPUs); for `vulkan-x11` `--enable-unsafe-webgpu --ozone-platform=x11
 * --use-angle=vulkan --enable-features=Vulkan,VulkanFromANGLE` (all features in one switch; X11 because Vulkan
 * under Wayland leaves the window invisible); none for `cpu`, which the renderer reads (`?gpu=cpu`,
 * `ateneaHost.gpuMode`) and then computes with the float64 reference and draws with WebGL2.
 */
export function gpuSwitches(mode: GpuMode): Switch[] {
  switch (mode) {
    case 'default':
    case 'cpu':
      return [];
    case 'vulkan-x11':
      return [
        { name: 'enable-unsafe-webgpu' },
        { name: 'ozone-platform', value: 'x11' },
        { name: 'use-angle', value: 'vulkan' },
        { name: 'enable-features', value: 'Vulkan,VulkanFromANGLE' },
      ];
  }
}

/** The result of {@link gpuModeFromArgv}: a mode, nothing given, or the bad value given. */
export type ArgvGpuMode =
  { readonly kind: 'given'; readonly mode: GpuMode } | { readonly kind: 'absent' } | { readonly kind: 'invalid'; readonly value: string };

/** Reads `--gpu=<mode>` (or `--gpu <mode>`) from Electron's command line; the last one wins. */
export function gpuModeFromArgv(argv: readonly string[]): ArgvGpuMode {
  let result: ArgvGpuMode = { kind: 'absent' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg.startsWith('--gpu=')) value = arg.slice('--gpu='.length);
    else if (arg === '--gpu') value = argv[++i] ?? '';
    else continue;
    result = isGpuMode(value) ? { kind: 'given', mode: value } : { kind: 'invalid', value };
  }
  return result;
}

/** The remembered choice, as stored in `<userData>/gpu.json`. */
export interface GpuPreference {
  readonly gpu: GpuMode;
}

/** Parses the stored preference; anything malformed or unknown reads as no preference. */
export function parseGpuPreference(text: string | undefined): GpuMode | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && isGpuMode((data as { gpu?: unknown }).gpu)) return (data as GpuPreference).gpu;
  } catch {
    // a hand-edited or truncated file: ignore it
  }
  return undefined;
}

/** The JSON written for a remembered choice. */
export function serializeGpuPreference(mode: GpuMode): string {
  return `${JSON.stringify({ gpu: mode } satisfies GpuPreference)}\n`;
}

/** The mode to start with: `--gpu=` on the command line wins, then the remembered choice, then `default`. */
export function resolveGpuMode(argv: ArgvGpuMode, remembered: GpuMode | undefined): GpuMode {
  if (argv.kind === 'given') return argv.mode;
  return remembered ?? 'default';
}

/** True when `--e2e` is on Electron's command line (the page then loads with `?e2e=1`). */
export function hasE2eFlag(argv: readonly string[]): boolean {
  return argv.includes('--e2e');
}

/** True when Electron was started with `--dev`: only then does the menu carry reload and DevTools (README "Security"). */
export function hasDevFlag(argv: readonly string[]): boolean {
  return argv.includes('--dev');
}
