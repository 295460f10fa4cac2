/**
 * The lecture's position (lesson, slide, frame) kept in localStorage between launches, so the start screen can
 * offer "Continue where I left off".
 */
import type { Position } from './navigation.ts';

const KEY = 'atenea.lesson.position';

/** A remembered position. */
export interface SavedPosition extends Position {
  readonly lesson: string;
}

/** Storage as far as this module needs it (localStorage, or a test double). */
export type PositionStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Saves the position (storage may be unavailable: then nothing is kept). */
export function savePosition(storage: PositionStorage | null, position: SavedPosition): void {
  try {
    storage?.setItem(KEY, JSON.stringify(position));
  } catch {
    /* storage full or refused */
  }
}

/** The remembered position, or null when there is none or it is not one. */
export function loadPosition(storage: PositionStorage | null): SavedPosition | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { lesson, slide, frame } = raw as Record<string, unknown>;
    if (typeof lesson !== 'string' || !Number.isInteger(slide) || !Number.isInteger(frame) || (slide as number) < 0 || (frame as number) < 0) return null;
    return { lesson, slide: slide as number, frame: frame as number };
  } catch {
    return null;
  }
}
