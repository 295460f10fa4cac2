/**
 * three's renderer for the 3D view, and its rebuild after the GPU device is lost (README "GPU switches"): a
 * destroyed device leaves a WebGPURenderer drawing nothing, so the view makes a new renderer on a new device,
 * reusing the canvas (its WebGPU context is configured again), or, with no device, on three's WebGL2 backend
 * with a fresh canvas put in the old one's place (a canvas that had a WebGPU context cannot give a WebGL2 one).
 */
import * as THREE from 'three/webgpu';
import { isSoftwareAdapter } from '../platform/gpu.ts';

/** Which three backend draws. */
export type DrawBackend = 'webgpu' | 'webgl2';

/** A ready renderer and the backend it draws with. */
export interface MadeRenderer {
  readonly renderer: THREE.WebGPURenderer;
  readonly drawBackend: DrawBackend;
}

/**
 * Whether the screen's canvas is multisampled: not on a software adapter (SwiftShader, llvmpipe), where 4×
 * MSAA doubled every redraw of the view at 1920×1080 (README "Speed", "The view"); exports keep their own
 * multisampled target (read-back.ts) whatever the screen does.
 */
export function screenAntialias(device: Pick<GPUDevice, 'adapterInfo'> | null): boolean {
  return !(device?.adapterInfo && isSoftwareAdapter(device.adapterInfo));
}

/** Creates and initialises the renderer: WebGPU on `device`, else the WebGL2 backend; on `canvas` when given. */
export async function createRenderer(device: GPUDevice | null, canvas?: HTMLCanvasElement): Promise<MadeRenderer> {
  const common = { antialias: screenAntialias(device), alpha: false, ...(canvas ? { canvas } : {}) };
  const renderer = device ? new THREE.WebGPURenderer({ ...common, device }) : new THREE.WebGPURenderer({ ...common, forceWebGL: true });
  await renderer.init();
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  const backend = renderer.backend as { isWebGPUBackend?: boolean };
  return { renderer, drawBackend: backend.isWebGPUBackend ? 'webgpu' : 'webgl2' };
}

/**
 * Replaces `old` (whose device is gone) by a renderer of the same size on `device`, on the same canvas; with no
 * device, or when that fails, by a WebGL2 renderer on a new canvas that takes the old canvas's place in the page.
 * The caller re-attaches its canvas listeners when `renderer.domElement` changed, and redraws.
 */
export async function recreateRenderer(old: THREE.WebGPURenderer, device: GPUDevice | null): Promise<MadeRenderer> {
  const canvas = old.domElement;
  const size = old.getSize(new THREE.Vector2());
  try {
    old.dispose();
  } catch (error) {
    console.warn('disposing the lost renderer failed:', error);
  }
  if (device) {
    try {
      const made = await createRenderer(device, canvas);
      made.renderer.setSize(size.x, size.y, false);
      return made;
    } catch (error) {
      console.warn('WebGPU drawing on the new device failed; drawing with WebGL2:', error);
    }
  }
  const fresh = document.createElement('canvas');
  fresh.className = canvas.className;
  const made = await createRenderer(null, fresh);
  made.renderer.setSize(size.x, size.y, false);
  canvas.replaceWith(fresh);
  return made;
}

/** What {@link recoverViewOnDeviceLoss} needs from the app. */
export interface ViewRecoveryOptions {
  /** Subscribes to the compute backend's device losses (the view shares that device); returns the unsubscribe. */
  onDeviceLost(listener: () => void): () => void;
  /** The device to draw on after a loss (the one the compute backend will also be given), or null for none. */
  nextDevice(): Promise<GPUDevice | null>;
  /** Rebuilds the view's renderer on that device (View.recover). */
  recover(device: GPUDevice | null): Promise<DrawBackend>;
  /** Called once the view draws again: redraw the current frame and say so in the status line. */
  recovered(drawBackend: DrawBackend, device: GPUDevice | null): void;
}

/**
 * On each device loss, rebuilds the view's renderer on the next device (or WebGL2) and hands back what it draws
 * with; the trace, the frame and the camera stay as they are. Losses during a rebuild queue behind it.
 */
export function recoverViewOnDeviceLoss(options: ViewRecoveryOptions): () => void {
  let chain: Promise<void> = Promise.resolve();
  return options.onDeviceLost(() => {
    chain = chain
      .then(async () => {
        const device = await options.nextDevice().catch(() => null);
        const drawBackend = await options.recover(device);
        options.recovered(drawBackend, device);
      })
      .catch((error: unknown) => console.error('the 3D view could not be rebuilt after the device loss:', error));
  });
}
