/** Forbidden (renderer-not-to-node-side): the page importing app/node. */
import { tool } from '../node/tool.ts';

export const page = tool;
