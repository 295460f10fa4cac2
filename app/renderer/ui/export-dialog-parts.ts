/**
 * Parts of the export dialog: its controls (each with a test id), the option labels that depend on more than the
 * dictionary (the theme menu names the screen's theme, the video formats the codec this machine encodes them with),
 * and the one-line form of an error.
 */
import { format, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { ExportFormat } from '../recorder/formats.ts';
import type { FormatOffer } from '../recorder/recorder-service.ts';
import type { ThemeName } from '../scene/theme.ts';
import { h } from './dom.ts';

/** A labelled row of the dialog for `control` (the label names it by `id`). */
export function field(id: string, control: HTMLElement): { label: HTMLLabelElement; row: HTMLDivElement } {
  const label = h('label', { for: id, class: 'field-label' });
  return { label, row: h('div', { class: 'export-row' }, label, control) };
}

/** A number input. */
export const num = (id: string, attrs: Record<string, string | number>) => h('input', { id, 'data-testid': id, type: 'number', ...attrs });
/** A menu. */
export const select = (id: string) => h('select', { id, 'data-testid': id });
/** Seconds are decimals: a text input that shows the language's decimal mark (0,3) and takes either (0,3 or 0.3). */
export const decimal = (id: string) => h('input', { id, 'data-testid': id, type: 'text', inputmode: 'decimal', autocomplete: 'off' });

/** The codecs' names as a lecturer knows them. */
const CODEC_NAMES: Record<string, string> = { avc: 'H.264', vp9: 'VP9', av1: 'AV1' };

/** One-line message of an error (Electron prefixes IPC errors with "Error invoking remote method …: Error: "). */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*': (Error: )?/, '').split('\n')[0]!;
}

/** Names each theme option in `language`, marking the one on screen ("Dark (as on screen)"). */
export function labelThemeOptions(select: HTMLSelectElement, language: Language, screenTheme: ThemeName): void {
  const tm = messages(language).theme;
  for (const o of select.options) {
    const name = o.value === 'light' ? tm.light : tm.dark;
    o.textContent = o.value === screenTheme ? format(tm.asScreen, { theme: name }) : name;
  }
}

/** Names each format option in `language`, with the codec of the matching offer ("MP4 (H.264)"). */
export function labelFormatOptions(select: HTMLSelectElement, offers: readonly FormatOffer[], language: Language): void {
  const m = messages(language).recorder;
  for (const o of select.options) {
    const codec = CODEC_NAMES[offers.find((x) => x.format === o.value)?.codec ?? ''] ?? '';
    const names: Record<ExportFormat, string> = {
      mp4: format(m.formatMp4, { codec }),
      webm: format(m.formatWebm, { codec }),
      gif: m.formatGif,
      png: m.formatPng,
    };
    o.textContent = names[o.value as ExportFormat];
  }
}
