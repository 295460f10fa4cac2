/** Forbidden (core-not-to-app): core importing app/. */
import { tool } from '../app/node/tool.ts';

export const fromApp = tool;
