/**
 * The renderer's entry: picks the GPU (shared by three.js and the compute engine), builds the store, the
 * view and the panels, computes the first preset and draws the view on animation frames only after a change
 * (playback/draw-scheduler.ts), and only when the picture differs from the last one drawn (the view's draw key).
 */
import 'katex/dist/katex.min.css';
import './styles.css';
import './ui/chrome-theme.css';
import { messages, preferredLanguage, format } from '../shared/i18n/i18n.ts';
import { CHAPTERS, chapterFor } from './chapters/registry.ts';
import { acquireGpu, cpuRequested, createComputeBackend, requestGpuDevice } from './platform/gpu.ts';
import { e2eEnabled, hostBridge } from './platform/host.ts';
import { tick } from './playback/clock.ts';
import { drawOnChange } from './playback/draw-scheduler.ts';
import { recoverViewOnDeviceLoss } from './scene/renderer-recovery.ts';
import { createView, type ViewInput } from './scene/view.ts';
import { runRedrawBench } from './scene/redraw-bench.ts';
import { createAppStore } from './state/store.ts';
import { createTestHooks } from './test-hooks.ts';
import { followDeviceLoss, mountBackendLine } from './ui/backend-line.ts';
import { h } from './ui/dom.ts';
import { mountHeader } from './ui/header.ts';
import { moduleFromSearch, mountModuleSelect } from './ui/module-select.ts';
import { mountFocusSource } from './ui/focus-source.ts';
import { mountKeyboard } from './ui/keyboard.ts';
import { initialLanguage, rememberLanguage } from './ui/language-memory.ts';
import { followMenuCommands } from './ui/menu-commands.ts';
import { mountRecorder } from './recorder/mount-recorder.ts';
import { mountThemeSelect } from './ui/theme-select.ts';
import { builtinLesson } from '#core/lesson/builtin.ts';
import { LECTURE_ORDER } from '#core/lesson/modules.ts';
import { createChapterHost } from './lesson/chapter-host.ts';
import { mountLesson } from './lesson/lesson-mode.ts';
import { loadPosition } from './lesson/position-memory.ts';
import { lessonFromSearch, mountStartScreen, startScreenWanted } from './lesson/start-screen.ts';
import { isPresenterPage, openPresenterSync, presenterSearch } from './lesson/presenter-sync.ts';
import { mountPresenterPage } from './lesson/presenter-view.ts';
import { mountFileMenu } from './lesson/file-menu.ts';
import { showOpenedScenario, showsOpened, takeOpened } from './lesson/opened-file.ts';
import { saveTextFile } from './lesson/save-text.ts';

