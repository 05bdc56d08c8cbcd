import { announce, onChange } from './channel.js';
import type { Claims } from './claims.js';
import type { Drafts } from './drafts.js';
import type { Outbox } from './outbox.js';
import { kitStore, type KitStore } from './store.js';

/**
 * What the kit keeps on this device: the store, the outbox that sends queued claims, drafts and
 * the claims made here. One per page, shared by the repositories of every API.
 */
export class Device {
  private outboxModule: Promise<Outbox> | undefined;
  private draftsModule: Promise<Drafts> | undefined;
  private claimsModule: Promise<Claims> | undefined;

  constructor(readonly store: KitStore) {}

  // The outbox, drafts and kept claims load on demand, each made once: what every page loads
  // first has a size budget, and most pages only show activities.

  outbox(): Promise<Outbox> {
    return (this.outboxModule ??= import('./outbox.js').then(({ Outbox }) => {
      const outbox = new Outbox(this.store);
      // Another tab queued a claim: this one may be the tab that can send it.
      onChange((change) => {
        if (change.kind === 'outbox') void outbox.flush();
      });
      return outbox;
    }));
  }

  drafts(): Promise<Drafts> {
    return (this.draftsModule ??= import('./drafts.js').then(({ Drafts }) => new Drafts(this.store)));
  }

  claims(): Promise<Claims> {
    return (this.claimsModule ??= import('./claims.js').then(({ Claims }) => new Claims(this.store)));
  }

  /** Forgets everything the kit keeps on this device: cache, outbox, drafts and claims. */
  async forget(): Promise<void> {
    await this.store.clear();
    announce({ kind: 'cleared' });
  }
}

let page: Device | undefined;

/** The page's device, made on first use. */
export function device(): Device {
  return (page ??= new Device(kitStore()));
}

/** Forgets everything the kit keeps on this device: cache, outbox, drafts and claims. */
export function forgetDevice(): Promise<void> {
  return device().forget();
}
