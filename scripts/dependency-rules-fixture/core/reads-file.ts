/** Forbidden (core-not-to-node): a Node built-in in core outside a test. */
import { readFileSync } from 'node:fs';

export const read = readFileSync;
