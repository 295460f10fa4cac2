/** Forbidden (main-not-to-host). */
import { server } from '../host/server.ts';

export const hosted = server;
