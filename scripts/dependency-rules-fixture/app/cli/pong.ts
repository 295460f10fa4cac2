/** Forbidden (no-circular): pong.ts and ping.ts import each other. */
import { ping } from './ping.ts';

export const pong = (): number => (ping.length > 0 ? 0 : 1);