async function start(): Promise<void> {
  const search = location.search;
  const host = hostBridge();
  const store = createAppStore({ language: initialLanguage(search) });
  // <html lang> in the UI language from the start, before the GPU wait (the header keeps it in step afterwards).
  document.documentElement.lang = store.getState().language;
  rememberLanguage(store);

  // The presenter view (README "Giving a lecture") is a page of its own: no GPU, no view, only the link.
  if (isPresenterPage(search) && mountPresenterPage(search, store.getState().language)) return;

  // Layout.
  const header = h('header', { class: 'top' });
  const viewEl = h('section', { class: 'view', 'data-testid': 'view', role: 'img', tabindex: 0 });
  const tooltip = h('div', { class: 'tooltip', 'data-testid': 'hover' });
  tooltip.hidden = true;
  viewEl.append(tooltip);
  const narration = h('section', { class: 'narration' });
  const params = h('section', { class: 'panel' });
  const side = h('aside', { class: 'side' }, narration, params);
  const transport = h('footer', { class: 'transport' });
  const backendLine = h('div', { class: 'backend-line' });
  const stage = h('main', { class: 'stage' }, viewEl, side);
  document.body.append(header, stage, transport, backendLine);

  // `?gpu=cpu` (both hosts pass it for `--gpu=cpu`): skip WebGPU entirely, float64 reference + WebGL2.
  const forceCpu = cpuRequested(search, host?.gpuMode);
  let gpu = await acquireGpu({ forceCpu });
  const modules = Object.values(CHAPTERS).filter((c) => c !== undefined);
  const chapter = chapterFor(
    moduleFromSearch(
      search,
      modules.map((c) => c.id),
    ),
  );
  const view = await createView(viewEl, gpu.device).catch((error: unknown) => {
    // WebGPU drawing failed on this device: draw with WebGL2 and compute with the reference instead.
    if (!gpu.device) throw new Error(messages(store.getState().language).errors.noWebgl, { cause: error });
    console.warn('WebGPU drawing failed; using WebGL2 and the float64 reference:', error);
    gpu = { device: null, info: { kind: 'cpu', adapter: '', software: false, draw: 'webgl2' } };
    return createView(viewEl, null);
  });
  store.getState().setBackend({ ...gpu.info, draw: view.drawBackend });
  // After a loss the view and the compute backend share one new device (or go without: WebGL2, the reference).
  let replacement: Promise<GPUDevice | null> | null = null;
  const nextDevice = () => (replacement ??= requestGpuDevice());
  const compute = createComputeBackend(gpu, nextDevice);
  // A lost device: the status line says so and the trace on screen stays; the next edit asks for a new device.
  followDeviceLoss(store, compute);
  compute.onDeviceLost(() => (replacement = null));
  let drawDevice = gpu.device;
  const rebuilt: (() => void)[] = [];
  recoverViewOnDeviceLoss({
    onDeviceLost: (listener) => compute.onDeviceLost(listener),
    nextDevice,
    recover: (device) => view.recover(device),
    recovered: (draw, device) => {
      drawDevice = device;
      store.getState().setBackend({ ...store.getState().backend, draw, viewRebuilt: true });
      for (const done of rebuilt.splice(0)) done();
    },
  });
  const now = () => performance.now();
  // Lecture mode (`?lesson=<id>`) swaps chapters in place; free exploration shows one (README "Giving a lecture").
  const storage = (() => {
    try {
      return localStorage;
    } catch {
      return null;
    }
  })();
  const session = (() => {
    try {
      return sessionStorage;
    } catch {
      return null;
    }
  })();
  // A file opened with Abrir… or dropped (README "Giving a lecture") arrives through the session's storage.
  const opened = showsOpened(search) ? takeOpened(session) : null;
  const lessonId = lessonFromSearch(search);
  const lesson = lessonId ? (opened?.kind === 'lesson' && opened.lesson.id === lessonId ? opened.lesson : builtinLesson(lessonId)) : undefined;
  if (lessonId && !lesson) console.warn(`no lesson ${lessonId}; exploring the modules instead`);
  const chapterHost = createChapterHost({ view, store, compute, narration, params, transport, now });
  const controller = chapterHost.show(chapter);

  const relaunch = host && (gpu.info.kind === 'cpu' || gpu.info.software) ? () => void host.relaunchWithGpu('vulkan-x11') : null;
  mountHeader(header, store, controller);
  mountModuleSelect(
    header,
    store,
    chapter.id,
    [...modules].sort((a, b) => LECTURE_ORDER.indexOf(a.id) - LECTURE_ORDER.indexOf(b.id)),
  );
  mountBackendLine(backendLine, store, relaunch, forceCpu);
  let wakeDraw = (): void => undefined; // the draw scheduler's wake, once it exists (below)
  const screenTheme = mountThemeSelect(header, store, search, () => wakeDraw()); // the theme is in the draw key
  mountRecorder({
    header,
    store,
    view,
    host,
    search,
    compute,
    screenTheme: () => screenTheme.current().name,
    // The export dialog's "the whole lesson" borrows the view; this gives it back its scene and the slide's camera.
    lesson: {
      lesson: () => lesson ?? null,
      restore: () => {
        view.setChapterScene(chapterHost.current().createScene(view.labels));
        const slide = lesson?.slides[(lessonHandle?.state().slide ?? 1) - 1];
        view.setCameraPose(slide?.kind === 'simulation' ? (slide.camera ?? null) : null);
      },
    },
  });
  if (!lesson) mountKeyboard(window, store, now);
  mountFocusSource(window, document.documentElement);
  // The application menu speaks the UI language: main rebuilds it when the page reports a change.
  if (host)
    store.subscribe(
      (s) => s.language,
      (language) => void host.setMenuLanguage(language).catch(() => undefined),
      { fireImmediately: true },
    );
  followMenuCommands(host, store);

  function viewInput(progress: number): ViewInput | null {
    const s = store.getState();
    if (!s.trace) return null;
    return {
      trace: s.trace,
      frame: s.frame,
      fromFrame: s.fromFrame,
      progress,
      language: s.language,
      theme: screenTheme.current(),
      cameraMoved: s.cameraMoved,
    };
  }
  view.onUserCamera(() => {
    if (!store.getState().cameraMoved) store.getState().setCameraMoved(true);
  });
  // A chapter's direct manipulation (e.g. dragging the focus spot) edits a parameter like the panel does.
  view.onSceneEdit((edit) => {
    const change = edit(store.getState().appliedParameters);
    if (change) void controller.editParameter(change.name, change.value);
  });
  store.subscribe(
    (s) => s.cameraReset,
    () => {
      const input = viewInput(1);
      if (input) view.resetCamera(input);
    },
  );
  view.onHover((text, x, y) => {
    tooltip.hidden = !text;
    if (!text) return;
    tooltip.textContent = text;
    tooltip.style.transform = `translate(${Math.round(x + 16)}px, ${Math.round(y + 16)}px)`;
  });
  store.subscribe(
    (s) => s.language,
    (language) => viewEl.setAttribute('aria-label', messages(language).view.label),
    { fireImmediately: true },
  );

  const resume = new URLSearchParams(search).get('resume') === '1' ? loadPosition(storage) : null;
  const lessonHandle = lesson
    ? mountLesson({
        lesson,
        store,
        host: chapterHost,
        chapterFor,
        stage,
        viewEl,
        now,
        storage,
        setCamera: (pose) => view.setCameraPose(pose),
        sync: openPresenterSync(lesson.id),
        toolbar: header,
        // Electron: main opens a BrowserWindow on the lecturer's display; the browser hosts: a popup of this origin.
        openPresenter: () =>
          host
            ? void host.openPresenter(lesson.id, store.getState().language)
            : void window.open(presenterSearch(search, lesson.id), 'atenea-presenter', 'popup,width=1100,height=760'),
        ...(resume?.lesson === lesson.id ? { start: resume } : {}),
      })
    : null;
  if (lessonHandle) await lessonHandle.ready();
  else await controller.loadPreset(chapter.presets[0]!.id);
  let openedTrace: unknown = null;
  if (!lesson && opened?.kind === 'scenario' && opened.module === chapter.id) openedTrace = await showOpenedScenario(opened, store, compute);
  mountFileMenu({
    header,
    store,
    lesson: () => lesson ?? null,
    // The opened file while its trace is on screen; else the module's preset with the parameters as edited.
    scenario: () => {
      const s = store.getState();
      const current = chapterHost.current();
      return opened?.kind === 'scenario' && s.trace === openedTrace
        ? { module: opened.module, json: opened.scenario }
        : { module: current.id, json: current.scenarioJson(s.preset, s.appliedParameters) };
    },
    save: (name, text) => saveTextFile(host, name, text),
    ...(host ? { pick: () => host.openFile() } : {}),
    storage: session,
  });
  const builtin = builtinLesson('augmented-rnns');
  if (!lesson && builtin && startScreenWanted(search)) {
    mountStartScreen(store, {
      lesson: { id: builtin.id, slides: builtin.slides.length },
      saved: loadPosition(storage),
      modules: [...modules].sort((a, b) => LECTURE_ORDER.indexOf(a.id) - LECTURE_ORDER.indexOf(b.id)),
    });
  }

  // Draw only on change (README "Speed"): frames only after a change and while a transition or playback moves.
  const scheduler = drawOnChange(store, view, viewInput, now);
  wakeDraw = () => scheduler.wake();

  if (e2eEnabled(search)) {
    // `npm run bench -- view` (bench/view-bench.ts): the chapter on screen redrawn beside a bare three.js scene.
    (window as unknown as { ateneaViewBench: unknown }).ateneaViewBench = (repeats: number) => runRedrawBench(view, () => viewInput(1), repeats);
    (window as unknown as { atenea: unknown }).atenea = createTestHooks(
      store,
      () => chapterHost.current(),
      () => {
        const input = viewInput(1);
        if (input) view.draw(input, true);
      },
      async (size) => {
        const s = store.getState();
        const input = viewInput(s.transitionStart === null ? 1 : tick(store, now()));
        if (!input) throw new Error('no trace yet');
        return view.readPixels(input, size);
      },
      lessonHandle ? () => lessonHandle.state() : undefined,
      async () => {
        if (!drawDevice) throw new Error('no GPU device to lose');
        const done = new Promise<void>((resolve) => rebuilt.push(resolve));
        drawDevice.destroy();
        await done;
      },
      () => view.cameraPose(),
      () => ({ renders: view.renders, frames: scheduler.frames }),
    );
  }
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  console.error(error);
  const lang = preferredLanguage(navigator.languages ?? []);
  const m = messages(lang);
  const message = error instanceof Error ? error.message : String(error);
  document.body.append(h('p', { class: 'fatal', role: 'alert', 'data-testid': 'fatal' }, format(m.errors.failed, { message })));
});
