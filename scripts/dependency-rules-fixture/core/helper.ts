/** Allowed: core importing core. */
export const helper = 1;
