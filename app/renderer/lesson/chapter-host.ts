/**
 * Shows one chapter at a time in the normal layout and swaps it without reloading the page: the view's scene,
 * the controller (computing through the shared trace cache) and the narration, parameters and transport panels.
 */
import { createAppController, type AppController } from '../app-controller.ts';
import type { Chapter } from '../chapters/chapter.ts';
import type { GpuBackend } from '#core/gpu/common/backend.ts';
import type { View } from '../scene/view.ts';
import type { AppStore } from '../state/store.ts';
import type { Unmount } from '../ui/dom.ts';
import { mountNarration } from '../ui/narration.ts';
import { mountParamsPanel } from '../ui/params-panel.ts';
import { mountProvenance } from '../ui/provenance.ts';
import { mountTransport } from '../ui/transport.ts';
import { cachingChapter, type TraceCache } from './trace-cache.ts';

/** Where the host mounts a chapter's panels. */
export interface ChapterHostParts {
  readonly view: Pick<View, 'setChapterScene' | 'labels'>;
  readonly store: AppStore;
  /** The one compute backend (engine cache, fallback, device loss) every chapter computes through. */
  readonly compute: GpuBackend;
  readonly narration: HTMLElement;
  readonly params: HTMLElement;
  readonly transport: HTMLElement;
  readonly now: () => number;
}

/** The host: the chapter on screen, its controller, and the swap. */
export interface ChapterHost {
  /** The chapter on screen (the caching wrapper of the one shown). */
  current(): Chapter;
  controller(): AppController;
  /** Shows `chapter` (a no-op when it is already on screen); returns its controller. */
  show(chapter: Chapter): AppController;
}

/** Creates the host; nothing is shown until the first {@link ChapterHost.show}. */
export function createChapterHost(parts: ChapterHostParts): ChapterHost {
  const cache: TraceCache = new Map();
  let shown: { id: string; chapter: Chapter; controller: AppController; unmount: Unmount[] } | null = null;
  return {
    current() {
      if (!shown) throw new Error('no chapter shown yet');
      return shown.chapter;
    },
    controller() {
      if (!shown) throw new Error('no chapter shown yet');
      return shown.controller;
    },
    show(chapter) {
      if (shown?.id === chapter.id) return shown.controller;
      for (const unmount of shown?.unmount ?? []) unmount();
      for (const el of [parts.narration, parts.params, parts.transport]) el.replaceChildren();
      const cached = cachingChapter(chapter, cache);
      const { store } = parts;
      // The old trace belongs to the old scene: nothing is drawn until the new chapter's trace lands.
      store.setState({ trace: null, frame: 0, fromFrame: 0, transitionStart: null, playing: false });
      parts.view.setChapterScene(cached.createScene(parts.view.labels));
      const controller = createAppController(cached, store, parts.compute);
      const unmount = [
        mountNarration(parts.narration, store, cached),
        mountProvenance(parts.narration, store),
        mountParamsPanel(parts.params, store, controller),
        mountTransport(parts.transport, store, cached, parts.now),
      ];
      shown = { id: chapter.id, chapter: cached, controller, unmount };
      return controller;
    },
  };
}
