/**
 * Full screen (README "Giving a lecture"): the simulation slide's title and caption (top) and the frame's equation
 * and sentence (bottom) are overlaid on the view, and every chapter's framing keeps those two bands clear
 * (scene/fit-board.ts), so the text never hides the model (the NTM's memory stays in view).
 */
import { reserveViewBands, type ViewBands } from '../scene/fit-board.ts';

/** The bands of `view` that `top` and `bottom` cover, as fractions of its height (0 where they do not reach it). */
export function coveredBands(view: DOMRect, top: DOMRect | null, bottom: DOMRect | null): ViewBands {
  if (view.height <= 0) return { top: 0, bottom: 0 };
  const clamp = (x: number) => Math.min(Math.max(x, 0), 1);
  return {
    top: top && top.height > 0 ? clamp((top.bottom - view.top) / view.height) : 0,
    bottom: bottom && bottom.height > 0 ? clamp((view.bottom - bottom.top) / view.height) : 0,
  };
}

/** What the reserve watches. */
export interface OverlayReserveParts {
  readonly view: HTMLElement;
  /** The caption overlaid at the top, and the narration at the bottom (while `active()`). */
  readonly top: HTMLElement;
  readonly bottom: HTMLElement;
  /** True in full screen on a simulation slide. */
  readonly active: () => boolean;
  /** Frames the view again (the store's camera reset). */
  readonly reframe: () => void;
}

/**
 * Keeps the framing's reserved bands equal to what the overlays cover; re-frames when they change by more than
 * 1% of the view's height (so a caption one line longer moves the board, a pixel of layout jitter does not).
 * Returns `update`, to call when `active()` may have changed.
 */
export function followOverlays(parts: OverlayReserveParts): () => void {
  let current: ViewBands = { top: 0, bottom: 0 };
  const update = () => {
    const next = parts.active()
      ? coveredBands(parts.view.getBoundingClientRect(), parts.top.getBoundingClientRect(), parts.bottom.getBoundingClientRect())
      : { top: 0, bottom: 0 };
    if (Math.abs(next.top - current.top) < 0.01 && Math.abs(next.bottom - current.bottom) < 0.01) return;
    current = next;
    reserveViewBands(next);
    parts.reframe();
  };
  const observer = new ResizeObserver(update);
  for (const el of [parts.view, parts.top, parts.bottom]) observer.observe(el);
  return update;
}
