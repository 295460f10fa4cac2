/**
 * English messages of the Adaptive Computation Time chapter (Graves 2016; the lecture's "Tiempo de computación
 * adaptativo"): the reference shape of the Spanish dictionary (act-es.ts), which must have exactly these keys.
 * Symbols (hⁿ, pⁿ, R, ρ, ε) stay outside the words where they are the same in both languages; numbers are
 * formatted with `Intl.NumberFormat` and put in with `format`.
 */
export const actEn = {
  /** The dictionary's own language (lets a chapter pick the core's `{ en, es }` preset names). */
  language: 'en',
  title: 'Adaptive Computation Time',
  stages: { ponder: 'ponder step', combine: 'weighted combination' },
  params: {
    halting: 'Halting values h¹ h² … (hand-set presets)',
    epsilon: 'Margin ε (halts once Σh ≥ 1 − ε)',
    maxSteps: 'Most ponder steps (maxSteps)',
    seed: 'Seed (cell presets)',
    training: 'Training checkpoint (0 = start)',
    inputs: 'Parity inputs (entries −1 0 1, inputs separated by ;)',
  },
  parityVector: {
    notText: 'not text',
    rowCount: 'got {n} inputs',
    allowed: '1 to {max} inputs of {bits} entries −1, 0 or 1, inputs separated by ";"',
    badRow: 'input {row}: got "{text}"',
    rowAllowed: '{bits} entries −1, 0 or 1 separated by spaces',
  },
  problems: {
    givenOnly: 'applies to the hand-set presets only',
    givenAllowed: 'a preset with hand-set halting values (One step, Halting at the first step, Hitting maxSteps)',
    cellOnly: 'applies to the presets with a cell only',
    cellAllowed: 'a preset with a cell (Count entries, Seeded cell, Parity, trained)',
    trainedOnly: 'applies to the trained preset only',
    trainedAllowed: 'the preset Parity, trained',
  },
  labels: {
    budget: 'budget of 1',
    left: '1 − Σh = {value}',
    spent: 'Σh = {value}',
    threshold: '1 − ε = {value}',
    halting: 'h{n} = {value}',
    weight: 'p{n} = {value}',
    remainder: 'R = {value}',
    remainderOf: 'R = 1 − {spent} = {value}',
    overshoot: 'overshoot {value}',
    halts: 'HALT: N = {n}',
    capped: 'cut at maxSteps = {n}',
    ponderStep: 'ponder step {n}',
    states: 'states sⁿ',
    haltingBars: 'halting hⁿ',
    weights: 'weights pⁿ',
    output: 's{t} = Σ pⁿ sⁿ',
    outputY: 'y{t} = Σ pⁿ yⁿ',
    input: 'x{t}',
    nonZero: '{k} non-zero',
    steps: 'N = {n}',
    cost: 'ρ = N + R = {n} + {r} = {value}',
    plotTitle: 'ponder steps N per input',
    time: 'input steps →',
  },
  captions: {
    ponder: 'Ponder step {n}: the cell updates its state and its sigmoid unit gives h = {h}; the budget of 1 drops to {left}.',
    ponderGiven: 'Ponder step {n}: the halting value is given by hand, h = {h} (no cell computes it); the budget of 1 drops to {left}.',
    givenTex: 'given by hand',
    ponderFirst: 'Ponder step 1 on input {t}: the cell reads the input (with the first-step flag) and gives h = {h}; the budget of 1 drops to {left}.',
    halt: 'Σh = {sum} reaches 1 − ε = {threshold}: the input step halts here, after N = {n} ponder steps. Its weight is the remainder R = {r}, not h = {h}.',
    haltFirst: 'h¹ = {h} already reaches 1 − ε = {threshold}: a single ponder step, whose weight is the whole budget R = 1.',
    capped: 'Σh = {sum} is still short of 1 − ε = {threshold}, but maxSteps = {n} is reached: the step is cut here and the remainder R = {r} goes to it.',
    combine: 'The state for input {t} is the mean of the {n} ponder states weighted by p (they sum to 1); the ponder cost is ρ = N + R = {cost}.',
  },
} as const;
