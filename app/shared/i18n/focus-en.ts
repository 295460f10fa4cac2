/**
 * English messages of the focus chapter (the lecture's "Definición": attention as a mask applied by the
 * pointwise product ⊙, after Olah & Carter 2016): the reference shape of {@link FocusMessages}; the Spanish
 * dictionary must have exactly these keys. Symbols (x, m, ⊙) stay outside the strings where they are the same.
 */
export const focusEn = {
  title: 'Attention as a mask',
  stages: { object: 'object x', mask: 'attention mask m', product: 'product x ⊙ m' },
  params: {
    center: 'Spot centre (x y, 0…1)',
    radius: 'Spot radius',
    softness: 'Spot softness',
    brush: 'Brush radius (Shift+drag paints, Alt+drag erases)',
    attention: 'Attention a, one weight per word',
    values: 'Word values x',
  },
  problems: {
    imageOnly: 'only the image presets have it',
    imageAllowed: 'a parameter of the image presets (moon)',
    textOnly: 'only the text presets have it',
    textAllowed: 'a parameter of the text presets (sentence)',
  },
  labels: {
    object: 'image x',
    mask: 'mask m',
    product: 'x ⊙ m',
    painted: 'mask m (painted)',
    words: 'words x',
    vector: 'attention a',
    emphasis: 'x ⊙ a',
    hint: 'drag the spot to move it · drag its rim to resize · Shift+drag paints · Alt+drag erases',
    spot: 'centre ({x}, {y}) · radius {radius}',
  },
  /** The sentence preset's words, word for word (the same weights fall on the same words). */
  sentence: ['To', 'fix', 'the', 'attention', 'on', 'the', 'moon'],
  captions: {
    imageObject: 'The object: a night sky with the moon, {width} × {height} pixels with values in [0, 1].',
    imageMask: 'The attention mask has the same shape as the image: high on the moon, near zero elsewhere ({mean} of the pixels on average).',
    imageMaskOff:
      'The attention mask has the same shape as the image: here it is off the moon, so the moon gets weights near zero ({mean} of the pixels on average).',
    imageProduct: 'Attention is applied pixel by pixel: x ⊙ m keeps the moon and switches the rest off.',
    imageProductOff: 'Attention is applied pixel by pixel: with the mask off the moon, x ⊙ m dims the moon and keeps only the sky under the mask.',
    textObject: 'The object: a sentence of {count} words.',
    textMask: 'For a text the attention is a linear vector: one weight per word (largest on “{top}”, {weight}).',
    textProduct: 'Each word is multiplied by its weight: “{top}” stands out, the rest fade.',
  },
} as const;
