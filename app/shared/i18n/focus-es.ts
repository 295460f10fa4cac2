/**
 * Spanish messages of the focus chapter (the lecture's "Definición"). Typed against the English dictionary: a
 * missing or extra key fails to compile.
 */
import type { Widen } from './messages-en.ts';
import type { focusEn } from './focus-en.ts';

/** The shape of the chapter's messages (the keys of the English dictionary, each a string). */
export type FocusMessages = Widen<typeof focusEn>;

/** Spanish messages of the focus chapter. */
export const focusEs: FocusMessages = {
  title: 'Definición: atención como máscara',
  stages: { object: 'objeto x', mask: 'máscara de atención m', product: 'producto x ⊙ m' },
  params: {
    center: 'Centro del foco (x y, 0…1)',
    radius: 'Radio del foco',
    softness: 'Suavidad del foco',
    brush: 'Radio del pincel (Mayús+arrastrar pinta, Alt+arrastrar borra)',
    attention: 'Atención a, un peso por palabra',
    values: 'Valores de las palabras x',
  },
  problems: {
    imageOnly: 'solo lo tienen las escenas de imagen',
    imageAllowed: 'un parámetro de las escenas de imagen (luna)',
    textOnly: 'solo lo tienen las escenas de texto',
    textAllowed: 'un parámetro de las escenas de texto (frase)',
  },
  labels: {
    object: 'imagen x',
    mask: 'máscara m',
    product: 'x ⊙ m',
    painted: 'máscara m (pintada)',
    words: 'palabras x',
    vector: 'atención a',
    emphasis: 'x ⊙ a',
    hint: 'arrastra el foco para moverlo · arrastra su borde para cambiar el radio · Mayús+arrastrar pinta · Alt+arrastrar borra',
    spot: 'centro ({x}; {y}) · radio {radius}',
  },
  /** The sentence preset's words, word for word (the same weights fall on the same words). */
  sentence: ['Para', 'fijar', 'la', 'atención', 'sobre', 'la', 'luna'],
  captions: {
    imageObject: 'El objeto: un cielo nocturno con la luna, {width} × {height} píxeles con valores en [0, 1].',
    imageMask: 'La máscara de atención tiene la misma forma que la imagen: alta sobre la luna y casi nula en el resto ({mean} de media por píxel).',
    imageMaskOff:
      'La máscara de atención tiene la misma forma que la imagen: aquí está fuera de la luna, que recibe pesos casi nulos ({mean} de media por píxel).',
    imageProduct: 'La atención se aplica píxel a píxel: x ⊙ m conserva la luna y apaga el resto.',
    imageProductOff: 'La atención se aplica píxel a píxel: con la máscara fuera de la luna, x ⊙ m apaga la luna y conserva solo el cielo bajo la máscara.',
    textObject: 'El objeto: una frase de {count} palabras.',
    textMask: 'Para texto la atención es un vector lineal: un peso por palabra (el mayor sobre «{top}», {weight}).',
    textProduct: 'Cada palabra se multiplica por su peso: «{top}» destaca y las demás se apagan.',
  },
};
