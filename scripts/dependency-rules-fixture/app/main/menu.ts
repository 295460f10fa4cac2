/** Allowed: main importing app/node. */
import { tool } from '../node/tool.ts';

export const menu = tool;
