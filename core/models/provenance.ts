/**
 * Where a preset's numbers come from, one vocabulary for every module (README "Trained models", the on-screen
 * badge): `trained` (weights learned by train/, with their model card), `scripted` (values, parameters or weights
 * set by hand), `random-untrained` (seeded random weights, never trained), `distill-data` (numbers from the
 * Distill article, rounded).
 */

/** Every provenance, in the order the README lists them. */
export const PROVENANCES = ['trained', 'scripted', 'random-untrained', 'distill-data'] as const;

/** Where a preset's numbers come from (see {@link PROVENANCES}). */
export type Provenance = (typeof PROVENANCES)[number];
