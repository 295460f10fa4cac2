/**
 * The one GPU backend every host computes through (README, "WebGPU compute"): the per-device engine cache, the
 * fallback policy (run on the GPU, else on the float64 reference, with the reason given to the caller) and device
 * loss (on `device.lost` or an uncaptured error the engines are dropped and the device is marked lost; the next
 * computation asks the host's device provider for a new device, or falls back to the reference).
 *
 * Engines are created lazily, once per device and kind: a kind is a small object naming how to build one
 * ({@link EngineKind}), so this module knows no mechanism.
 */

/** How to build (and free) one kind of engine on a device. Kinds are compared by identity. */
export interface EngineKind<Engine> {
  /** A name for messages, e.g. `ntm`. */
  readonly id: string;
  create(device: GPUDevice): Promise<Engine>;
  /** Frees the engine's buffers and pipelines (optional). */
  destroy?(engine: Engine): void;
}

/** What a GPU computation gets: the device and its engines, each built once. */
export interface GpuContext {
  readonly device: GPUDevice;
  /** The engine of `kind` on this device, built on first use and cached. */
  engine<Engine>(kind: EngineKind<Engine>): Promise<Engine>;
}

/** A {@link GpuContext} that owns its engines: `dispose` destroys every one built so far. */
export interface EngineCache extends GpuContext {
  dispose(): void;
}

/** Where a computation ran, and why not on the GPU when it fell back. */
export interface ComputeOutcome<T> {
  readonly trace: T;
  readonly backend: 'webgpu' | 'cpu';
  /** Set when a device was expected but the reference computed: the GPU error or the loss, in one line. */
  readonly fallbackReason?: string;
}

/** The host's way to get a (new) device: the renderer's platform/gpu.ts, or Dawn in Node. Null: none. */
export type DeviceProvider = () => Promise<GPUDevice | null>;

/** Why a device stopped being usable. */
export interface DeviceLoss {
  readonly device: GPUDevice;
  /** One line: `lost (destroyed): …` or `uncaptured error: …`. */
  readonly reason: string;
}

/** The backend a host keeps for its whole life. */
export interface GpuBackend {
  /** The device computations run on now; null when there is none (or it was lost and not yet replaced). */
  readonly device: GPUDevice | null;
  /**
   * Runs `onGpu` on the current device (asking the provider for one first when the last was lost); when there is
   * no device or `onGpu` fails, runs `reference` and says why in `fallbackReason` (absent when no device was ever
   * expected, i.e. no device and no provider).
   */
  compute<T>(onGpu: (gpu: GpuContext) => Promise<T>, reference: () => T | Promise<T>): Promise<ComputeOutcome<T>>;
  /** Calls `listener` each time the device is lost; returns the unsubscribe. */
  onDeviceLost(listener: (loss: DeviceLoss) => void): () => void;
  /** Drops every engine (the device itself belongs to the host). */
  dispose(): void;
}

/** A one-line message of anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** An engine cache on one device: every kind built once; `dispose` destroys them (errors of a lost device ignored). */
export function createEngineCache(device: GPUDevice): EngineCache {
  const engines = new Map<EngineKind<unknown>, Promise<unknown>>();
  return {
    device,
    engine<Engine>(kind: EngineKind<Engine>): Promise<Engine> {
      const key = kind as EngineKind<unknown>;
      let engine = engines.get(key);
      if (!engine) {
        engine = kind.create(device);
        // A failed build is not cached: the next computation tries again.
        engine.catch(() => engines.delete(key));
        engines.set(key, engine);
      }
      return engine as Promise<Engine>;
    },
    dispose() {
      for (const [kind, engine] of engines) {
        engine.then(
          (e) => {
            try {
              kind.destroy?.(e);
            } catch {
              /* a lost device may refuse to free what it already dropped */
            }
          },
          () => undefined,
        );
      }
      engines.clear();
    },
  };
}

/** Runs `use` with an engine cache on `device` and destroys its engines afterwards (one-shot hosts: the CLI). */
export async function withEngines<T>(device: GPUDevice, use: (gpu: GpuContext) => Promise<T>): Promise<T> {
  const cache = createEngineCache(device);
  try {
    return await use(cache);
  } finally {
    cache.dispose();
  }
}

/** Options of {@link createGpuBackend}. */
export interface GpuBackendOptions {
  /** The device to start with (null or absent: ask `provider` on the first computation, if any). */
  readonly device?: GPUDevice | null;
  /** Gives a new device after a loss (or the first one); absent: after a loss, compute with the reference. */
  readonly provider?: DeviceProvider;
}

/** Creates the backend: one engine cache for the current device, the fallback and the loss handling. */
export function createGpuBackend(options: GpuBackendOptions = {}): GpuBackend {
  const listeners = new Set<(loss: DeviceLoss) => void>();
  let cache: EngineCache | null = null;
  let lostReason: string | null = null;
  let pendingDevice: Promise<void> | null = null;

  function markLost(device: GPUDevice, reason: string): void {
    if (cache?.device !== device) return; // an old device, already replaced
    cache.dispose();
    cache = null;
    lostReason = reason;
    for (const listener of listeners) listener({ device, reason });
  }

  function adopt(device: GPUDevice): void {
    cache = createEngineCache(device);
    lostReason = null;
    device.lost.then(
      (info) => markLost(device, `the GPU device was lost (${info.reason ?? 'unknown'}): ${info.message || 'no message'}`),
      () => undefined,
    );
    device.addEventListener('uncapturederror', (event) => {
      const error = (event as GPUUncapturedErrorEvent).error;
      markLost(device, `the GPU device reported an uncaptured error: ${error?.message ?? 'no message'}`);
    });
  }

  if (options.device) adopt(options.device);
  const expectDevice = !!options.device || !!options.provider;

  async function ensureDevice(): Promise<void> {
    if (cache || !options.provider) return;
    // One request at a time: computations that start together share the new device.
    pendingDevice ??= options
      .provider()
      .then((device) => {
        if (device) adopt(device);
      })
      .catch((error: unknown) => {
        lostReason = `${lostReason ?? 'no GPU device'}; asking for a new device failed: ${errorMessage(error)}`;
      })
      .finally(() => {
        pendingDevice = null;
      });
    await pendingDevice;
  }

  return {
    get device() {
      return cache?.device ?? null;
    },
    async compute(onGpu, reference) {
      await ensureDevice();
      const current = cache;
      if (!current) {
        const trace = await reference();
        return expectDevice ? { trace, backend: 'cpu', fallbackReason: lostReason ?? 'no GPU device' } : { trace, backend: 'cpu' };
      }
      try {
        return { trace: await onGpu(current), backend: 'webgpu' };
      } catch (error) {
        const trace = await reference();
        return { trace, backend: 'cpu', fallbackReason: `the GPU computation failed: ${errorMessage(error)}` };
      }
    },
    onDeviceLost(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      cache?.dispose();
      cache = null;
    },
  };
}
