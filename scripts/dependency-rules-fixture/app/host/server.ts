/** Allowed: host importing app/node. */
import { tool } from '../node/tool.ts';

export const server = tool;
