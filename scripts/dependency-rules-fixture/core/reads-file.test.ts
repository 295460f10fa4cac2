/** Allowed: core's tests run in Node. */
import { existsSync } from 'node:fs';

export const exists = existsSync;
