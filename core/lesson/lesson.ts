/**
 * The lesson format: a lecture as data, a list of slides a clicker walks through (README "Giving a lecture").
 * DOM-free, so the app, the command line and the tests read the same lessons. Every text is either one string
 * or a `{ es, en }` pair; {@link localize} picks the UI language's.
 */
import type { ModuleId } from '../trace/trace.ts';

/** The languages a lesson's texts come in. */
export type LessonLanguage = 'es' | 'en';

/** A text: the same in every language, or one per language. */
export type LocalText = string | { readonly es: string; readonly en: string };

/** What every slide may carry. */
interface SlideCommon {
  /** The slide's heading (shown, and named in the overview and `state().lesson.title`). */
  readonly title: LocalText;
  /** Speaker notes (never shown to the audience). */
  readonly notes?: LocalText;
}

/** The opening slide: title, subtitle, author line. */
export interface TitleSlide extends SlideCommon {
  readonly kind: 'title';
  readonly subtitle?: LocalText;
  readonly author?: LocalText;
}

/** The lecture's "Temas" list with the current item highlighted. */
export interface AgendaSlide extends SlideCommon {
  readonly kind: 'agenda';
  readonly items: readonly LocalText[];
  /** Index of the highlighted item (absent: none). */
  readonly current?: number;
}

/** A bullet, optionally with sub-bullets. */
export type Bullet = LocalText | { readonly text: LocalText; readonly sub: readonly LocalText[] };

/** A quote with its attribution and where it comes from (text only: nothing remote loads). */
export interface Quote {
  readonly text: LocalText;
  readonly attribution?: LocalText;
  readonly source?: string;
}

/** A text slide: bullets, an optional quote, KaTeX equations, an image, references. */
export interface TextSlide extends SlideCommon {
  readonly kind: 'text';
  readonly bullets?: readonly Bullet[];
  readonly quote?: Quote;
  /** KaTeX sources, each shown in display mode (per language where they hold words, e.g. `\\text{Lectura:}`). */
  readonly equations?: readonly LocalText[];
  /** An image from the lesson's own folder or the app's bundled images (a relative path). */
  readonly image?: string;
  /** Bibliography entries or links given as text (never followed). */
  readonly references?: readonly LocalText[];
}

/** A camera pose in world space. */
export interface LessonCamera {
  readonly position: readonly [number, number, number];
  readonly target: readonly [number, number, number];
}

/** A parameter override: what the parameters panel would accept. */
export type OverrideValue = number | string | readonly number[];

/** A slide that shows one module's simulation, stepped frame by frame. */
export interface SimulationSlide extends SlideCommon {
  readonly kind: 'simulation';
  readonly module: ModuleId;
  readonly preset: string;
  /** The frames shown, inclusive (absent: all of them; `to` past the end means the last). */
  readonly frames?: { readonly from: number; readonly to?: number };
  /** Parameters changed from the preset's (applied in order, as the panel would). */
  readonly overrides?: Readonly<Record<string, OverrideValue>>;
  readonly camera?: LessonCamera;
  /** A line shown under the simulation (the lecture's figure caption). */
  readonly caption?: LocalText;
}

/** One slide. */
export type Slide = TitleSlide | AgendaSlide | TextSlide | SimulationSlide;

/** The kinds of slide. */
export type SlideKind = Slide['kind'];

/** A whole lesson. */
export interface Lesson {
  readonly kind: 'lesson';
  /** A short id (letters, digits, dashes): remembered positions are keyed by it. */
  readonly id: string;
  readonly title: LocalText;
  readonly slides: readonly Slide[];
}

/** The text in `language` (a plain string is the same in both). */
export function localize(text: LocalText, language: LessonLanguage): string {
  return typeof text === 'string' ? text : text[language];
}
