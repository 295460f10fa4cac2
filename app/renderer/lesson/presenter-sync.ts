/**
 * The presenter view's link to the audience window (README "Giving a lecture"): both windows are pages of the
 * same origin and talk over one `BroadcastChannel` per lesson. The audience window is the source of truth: it
 * announces where the lecture is after every move, and the presenter window forwards the keys pressed in it.
 * Every message is validated on arrival; anything else on the channel is ignored.
 */

/** Where the audience window is, as the presenter view shows it. */
export interface PresenterState {
  /** The slide's index, from 0. */
  readonly slide: number;
  readonly frame: number;
  /** The frames of a simulation slide (inclusive) once its trace is known, else null. */
  readonly frames: { readonly first: number; readonly last: number } | null;
  readonly blank: boolean;
  /** When the lecture started (ms since the epoch), for the elapsed time. */
  readonly startedAt: number;
}

/** A message on the channel. */
export type PresenterMessage =
  { readonly type: 'state'; readonly state: PresenterState } | { readonly type: 'key'; readonly key: string } | { readonly type: 'hello' };

/** The channel's name for a lesson. */
export function channelName(lessonId: string): string {
  return `atenea-presenter:${lessonId}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function parseFrames(v: unknown): PresenterState['frames'] | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !isCount(v.first) || !isCount(v.last) || v.first > v.last) return undefined;
  return { first: v.first, last: v.last };
}

/** The message `data` is, or null when it is not one (wrong type, missing or out-of-range field). */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'hello':
      return { type: 'hello' };
    case 'key':
      return typeof data.key === 'string' && data.key.length > 0 && data.key.length <= 20 ? { type: 'key', key: data.key } : null;
    case 'state': {
      const s = data.state;
      if (!isRecord(s) || !isCount(s.slide) || !isCount(s.frame) || typeof s.blank !== 'boolean') return null;
      if (typeof s.startedAt !== 'number' || !Number.isFinite(s.startedAt)) return null;
      const frames = parseFrames(s.frames);
      if (frames === undefined) return null;
      return { type: 'state', state: { slide: s.slide, frame: s.frame, frames, blank: s.blank, startedAt: s.startedAt } };
    }
    default:
      return null;
  }
}

/** The minimal channel the sync needs (a `BroadcastChannel`, or a fake in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** One end of the link. */
export interface PresenterSync {
  send(message: PresenterMessage): void;
  /** Calls `listener` with each valid message from the other window. */
  onMessage(listener: (message: PresenterMessage) => void): void;
  close(): void;
}

/** Opens the link for `lessonId` (null where the host has no BroadcastChannel: the presenter view is then unavailable). */
export function openPresenterSync(lessonId: string, open: (name: string) => ChannelLike | null = defaultChannel): PresenterSync | null {
  const channel = open(channelName(lessonId));
  if (!channel) return null;
  const listeners: ((message: PresenterMessage) => void)[] = [];
  channel.onmessage = (event) => {
    const message = parsePresenterMessage(event.data);
    if (message) for (const l of listeners) l(message);
  };
  return {
    send: (message) => channel.postMessage(message),
    onMessage: (listener) => void listeners.push(listener),
    close: () => channel.close(),
  };
}

function defaultChannel(name: string): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
}

/** The query of the presenter window for `lessonId`, keeping the language and test hooks of `search`. */
export function presenterSearch(search: string, lessonId: string): string {
  const from = new URLSearchParams(search);
  const q = new URLSearchParams({ presenter: '1', lesson: lessonId });
  for (const k of ['lang', 'e2e']) {
    const v = from.get(k);
    if (v !== null) q.set(k, v);
  }
  return `?${q.toString()}`;
}

/** Whether this page is the presenter view (`?presenter=1`). */
export function isPresenterPage(search: string): boolean {
  return new URLSearchParams(search).get('presenter') === '1';
}
