/**
 * The app's actions that need more than a state change: loading a preset (shown from its first frame; the store's
 * preset changes only together with its parameters and trace), editing a
 * parameter (validate, recompute on the GPU when there is one, keep the frame position, keep the last valid trace
 * on refusal).
 * Only the newest computation lands: a slower older one is dropped.
 */
import type { GpuBackend } from '#core/gpu/common/backend.ts';
import type { Chapter } from './chapters/chapter.ts';
import { backendAfterCompute } from './ui/backend-line.ts';
import type { AppStore } from './state/store.ts';
import type { ParamValue, Parameters } from './state/scenario-slice.ts';

/** The controller the UI and test hooks call. */
export interface AppController {
  readonly chapter: Chapter;
  /** Loads a preset's parameters and computes its trace, shown from frame 0. */
  loadPreset(preset: string): Promise<void>;
  /** Applies one edited parameter; resolves to false when it was refused (the problem is in the store). */
  editParameter(name: string, value: ParamValue): Promise<boolean>;
  /** Resolves when no computation is pending. */
  idle(): Promise<void>;
}

/** Creates the controller for a chapter, a store and the app's GPU backend (platform/gpu.ts). */
export function createAppController(chapter: Chapter, store: AppStore, gpu: GpuBackend): AppController {
  let generation = 0;
  let pending: Promise<void> = Promise.resolve();

  async function recompute(parameters: Parameters, preset: string, atStart: boolean): Promise<void> {
    const mine = ++generation;
    store.getState().setComputing(true);
    const run = (async () => {
      try {
        const outcome = await chapter.compute(parameters, preset, { backend: gpu });
        if (mine !== generation) return;
        store.getState().setTrace(outcome.trace, parameters, preset, { atStart });
        const b = store.getState().backend;
        const next = backendAfterCompute(b, outcome);
        if (next !== b) store.getState().setBackend(next);
      } finally {
        if (mine === generation) store.getState().setComputing(false);
      }
    })();
    pending = run.catch(() => undefined);
    await run;
  }

  return {
    chapter,
    async loadPreset(preset) {
      store.getState().clearProblems();
      // The preset lands with its parameters and trace in one update (setTrace): a preset in the store beside the
      // previous preset's parameters is a state no panel can read (the NTM's per-step values threw on it, which
      // aborted the load and left the trained copy's badge without its checkpoint).
      await recompute(chapter.presetParameters(preset), preset, true);
    },
    async editParameter(name, value) {
      const s = store.getState();
      const result = chapter.applyParameter(s.preset, name, value, s.appliedParameters, s.language);
      if ('problem' in result) {
        s.setProblem(name, result.problem);
        return false;
      }
      s.setProblem(name, null);
      await recompute(result.parameters, s.preset, false);
      return true;
    },
    idle: () => pending,
  };
}
