import { gpuModeError, isGpuMode, type GpuMode } from '../shared/ipc/gpu-mode.ts';
import type { Parsed } from './port.ts';

/** What `npm start` was asked to do. */
export interface StartOptions {
  /** Load the renderer with `?e2e=1` (test hooks). */
  readonly e2e: boolean;
  /** The GPU switches to start with (`--gpu=`); Electron may override `default` with a remembered choice. */
  readonly gpu: GpuMode;
  /** Whether `--gpu` was given (then Electron ignores the remembered choice). */
  readonly gpuGiven: boolean;
  /** Use the Chromium host even when Electron's binary is present. */
  readonly chromium: boolean;
  /** Developer tools: reload and DevTools in Electron's menu, DevTools opened beside the page in the Chromium host. */
  readonly dev: boolean;
  /** Pass the browser's own output through (it is noisy, so it is hidden by default). */
  readonly verbose: boolean;
  /** Print the usage and exit. */
  readonly help: boolean;
}

/** The usage text of `npm start`. */
export const START_USAGE = [
  'Usage: npm start [-- --e2e] [-- --gpu=default|vulkan-x11|cpu] [-- --chromium] [-- --dev] [-- --verbose]',
  'Opens Atenea in Electron, or in an installed Chromium/Chrome (app mode) when Electron is missing.',
  '  --gpu=default      no GPU switches (default)',
  '  --gpu=vulkan-x11   WebGPU through Vulkan on X11 (Linux GPUs where WebGPU is off by default)',
  '  --gpu=cpu          no GPU compute: float64 reference and WebGL2 drawing',
  '  --e2e              expose the test hooks (window.atenea)',
  '  --chromium         use the Chromium host even if Electron is installed',
  '  --dev              reload and DevTools in the menu (Electron); DevTools open beside the page (Chromium host)',
  "  --verbose          show the browser's own log",
].join('\n');

/** Parses the arguments of `npm start`; a bad `--gpu` or an unknown argument gives one line saying what is allowed. */
export function parseStartArgs(argv: readonly string[]): Parsed<StartOptions> {
  let e2e = false;
  let gpu: GpuMode = 'default';
  let gpuGiven = false;
  let chromium = false;
  let verbose = false;
  let dev = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--e2e') e2e = true;
    else if (arg === '--chromium') chromium = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--dev') dev = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--gpu' || arg.startsWith('--gpu=')) {
      const value = arg === '--gpu' ? argv[++i] : arg.slice('--gpu='.length);
      if (value === undefined || !isGpuMode(value)) return { ok: false, error: gpuModeError(value ?? '') };
      gpu = value;
      gpuGiven = true;
    } else {
      return {
        ok: false,
        error: `Unknown argument '${arg}'. Allowed: --e2e, --gpu=default|vulkan-x11|cpu, --chromium, --dev, --verbose, --help.`,
      };
    }
  }
  return { ok: true, value: { e2e, gpu, gpuGiven, chromium, dev, verbose, help } };
}
