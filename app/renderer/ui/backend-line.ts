/**
 * The always-visible backend line: which compute and drawing backend is in use, in the UI language; a
 * software adapter is named. In Electron with no adapter or a software one, offers the host's relaunch with
 * Vulkan (X11). The lecture keys are listed at its right end.
 */
import type { ComputeOutcome, GpuBackend } from '#core/gpu/common/backend.ts';
import { format, messages } from '../../shared/i18n/i18n.ts';
import type { AppStore } from '../state/store.ts';
import type { BackendInfo } from '../state/trace-slice.ts';
import type { Messages } from '../../shared/i18n/i18n.ts';
import { h, type Unmount } from './dom.ts';

/** The line's text for a backend; `forcedCpu`: WebGPU was switched off (`?gpu=cpu`, `--gpu=cpu`), not missing. */
export function backendText(b: BackendInfo, m: Messages, forcedCpu = false): string {
  const text = lineText(b, m, forcedCpu);
  return b.deviceLoss && b.viewRebuilt ? `${text}; ${format(m.backend.viewRebuilt, { draw: b.draw === 'webgpu' ? 'WebGPU' : 'WebGL2' })}` : text;
}

function lineText(b: BackendInfo, m: Messages, forcedCpu: boolean): string {
  if (b.deviceLoss === 'lost') return b.kind === 'cpu' ? m.backend.deviceLostCpu : m.backend.deviceLost;
  if (b.deviceLoss === 'replaced' && b.kind === 'webgpu') return format(m.backend.deviceReplaced, { adapter: b.adapter });
  if (b.kind === 'cpu' && forcedCpu && b.draw === 'webgl2') return m.backend.cpuForced;
  if (b.kind === 'cpu') return b.draw === 'webgpu' ? format(m.backend.cpuComputeOnly, { adapter: b.adapter }) : m.backend.cpu;
  return format(b.software ? m.backend.webgpuSoftware : m.backend.webgpu, { adapter: b.adapter });
}

/**
 * The backend line's state after a computation: a fall back to the reference turns `webgpu` into `cpu` (with the
 * reason); a GPU computation after a loss says the device was replaced. Returns `b` itself when nothing changes.
 */
export function backendAfterCompute(b: BackendInfo, outcome: Pick<ComputeOutcome<unknown>, 'backend' | 'fallbackReason'>): BackendInfo {
  if (outcome.backend === 'cpu' && b.kind === 'webgpu') {
    return { ...b, kind: 'cpu', ...(outcome.fallbackReason ? { fallbackReason: outcome.fallbackReason } : {}) };
  }
  if (outcome.backend === 'webgpu' && b.deviceLoss === 'lost') {
    const { fallbackReason: _, ...rest } = b;
    return { ...rest, kind: 'webgpu', deviceLoss: 'replaced' };
  }
  return b;
}

/** The backend line's state once the compute device is lost (the trace on screen stays as it is). */
export function backendAfterLoss(b: BackendInfo, reason: string): BackendInfo {
  return { ...b, deviceLoss: 'lost', fallbackReason: reason };
}

/**
 * Keeps the line in step with the compute backend's device: on a loss it says so (the trace on screen stays as
 * it is; the next computation asks for a new device or uses the reference). Returns the unsubscribe.
 */
export function followDeviceLoss(store: AppStore, backend: Pick<GpuBackend, 'onDeviceLost'>): () => void {
  return backend.onDeviceLost((loss) => store.getState().setBackend(backendAfterLoss(store.getState().backend, loss.reason)));
}

/**
 * Mounts the line into `el`; `relaunch` is the host's relaunch-with-Vulkan, when it has one; `forcedCpu`: the user
 * switched WebGPU off (`?gpu=cpu` / `--gpu=cpu`), which the line says instead of "no adapter".
 */
export function mountBackendLine(el: HTMLElement, store: AppStore, relaunch: (() => void) | null, forcedCpu = false): Unmount {
  const text = h('span', { 'data-testid': 'backend-label', class: 'backend-label' });
  const button = h('button', { type: 'button', 'data-testid': 'relaunch-vulkan', class: 'relaunch' });
  // The keys, always in sight at the other end of the line (a lecturer's reminder, a student's guide).
  const keys = h('span', { 'data-testid': 'keys-help', class: 'keys-help' });
  el.append(text, button, keys);
  button.addEventListener('click', () => relaunch?.());
  function render(): void {
    const s = store.getState();
    const m = messages(s.language);
    text.textContent = backendText(s.backend, m, forcedCpu);
    text.dataset.backend = s.backend.kind;
    text.title = s.backend.fallbackReason ?? '';
    button.textContent = m.backend.relaunch;
    keys.textContent = m.view.help;
    button.hidden = !relaunch || (s.backend.kind === 'webgpu' && !s.backend.software);
  }
  render();
  return store.subscribe((s) => [s.backend, s.language] as const, render, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
}
