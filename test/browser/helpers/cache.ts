import { waitUntil } from '@open-wc/testing';
import { kitStore } from '../../../src/store/store.js';

/**
 * Waits until this device's cache holds an entry for each of `kinds` (`activity|13965`,
 * `badge|strategist-2022`, `list|` for any list page): widgets write the cache after they render,
 * and a busy machine can take longer than any fixed pause.
 */
export async function cached(...kinds: string[]): Promise<void> {
  await waitUntil(
    async () => {
      const keys = (await kitStore().all('entities')).map((record) => record.key);
      return kinds.every((kind) => keys.some((key) => key.includes(`|${kind}`)));
    },
    `the cache does not hold ${kinds.join(', ')}`,
    { timeout: 8000 },
  );
}
