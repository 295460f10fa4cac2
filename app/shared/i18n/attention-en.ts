/**
 * English messages of the attention chapter (attentional interfaces: Bahdanau, Cho & Bengio 2014; Luong, Pham
 * & Manning 2015; the lecture's "Interfaces con atención"): the reference shape of {@link AttentionMessages}; the
 * Spanish dictionary must have exactly these keys. Symbols (α, e, q, h, c) stay outside the strings.
 */
export const attentionEn = {
  title: 'Attentional interfaces',
  stages: { query: 'decoder query', scores: 'scores', weights: 'attention weights', context: 'context vector' },
  scores: { dot: 'dot product', general: 'general (bilinear)', additive: 'additive (Bahdanau)' },
  params: {
    score: 'Score function',
    seed: 'Seed of the embeddings',
    noise: 'Query noise σ',
    dimension: 'Embedding width D',
    training: 'Training checkpoint (0 = start)',
    phrase: 'Spanish phrase to translate',
  },
  phrase: {
    notText: 'not text',
    wordCount: 'got {n} words',
    unknownWord: 'word {n}, "{word}", is not in the vocabulary',
    allowed: '1 to {max} words of the vocabulary: {words}',
  },
  problems: {
    trainedOnly: 'only the trained preset has it',
    trainedAllowed: 'the preset “Reordering, trained”',
    computeOnly: 'only the “compute it” preset computes its weights',
    computeAllowed: 'a parameter of the compute preset (the data presets show given weights)',
  },
  labels: {
    source: 'input',
    target: 'output',
    encoder: 'encoder states h',
    decoder: 'decoder states s',
    audio: 'audio frames',
    characters: 'characters',
    matrix: 'alignment α (one row per output step)',
    query: 'q',
    context: 'c',
    score: 'score: {name}',
    credit: 'Data: Olah & Carter, Distill 2016 (CC-BY 4.0)',
    weightSum: 'Σα = {sum}',
    sumNote: 'Distill’s data are rounded and not normalised',
  },
  captions: {
    weights: 'To write “{token}” the decoder looks mostly at “{top}” (α = {weight}).',
    weightsSpeech: 'The character “{token}” attends to audio frames {from}–{to} (strongest at frame {top}, α = {weight}).',
    weightsSpeechOne: 'The character “{token}” attends to audio frame {top} (α = {weight}).',
    query: 'Step {t}: the decoder state $q_{{t}}$ asks which input matters for the next word.',
    scores: 'Each encoder state $h_j$ gets a score $e_j$ with the {name} score; the highest is “{top}” ({value}).',
    context: 'The context $c_{{t}} = \\sum_j \\alpha_j h_j$ is mostly “{top}”: the decoder writes “{token}”.',
  },
  credit:
    'Data: Chris Olah & Shan Carter, “Attention and Augmented Recurrent Neural Networks”, Distill 2016 (CC-BY 4.0); after Bahdanau, Cho & Bengio 2014 and Chan et al. 2015.',
} as const;
