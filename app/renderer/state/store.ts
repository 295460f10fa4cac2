/**
 * The app store: zustand 5 vanilla with `subscribeWithSelector` on the combined store, built from typed slices
 * (scenario, trace, playback, view). It holds plain data only: no GPU or three.js objects. Traces are
 * replaced wholesale. The render loop reads `getState()` every frame; DOM panels subscribe to what they show.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { clampFrame, type Trace } from '#core/trace/trace.ts';
import type { Language } from '../../shared/i18n/i18n.ts';
import { initialScenario, type ParamProblem, type Parameters, type ScenarioSlice } from './scenario-slice.ts';
import { initialTrace, type BackendInfo, type TraceSlice } from './trace-slice.ts';
import { initialPlayback, type PlaybackSlice } from './playback-slice.ts';
import { initialView, type ViewSlice } from './view-slice.ts';

/** Actions on the store: each one a small, synchronous state change. */
export interface AppActions {
  /**
   * Replaces the trace (wholesale) and the parameters that produced it, keeping the frame position (an edit
   * recomputes the frame in view), or at frame 0 with `atStart` (a new preset is a new story).
   */
  setTrace(trace: Trace, parameters: Parameters, preset?: string, options?: { atStart?: boolean }): void;
  setComputing(computing: boolean): void;
  setBackend(backend: BackendInfo): void;
  /** Records (or clears, with null) the problem of one parameter. */
  setProblem(name: string, problem: ParamProblem | null): void;
  clearProblems(): void;
  /** Moves the cursor to a frame; `animate` starts a transition from the current frame at clock time `now`. */
  seek(frame: number, options?: { animate?: boolean; now?: number }): void;
  /** Steps by `delta` frames with a transition starting at `now`. */
  step(delta: number, now: number): void;
  /** Ends the current transition (the frame is then at rest). */
  settle(): void;
  /** Sets the clock time before which a playing cursor waits. */
  setPauseUntil(time: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setLanguage(language: Language): void;
  resetCamera(): void;
  setCameraMoved(moved: boolean): void;
}

/** The whole app state. */
export type AppState = ScenarioSlice & TraceSlice & PlaybackSlice & ViewSlice & AppActions;

/** The store type (with subscribeWithSelector's `subscribe(selector, listener)`). */
export type AppStore = ReturnType<typeof createAppStore>;

/** Creates a fresh store (one per app; tests make their own and reset with `setState(getInitialState(), true)`). */
export function createAppStore(initial: Partial<ViewSlice> = {}) {
  return createStore<AppState>()(
    subscribeWithSelector((set, get) => ({
      ...initialScenario,
      ...initialTrace,
      ...initialPlayback,
      ...initialView,
      ...initial,
      setTrace(trace, parameters, preset, options = {}) {
        const s = get();
        const frame = options.atStart ? 0 : clampFrame(trace, s.frame);
        set({
          trace,
          revision: s.revision + 1,
          appliedParameters: parameters,
          module: trace.module,
          ...(preset !== undefined ? { preset } : {}),
          frame,
          fromFrame: frame,
          transitionStart: null,
        });
      },
      setComputing: (computing) => set({ computing }),
      setBackend: (backend) => set({ backend }),
      setProblem(name, problem) {
        const problems = { ...get().problems };
        if (problem) problems[name] = problem;
        else delete problems[name];
        set({ problems });
      },
      clearProblems: () => set({ problems: {} }),
      seek(frame, options = {}) {
        const s = get();
        const target = s.trace ? clampFrame(s.trace, frame) : 0;
        if (options.animate && options.now !== undefined && target !== s.frame) {
          set({ fromFrame: s.frame, frame: target, transitionStart: options.now });
        } else {
          set({ fromFrame: target, frame: target, transitionStart: null });
        }
      },
      step(delta, now) {
        const s = get();
        get().seek(s.frame + delta, { animate: true, now });
        if (get().frame === s.frame && s.playing && delta > 0) set({ playing: false });
      },
      settle: () => set({ fromFrame: get().frame, transitionStart: null }),
      setPauseUntil: (pauseUntil) => set({ pauseUntil }),
      setPlaying: (playing) => set({ playing, pauseUntil: 0 }),
      setSpeed: (speed) => set({ speed: Number.isFinite(speed) && speed > 0 ? speed : 1 }),
      setLanguage: (language) => set({ language }),
      resetCamera: () => set({ cameraReset: get().cameraReset + 1, cameraMoved: false }),
      setCameraMoved: (cameraMoved) => set({ cameraMoved }),
    })),
  );
}

/** Plain store API, for helpers that need only get/set. */
export type AppStoreApi = StoreApi<AppState>;
