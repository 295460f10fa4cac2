import type { themeEn } from './theme-en.ts';
import type { Widen } from './messages-en.ts';

/** Spanish messages of the picture's theme; typed from the English ones, so a missing key fails to compile. */
export const themeEs: Widen<typeof themeEn> = {
  label: 'Tema de la vista 3D',
  dark: 'Oscuro (proyector)',
  light: 'Claro (diapositivas, impresión)',
  darkShort: 'Oscuro',
  lightShort: 'Claro',
  asScreen: '{theme}, como en pantalla',
};
