/**
 * The message catalogue: typed dictionaries (English is the reference shape, Spanish must match it) and
 * formatting through `Intl` (Spanish writes 0,25).
 */
import { en, type Messages } from './messages-en.ts';
import { es } from './messages-es.ts';

export type { Messages } from './messages-en.ts';

/** The languages of the UI. */
export const LANGUAGES = ['es', 'en'] as const;
/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

const catalogue: Record<Language, Messages> = { en, es };

/** The dictionary of a language. */
export function messages(language: Language): Messages {
  return catalogue[language];
}

/** Replaces `{name}` placeholders in a message with values (missing ones stay visible as `{name}`). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number in a language with a fixed number of decimals, e.g. `formatNumber('es', 0.25, 2)` is "0,25". */
export function formatNumber(language: Language, value: number, decimals = 2): string {
  const id = `${language}:${decimals}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    formatters.set(id, f);
  }
  // Avoid "-0,00": a value that rounds to zero is shown without a sign.
  const rounded = Number(value.toFixed(decimals));
  return f.format(Object.is(rounded, -0) || rounded === 0 ? 0 : value);
}

/** Parses a number typed in either convention ("0,25" or "0.25"); NaN when it is not a number. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number.NaN;
  return Number(t);
}

/** Parses a list of numbers separated by spaces or semicolons (commas are decimal separators in Spanish). */
export function parseNumberList(text: string): number[] {
  const parts = text
    .trim()
    .split(/[\s;]+/)
    .filter((p) => p !== '');
  return parts.map(parseNumber);
}

/** The language a browser prefers among ours (Spanish for `es-*`, otherwise English). */
export function preferredLanguage(navigatorLanguages: readonly string[]): Language {
  for (const l of navigatorLanguages) {
    if (l.toLowerCase().startsWith('es')) return 'es';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'es';
}

/** A message with one form per plural category that matters to us (Spanish and English: one, other). */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * The form of a message for a count, chosen by the language's plural rules (`Intl.PluralRules`), with `{count}`
 * and the other placeholders filled: `plural('es', 1, { one: '{count} fotograma', other: '{count} fotogramas' })`
 * is "1 fotograma". Every count the UI shows goes through here.
 */
export function plural(language: Language, count: number, forms: PluralForms, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = rules.select(count) === 'one' ? forms.one : forms.other;
  return format(form, { count, ...values });
}

const quotedFormatters = new Map<Language, Intl.NumberFormat>();

/**
 * A number as a message quotes it, in the language's convention: integers exactly, others with at most 6
 * significant digits (0.6000000000000001 is "0.6", Spanish "0,6"); never "NaN" (said in words).
 */
export function formatQuoted(language: Language, value: number): string {
  if (Number.isNaN(value)) return language === 'es' ? 'algo que no es un número' : 'a value that is not a number';
  if (!Number.isFinite(value)) return `${value < 0 ? '−' : ''}∞`;
  let f = quotedFormatters.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { maximumSignificantDigits: 6, useGrouping: false });
    quotedFormatters.set(language, f);
  }
  return Number.isInteger(value) ? String(value) : f.format(value);
}

/**
 * Sentence case for a label shown on its own (a title): the first letter upper-case, the rest as the dictionary
 * writes it ("pesos de atención" → "Pesos de atención", never "Pesos De Atención").
 */
export function sentenceCase(text: string, language: Language): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(language) + text.slice(head.length);
}
