/** English messages of the picture's theme (the header control and the export dialog's choice). */
export const themeEn = {
  /** The header control's accessible name. */
  label: 'Theme of the 3D view',
  dark: 'Dark (projector)',
  light: 'Light (slides, print)',
  /** The header menu's short option names (the header must stay one line at 1920×1080). */
  darkShort: 'Dark',
  lightShort: 'Light',
  /** The export dialog's option that follows the screen. */
  asScreen: '{theme}, as on screen',
};
