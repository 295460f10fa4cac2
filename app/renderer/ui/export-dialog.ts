/**
 * The export dialog: range (whole trace or frame a to b), resolution (720p, 1080p, 4K or the window's), frames
 * per second (24–60; 25/50 for GIF), seconds per step and per transition, theme, format (only those this
 * machine can encode), PNG current frame or sequence; then a progress bar with frames done, frames in all and
 * time left, and Cancel at any moment. A native modal <dialog>; every control has a label in both languages.
 */
import { format, formatNumber, formatQuoted, messages, parseNumber, plural } from '../../shared/i18n/i18n.ts';
import { allowedFrameRates, RESOLUTIONS, type ExportFormat } from '../recorder/formats.ts';
import { jobSchedule } from '../recorder/recorder.ts';
import type { ExportChoice, ExportOutcome, FormatOffer, RecorderService } from '../recorder/recorder-service.ts';
import type { LessonRenderChoice } from '../../shared/lesson-render-choice.ts';
import type { AppStore } from '../state/store.ts';
import { isThemeName, THEME_NAMES, type ThemeName } from '../scene/theme.ts';
import { h } from './dom.ts';
import { decimal, errorLine, field, labelFormatOptions, labelThemeOptions, num, select } from './export-dialog-parts.ts';

/** "This slide" / "the whole lesson" (README "Giving a lecture"), offered while a lesson is on screen. */
export interface LessonExportOffer {
  /** The number of slides of the lesson on screen, or null outside lecture mode. */
  slides(): number | null;
  run(choice: LessonRenderChoice, signal: AbortSignal, onProgress: (frames: number, slide: number) => void): Promise<ExportOutcome>;
}

/** The dialog's handle. */
export interface ExportDialog {
  /** Opens the dialog (filled from the current trace and frame). */
  open(): Promise<void>;
  readonly element: HTMLDialogElement;
}

/**
 * Builds the dialog (appended to `document.body`). `windowSize` gives the view's size in pixels, `screenTheme`
 * the theme on screen (offered first; the export's theme never changes the screen).
 */
