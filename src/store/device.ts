import { announce, onChange } from './channel.js';
import { Claims } from './claims.js';
import { Drafts } from './drafts.js';
import { Outbox } from './outbox.js';
import { kitStore, type KitStore } from './store.js';

/**
 * What the kit keeps on this device: the store, the outbox that sends queued claims, drafts and
 * the claims made here. One per page, shared by the repositories of every API.
 */
export class Device {
  readonly outbox: Outbox;
  readonly drafts: Drafts;
  readonly claims: Claims;

  constructor(readonly store: KitStore) {
    this.outbox = new Outbox(store);
    this.drafts = new Drafts(store);
    this.claims = new Claims(store);
    // Another tab queued a claim: this one may be the tab that can send it.
    onChange((change) => {
      if (change.kind === 'outbox') void this.outbox.flush();
    });
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
