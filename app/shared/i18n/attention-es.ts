/**
 * Spanish messages of the attention chapter ("Interfaces con atención" in the lecture). Typed against the
 * English dictionary: a missing or extra key fails to compile.
 */
import type { Widen } from './messages-en.ts';
import type { attentionEn } from './attention-en.ts';

/** The shape of the chapter's messages (the keys of the English dictionary, each a string). */
export type AttentionMessages = Widen<typeof attentionEn>;

/** Spanish messages of the attention chapter. */
export const attentionEs: AttentionMessages = {
  title: 'Interfaces con atención',
  stages: { query: 'consulta del decodificador', scores: 'puntuaciones', weights: 'pesos de atención', context: 'vector de contexto' },
  scores: { dot: 'producto escalar', general: 'general (bilineal)', additive: 'aditiva (Bahdanau)' },
  params: {
    score: 'Función de puntuación',
    seed: 'Semilla de los embeddings',
    noise: 'Ruido de la consulta σ',
    dimension: 'Anchura del embedding D',
    training: 'Punto de control del entrenamiento (0 = inicio)',
    phrase: 'Frase en español a traducir',
  },
  phrase: {
    notText: 'no es texto',
    wordCount: 'hay {n} palabras',
    unknownWord: 'la palabra {n}, "{word}", no está en el vocabulario',
    allowed: 'de 1 a {max} palabras del vocabulario: {words}',
  },
  problems: {
    trainedOnly: 'solo lo tiene el escenario entrenado',
    trainedAllowed: 'el escenario «Reordenación, entrenada»',
    computeOnly: 'solo la escena «calcúlalo» calcula sus pesos',
    computeAllowed: 'un parámetro de la escena de cálculo (las escenas de datos muestran pesos dados)',
  },
  labels: {
    source: 'entrada',
    target: 'salida',
    encoder: 'estados del codificador h',
    decoder: 'estados del decodificador s',
    audio: 'fragmentos de audio',
    characters: 'caracteres',
    matrix: 'alineamiento α (una fila por paso de salida)',
    query: 'q',
    context: 'c',
    score: 'puntuación: {name}',
    credit: 'Datos: Olah y Carter, Distill 2016 (CC-BY 4.0)',
    weightSum: 'Σα = {sum}',
    sumNote: 'los datos de Distill están redondeados y sin normalizar',
  },
  captions: {
    weights: 'Para escribir «{token}» el decodificador mira sobre todo a «{top}» (α = {weight}).',
    weightsSpeech: 'El carácter «{token}» atiende a los fragmentos de audio {from}–{to} (el mayor, el {top}, α = {weight}).',
    weightsSpeechOne: 'El carácter «{token}» atiende al fragmento de audio {top} (α = {weight}).',
    query: 'Paso {t}: el estado del decodificador $q_{{t}}$ pregunta qué entrada importa para la siguiente palabra.',
    scores: 'Cada estado del codificador $h_j$ recibe una puntuación $e_j$ con la puntuación {name}; la mayor es «{top}» ({value}).',
    context: 'El contexto $c_{{t}} = \\sum_j \\alpha_j h_j$ es sobre todo «{top}»: el decodificador escribe «{token}».',
  },
  credit:
    'Datos: Chris Olah y Shan Carter, «Attention and Augmented Recurrent Neural Networks», Distill 2016 (CC-BY 4.0); a partir de Bahdanau, Cho y Bengio 2014 y Chan et al. 2015.',
};
