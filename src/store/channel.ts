/** What one tab tells the others about data it changed. */
export type Change =
  | { kind: 'entities'; keys: string[] }
  | { kind: 'claims' }
  | { kind: 'outbox' }
  | { kind: 'cleared' };

const NAME = 'learning-city-widgets';
const listeners = new Set<(change: Change) => void>();
let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
  if (!channel && 'BroadcastChannel' in globalThis) {
    channel = new BroadcastChannel(NAME);
    channel.onmessage = (event: MessageEvent<Change>) => listeners.forEach((listener) => listener(event.data));
  }
  return channel;
}

/**
 * Tells the other tabs that stored data changed, and this tab too unless the change is a cache
 * refresh (this tab's widgets already got those values from the request that made them).
 */
export function announce(change: Change): void {
  open()?.postMessage(change);
  if (change.kind !== 'entities') listeners.forEach((listener) => listener(change));
}

/** Hears changes from every tab, this one included. */
export function onChange(listener: (change: Change) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
