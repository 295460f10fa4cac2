/** Forbidden (core-not-to-platform): three in core. */
import type { Vector3 } from 'three';
import { helper } from './helper.ts';

export type Point = Vector3;
export const drawn = helper;
