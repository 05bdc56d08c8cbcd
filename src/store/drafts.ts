import type { DraftRecord, StoredFile } from './database.js';
import type { KitStore } from './store.js';

/**
 * What a visitor has typed and attached in a claim form, saved as it changes so that a reload,
 * a crash or a failed submit never loses it.
 */
export class Drafts {
  constructor(private readonly store: KitStore) {}

  load(key: string): Promise<DraftRecord | undefined> {
    return this.store.get('drafts', key);
  }

  save(key: string, fields: Record<string, unknown>, files: StoredFile[]): Promise<void> {
    return this.store.put('drafts', { key, fields, files, savedAt: Date.now() });
  }

  discard(key: string): Promise<void> {
    return this.store.delete('drafts', key);
  }
}
