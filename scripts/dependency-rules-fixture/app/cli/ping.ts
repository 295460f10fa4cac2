/** Forbidden (no-circular): ping.ts and pong.ts import each other. */
import { pong } from './pong.ts';

export const ping = (): number => pong() + 1;
