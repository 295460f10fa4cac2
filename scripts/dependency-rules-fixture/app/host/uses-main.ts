/** Forbidden (host-not-to-main), type-only: types count too. */
import type { menu } from '../main/menu.ts';

export type Menu = typeof menu;
