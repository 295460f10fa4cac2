/**
 * What `atenea render <lesson>` asks the page for (README "Giving a lecture"): shared by the command
 * (app/cli/commands/render-lesson.ts) and the recorder (app/renderer/recorder/lesson-render.ts).
 */

/** What the whole-lesson render is asked for. */
export interface LessonRenderChoice {
  readonly format: 'mp4' | 'webm';
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  /** The slides, 0-based and inclusive. */
  readonly fromSlide: number;
  readonly toSlide: number;
  readonly secondsPerSlide: number;
  readonly secondsPerStep: number;
  readonly secondsPerTransition: number;
  readonly narration: boolean;
  readonly language: 'es' | 'en';
  readonly theme: 'dark' | 'light';
}
