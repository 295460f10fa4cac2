/** The view slice: UI language and camera requests (never three.js objects). */
import type { Language } from '../../shared/i18n/i18n.ts';

/** State of the view slice. */
export interface ViewSlice {
  readonly language: Language;
  /** Incremented to ask the scene to reset the camera to the stage's default framing. */
  readonly cameraReset: number;
  /** True while the user has orbited away from the default framing. */
  readonly cameraMoved: boolean;
}

/** Spanish first: the lecture's language. */
export const initialView: ViewSlice = { language: 'es', cameraReset: 0, cameraMoved: false };
