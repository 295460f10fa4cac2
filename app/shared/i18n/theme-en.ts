/** English messages of the picture's theme (the header control and the export dialog's choice). */
export const themeEn = {
  /** The header control's accessible name. */
  label: 'Theme of the 3D view',
  dark: 'Dark (projector)',
  light: 'Light (slides, print)',
  /** The export dialog's option that follows the screen. */
  asScreen: '{theme}, as on screen',
};