export function createExportDialog(
  store: AppStore,
  service: RecorderService,
  windowSize: () => { width: number; height: number },
  screenTheme: () => ThemeName = () => 'dark',
  lesson?: LessonExportOffer,
): ExportDialog {
  const range = select('export-range');
  range.append(h('option', { value: 'all' }), h('option', { value: 'some' }), h('option', { value: 'lesson', hidden: '' }));
  const narration = h('input', { id: 'export-narration', 'data-testid': 'export-narration', type: 'checkbox' });
  const from = num('export-from', { min: 0, step: 1 });
  const to = num('export-to', { min: 0, step: 1 });
  const resolution = select('export-resolution');
  for (const r of RESOLUTIONS) resolution.append(h('option', { value: `${r.width}x${r.height}` }, `${r.width}×${r.height}`));
  resolution.append(h('option', { value: 'window' }));
  const fps = select('export-fps');
  const sps = decimal('export-sps');
  const spt = decimal('export-spt');
  let shownLanguage = store.getState().language;
  const showSeconds = (input: HTMLInputElement, value: number) => {
    input.value = formatQuoted(store.getState().language, value);
  };
  const theme = select('export-theme');
  theme.append(...THEME_NAMES.map((t) => h('option', { value: t })));
  const formatSelect = select('export-format');
  const png = select('export-png');
  png.append(h('option', { value: 'current' }), h('option', { value: 'sequence' }));
  const summary = h('p', { class: 'export-summary', 'data-testid': 'export-summary' });
  const progress = h('progress', { 'data-testid': 'export-progress', max: 1, value: 0 });
  const status = h('p', { class: 'export-status', 'data-testid': 'export-status', role: 'status', 'aria-live': 'polite' });
  const start = h('button', { type: 'button', 'data-testid': 'export-start' });
  const cancel = h('button', { type: 'button', 'data-testid': 'export-cancel' });
  const title = h('h2', { id: 'export-title' });

  const f = {
    range: field('export-range', range),
    from: field('export-from', from),
    to: field('export-to', to),
    resolution: field('export-resolution', resolution),
    fps: field('export-fps', fps),
    sps: field('export-sps', sps),
    spt: field('export-spt', spt),
    theme: field('export-theme', theme),
    format: field('export-format', formatSelect),
    png: field('export-png', png),
    narration: field('export-narration', narration),
  };
  const dialog = h(
    'dialog',
    { class: 'export-dialog', 'data-testid': 'export-dialog', 'aria-labelledby': 'export-title' },
    title,
    ...Object.values(f).map((x) => x.row),
    summary,
    progress,
    status,
    h('div', { class: 'buttons' }, start, cancel),
  );
  document.body.append(dialog);

  let offers: FormatOffer[] = [];
  let running: AbortController | null = null;

  function size(): { width: number; height: number } {
    if (resolution.value === 'window') return windowSize();
    const [w, hgt] = resolution.value.split('x').map(Number);
    return { width: w!, height: hgt! };
  }

  function choice(): ExportChoice {
    const s = store.getState();
    const last = Math.max(0, (s.trace?.frames.length ?? 1) - 1);
    const all = range.value === 'all';
    const fmt = formatSelect.value as ExportFormat;
    const sequence = fmt === 'png' && png.value === 'sequence';
    const a = fmt === 'png' && !sequence ? s.frame : all ? 0 : Number(from.value);
    const b = fmt === 'png' && !sequence ? s.frame : all ? last : Number(to.value);
    const chosen = isThemeName(theme.value) ? theme.value : screenTheme();
    return {
      format: fmt,
      sequence,
      from: a,
      to: b,
      fps: Number(fps.value),
      secondsPerStep: parseNumber(sps.value),
      secondsPerTransition: parseNumber(spt.value),
      ...size(),
      theme: chosen,
    };
  }

  function fillFps(): void {
    const fmt = formatSelect.value as ExportFormat;
    const allowed = allowedFrameRates(fmt);
    const previous = Number(fps.value) || 30;
    fps.replaceChildren(...allowed.map((r) => h('option', { value: r }, String(r))));
    fps.value = String(
      allowed.includes(previous) ? previous : allowed.reduce((best, r) => (Math.abs(r - previous) < Math.abs(best - previous) ? r : best), allowed[0]!),
    );
  }

  function render(): void {
    const s = store.getState();
    const m = messages(s.language).recorder;
    if (s.language !== shownLanguage) {
      // The seconds follow the new language's decimal mark (a value being typed that does not parse stays as is).
      shownLanguage = s.language;
      for (const input of [sps, spt]) if (Number.isFinite(parseNumber(input.value))) showSeconds(input, parseNumber(input.value));
    }
    title.textContent = m.title;
    f.range.label.textContent = m.range;
    range.options[1]!.textContent = m.rangeSome;
    const slides = lesson?.slides() ?? null;
    range.options[0]!.textContent = slides === null ? m.rangeAll : m.rangeSlide;
    range.options[2]!.textContent = m.rangeLesson;
    range.options[2]!.hidden = slides === null;
    if (slides === null && range.value === 'lesson') range.value = 'all';
    const whole = range.value === 'lesson';
    f.narration.label.textContent = m.narration;
    f.narration.row.hidden = !whole;
    f.from.label.textContent = m.from;
    f.to.label.textContent = m.to;
    f.resolution.label.textContent = m.resolution;
    const win = windowSize();
    resolution.options[resolution.options.length - 1]!.textContent = format(m.windowSize, win);
    f.fps.label.textContent = m.fps;
    f.sps.label.textContent = m.secondsPerStep;
    f.spt.label.textContent = m.secondsPerTransition;
    f.theme.label.textContent = m.theme;
    labelThemeOptions(theme, s.language, screenTheme());
    f.format.label.textContent = m.format;
    labelFormatOptions(formatSelect, offers, s.language);
    f.png.label.textContent = m.pngWhich;
    png.options[0]!.textContent = m.pngCurrent;
    png.options[1]!.textContent = m.pngSequence;
    start.textContent = m.start;
    cancel.textContent = running ? m.cancel : m.close;
    const fmt = formatSelect.value as ExportFormat;
    const single = fmt === 'png' && png.value === 'current';
    f.png.row.hidden = fmt !== 'png';
    f.from.row.hidden = f.to.row.hidden = range.value !== 'some' || single;
    f.range.row.hidden = single;
    for (const el of [range, from, to, resolution, fps, sps, spt, theme, formatSelect, png, narration, start]) el.toggleAttribute('disabled', running !== null);
    try {
      if (whole) {
        if (fmt !== 'mp4' && fmt !== 'webm') throw new Error(m.lessonVideoOnly);
        summary.textContent = format(m.lessonSummary, { slides: slides ?? 0 });
        if (!running) start.removeAttribute('disabled');
        return;
      }
      const t = s.trace;
      if (!t) throw new Error('no trace');
      const c = choice();
      const sched = jobSchedule({ trace: t, ...c, language: s.language, cameraMoved: false, sequence: c.sequence === true });
      summary.textContent = plural(s.language, sched.frameCount, m.summary, { seconds: formatNumber(s.language, sched.duration, 2) });
      if (!running) start.removeAttribute('disabled');
    } catch (e) {
      summary.textContent = errorLine(e);
      start.setAttribute('disabled', '');
    }
  }

  for (const el of [range, from, to, resolution, sps, spt, png]) el.addEventListener('input', render);
  for (const el of [range, resolution, fps, png, theme]) el.addEventListener('change', render);
  formatSelect.addEventListener('change', () => {
    fillFps();
    render();
  });
  dialog.addEventListener('cancel', (event) => {
    // Escape while exporting cancels the export; the dialog stays until it has stopped.
    if (running) {
      event.preventDefault();
      running.abort();
    }
  });

  cancel.addEventListener('click', () => {
    if (running) running.abort();
    else dialog.close();
  });

  start.addEventListener('click', async () => {
    if (running) return;
    const m = () => messages(store.getState().language).recorder;
    const controller = new AbortController();
    running = controller;
    progress.value = 0;
    status.textContent = m().progressStart;
    render();
    try {
      const c = choice();
      const slides = lesson?.slides() ?? null;
      const lessonChoice = (): LessonRenderChoice => ({
        format: c.format === 'webm' ? 'webm' : 'mp4',
        width: c.width,
        height: c.height,
        fps: c.fps,
        fromSlide: 0,
        toSlide: (slides ?? 1) - 1,
        secondsPerSlide: 4,
        secondsPerStep: c.secondsPerStep,
        secondsPerTransition: c.secondsPerTransition,
        narration: narration.checked,
        language: store.getState().language,
        theme: c.theme ?? screenTheme(),
      });
      const outcome =
        lesson && slides !== null && range.value === 'lesson'
          ? await lesson.run(lessonChoice(), controller.signal, (frames, slide) => {
              progress.max = slides;
              progress.value = slide + 1;
              status.textContent = format(m().lessonProgress, { slide: slide + 1, slides, frames });
            })
          : await service.export(c, {
              signal: controller.signal,
              onProgress: (p) => {
                progress.max = p.total;
                progress.value = p.done;
                const left = p.secondsLeft === null ? '…' : `${formatNumber(store.getState().language, p.secondsLeft, 0)} s`;
                status.textContent = plural(store.getState().language, p.total, m().progress, { done: p.done, left });
              },
            });
      status.textContent = outcome ? format(m().done, { name: outcome.name }) : m().cancelled;
      dialog.dataset.outcome = outcome ? 'saved' : 'cancelled';
    } catch (e) {
      const cancelled = (e as Error | null)?.name === 'AbortError';
      status.textContent = cancelled ? m().cancelled : format(m().failed, { message: errorLine(e) });
      dialog.dataset.outcome = cancelled ? 'cancelled' : 'failed';
    } finally {
      running = null;
      render();
    }
  });

  store.subscribe((s) => s.language, render);

  return {
    element: dialog,
    async open() {
      if (dialog.open) return;
      const s = store.getState();
      const last = Math.max(0, (s.trace?.frames.length ?? 1) - 1);
      offers = await service.offers(size());
      const previous = formatSelect.value;
      formatSelect.replaceChildren(...offers.map((o) => h('option', { value: o.format })));
      formatSelect.value = offers.some((o) => o.format === previous) ? previous : offers[0]!.format;
      if (!fps.value) {
        fillFps();
        fps.value = '30';
      } else fillFps();
      if (!sps.value) showSeconds(sps, 1);
      if (!spt.value) showSeconds(spt, 0.3);
      from.max = to.max = String(last);
      if (!from.value || Number(from.value) > last) from.value = '0';
      if (!to.value || Number(to.value) > last) to.value = String(last);
      theme.value = screenTheme();
      delete dialog.dataset.outcome;
      status.textContent = '';
      progress.value = 0;
      render();
      dialog.showModal();
    },
  };
}
