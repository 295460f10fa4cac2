/** Allowed: the shared Node folder imports nothing of main, host or the renderer. */
export const tool = 2;
