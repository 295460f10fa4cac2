/**
 * Driving a lesson (README "Giving a lecture"), as a pure state machine: a key becomes an action
 * ({@link actionForKey}) and an action a new state ({@link reduce}); the DOM only shows the state. Inside a
 * simulation slide "next" steps one frame and, past its last frame, goes to the next slide; "previous" goes back
 * across slides landing on the previous simulation's last frame.
 */

/** Where the lecture is: a slide and, on a simulation slide, the trace's frame. */
export interface Position {
  readonly slide: number;
  readonly frame: number;
}

/** The whole navigation state. */
export interface NavState {
  readonly position: Position;
  /** The screen blanked to black (B or .); any key brings it back. */
  readonly blank: boolean;
  /** The overview of thumbnails (G or the slide counter). */
  readonly overview: boolean;
  /** The key list (?). */
  readonly help: boolean;
  /** The laser pointer (L). */
  readonly laser: boolean;
  /** Digits typed so far for a jump ("12" then Enter goes to slide 12). */
  readonly digits: string;
}

/** What navigation needs to know about the lesson: its length, and the frames of the current slide. */
export interface NavContext {
  readonly slides: number;
  /** The frames of `slide` (first and last, inclusive) when it is a simulation with its trace known, else null. */
  span(slide: number): { readonly first: number; readonly last: number } | null;
}

/** One thing a lecturer can do. */
export type NavAction =
  | { readonly type: 'next' | 'prev' | 'first' | 'last' | 'enter' | 'blank' | 'overview' | 'help' | 'laser' | 'dismiss' }
  | { readonly type: 'digit'; readonly digit: string }
  | { readonly type: 'goto'; readonly slide: number };

/** Side effects the DOM carries out (not navigation state): full screen, the side panel, play/pause, the presenter window. */
export type NavEffect = 'fullscreen' | 'panel' | 'play' | 'presenter';

/** The first frame a slide is entered on when going forward, and the one when coming back (clamped later). */
export const ENTER_FIRST = 0;
export const ENTER_LAST = Number.MAX_SAFE_INTEGER;

/** The state a lesson starts in (or resumes at `position`). */
export function initialNav(position: Position = { slide: 0, frame: ENTER_FIRST }): NavState {
  return { position, blank: false, overview: false, help: false, laser: false, digits: '' };
}

/** `frame` brought inside `span` (unchanged on a slide without frames). */
export function clampFrame(frame: number, span: { first: number; last: number } | null): number {
  return span ? Math.min(Math.max(frame, span.first), span.last) : 0;
}

function go(state: NavState, slide: number, frame: number, ctx: NavContext): NavState {
  const s = Math.min(Math.max(slide, 0), ctx.slides - 1);
  const span = ctx.span(s);
  // A simulation whose trace is not known yet keeps ENTER_FIRST/ENTER_LAST until {@link settleFrame}.
  return { ...state, position: { slide: s, frame: span ? clampFrame(frame, span) : frame }, digits: '', overview: false };
}

/** The state with its frame brought inside the current slide's span (once the slide's trace is known). */
export function settleFrame(state: NavState, ctx: NavContext): NavState {
  const { slide, frame } = state.position;
  const span = ctx.span(slide);
  const settled = span ? clampFrame(frame, span) : 0;
  return settled === frame ? state : { ...state, position: { slide, frame: settled } };
}

/** Applies one action. */
export function reduce(state: NavState, action: NavAction, ctx: NavContext): NavState {
  const { slide, frame } = state.position;
  const span = ctx.span(slide);
  switch (action.type) {
    case 'next':
      if (span && frame < span.last) return { ...state, position: { slide, frame: frame + 1 }, digits: '' };
      return slide + 1 < ctx.slides ? go(state, slide + 1, ENTER_FIRST, ctx) : { ...state, digits: '' };
    case 'prev':
      if (span && frame > span.first) return { ...state, position: { slide, frame: frame - 1 }, digits: '' };
      return slide > 0 ? go(state, slide - 1, ENTER_LAST, ctx) : { ...state, digits: '' };
    case 'first':
      return go(state, 0, ENTER_FIRST, ctx);
    case 'last':
      return go(state, ctx.slides - 1, ENTER_FIRST, ctx);
    case 'goto':
      return go(state, action.slide, ENTER_FIRST, ctx);
    case 'digit':
      return { ...state, digits: (state.digits + action.digit).slice(-4) };
    case 'enter': {
      const n = Number(state.digits);
      if (!state.digits || n < 1 || n > ctx.slides) return { ...state, digits: '' };
      return go(state, n - 1, ENTER_FIRST, ctx);
    }
    case 'blank':
      return { ...state, blank: !state.blank, digits: '' };
    case 'overview':
      return { ...state, overview: !state.overview, help: false, digits: '' };
    case 'help':
      return { ...state, help: !state.help, overview: false, digits: '' };
    case 'laser':
      return { ...state, laser: !state.laser };
    case 'dismiss':
      return { ...state, blank: false, overview: false, help: false, digits: '' };
  }
}

/** What a key does: an action, an effect, or nothing (null: not ours). `playing` decides what Space means. */
export function actionForKey(key: string, state: NavState, playing: boolean): NavAction | NavEffect | null {
  if (state.blank) return { type: 'dismiss' }; // any key brings the screen back
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return playing ? 'play' : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return state.digits ? { type: 'enter' } : null;
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'g':
    case 'G':
      return { type: 'overview' };
    case '?':
      return { type: 'help' };
    case 'l':
    case 'L':
      return { type: 'laser' };
    case 'Escape':
      return state.overview || state.help ? { type: 'dismiss' } : null;
    case 'f':
    case 'F':
    case 'F5':
      return 'fullscreen';
    case 'p':
    case 'P':
      return 'panel';
    case 's':
    case 'S':
      return 'presenter';
    default:
      return null;
  }
}

/** Every key the lesson answers, for the ? overlay (the labels are in i18n `lesson.keys`). */
export const KEY_LIST = [
  'next',
  'prev',
  'space',
  'firstLast',
  'jump',
  'blank',
  'overview',
  'laser',
  'fullscreen',
  'panel',
  'presenter',
  'play',
  'camera',
  'help',
] as const;
