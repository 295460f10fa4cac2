/** Forbidden (main-not-to-renderer). */
import { page } from '../renderer/page.ts';

export const shown = page;
