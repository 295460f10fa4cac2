import type { GpuMode } from '../shared/ipc/gpu-mode.ts';

/**
 * The flags that gave a WebGPU adapter (SwiftShader) in Chromium on machines without a GPU *and*
 * let screenshots capture the WebGPU canvas. Used exactly as they are where no GPU is present, as the web e2e does,
 * plus {@link sandboxFlags} (the sandbox stays on unless running as root).
 */
export const SOFTWARE_WEBGPU_FLAGS: readonly string[] = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-gl=angle',
  '--use-angle=vulkan',
  '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--ignore-gpu-blocklist',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Vulkan-on-X11 switches (README "GPU switches", `--gpu=vulkan-x11`); the same set Electron main appends. */
export const VULKAN_X11_FLAGS: readonly string[] = [
  '--enable-unsafe-webgpu',
  '--ozone-platform=x11',
  '--use-angle=vulkan',
  '--enable-features=Vulkan,VulkanFromANGLE',
];

/** No first-run UI and no background traffic: the flags every Chromium host launch carries on a real GPU. */
export const QUIET_FLAGS: readonly string[] = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `--no-sandbox` only when running as root, where Chromium refuses to start with its sandbox on (README
 * "Security"); for any other user, with or without a GPU, the sandbox stays on.
 */
export function sandboxFlags(root: boolean): string[] {
  return root ? ['--no-sandbox'] : [];
}

/** The one line printed when Chromium is started without its sandbox (only as root). */
export const NO_SANDBOX_NOTE =
  'Running as root, so Chromium starts with --no-sandbox (it refuses root otherwise); run Atenea as a normal user to keep the sandbox.';

/** True when this process runs as root (uid 0; false where there are no uids, as on Windows). */
export function isRootUser(): boolean {
  return process.getuid?.() === 0;
}

/** Inputs of {@link chromiumArgs}. */
export interface ChromiumLaunch {
  /** The page to open in app mode. */
  readonly url: string;
  /** A fresh, temporary profile folder. */
  readonly profileDir: string;
  /** The GPU mode asked for. */
  readonly gpu: GpuMode;
  /** True when the machine has no GPU render node (/dev/dri/renderD*): then WebGPU goes through SwiftShader. */
  readonly softwareOnly: boolean;
  /** True when running as root, where Chromium refuses to start without `--no-sandbox`. */
  readonly root: boolean;
  /** `npm start -- --dev`: DevTools open beside the page (`--auto-open-devtools-for-tabs`). */
  readonly dev: boolean;
}

/**
 * What `npm start -- --dev` prints in the Chromium host: a browser has no menu to add reload and DevTools to, so
 * DevTools open beside the page instead (Chromium's own shortcuts, F5 and Ctrl+Shift+I, work with or without it).
 */
export const CHROMIUM_DEV_NOTE = '--dev: the Chromium host has no menu, so DevTools open beside the page (F5 reloads).';

/**
 * The command line of the Chromium host: app mode (`--app=URL`, no tabs or address bar), a fresh profile, no
 * first-run UI or background networking, and the GPU switches: without a GPU exactly {@link SOFTWARE_WEBGPU_FLAGS}
 * (README "GPU switches"); with one, none for `default`/`cpu` beyond `--enable-unsafe-webgpu` for `default`, and
 * {@link VULKAN_X11_FLAGS} for `vulkan-x11`. (`cpu` reaches the renderer through the URL's `?gpu=cpu`.)
 */
export function chromiumArgs(launch: ChromiumLaunch): string[] {
  // Not GPU flags: a full-size window for the projector (maximised where a window manager exists).
  const common = [`--user-data-dir=${launch.profileDir}`, '--no-default-browser-check', '--window-size=1920,1080', '--start-maximized'];
  let gpu: readonly string[];
  if (launch.softwareOnly) gpu = SOFTWARE_WEBGPU_FLAGS;
  else if (launch.gpu === 'vulkan-x11') gpu = [...VULKAN_X11_FLAGS, ...QUIET_FLAGS];
  else if (launch.gpu === 'default') gpu = ['--enable-unsafe-webgpu', ...QUIET_FLAGS];
  else gpu = QUIET_FLAGS;
  const dev = launch.dev ? ['--auto-open-devtools-for-tabs'] : [];
  const args = [...gpu, ...sandboxFlags(launch.root), ...dev, ...common.filter((flag) => !gpu.includes(flag)), `--app=${launch.url}`];
  return args;
}

/**
 * The `Default/Preferences` file written into the fresh profile before launch: no "translate this page?" bubble
 * over the lecture (the `Translate` feature switch no longer hides it in Chromium 156), no password or
 * restore prompts.
 */
export const PROFILE_PREFERENCES = JSON.stringify({
  translate: { enabled: false },
  credentials_enable_service: false,
  profile: { exit_type: 'Normal', exited_cleanly: true },
});
