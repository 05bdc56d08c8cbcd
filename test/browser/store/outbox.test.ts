import { expect } from '@open-wc/testing';
import { RestClient } from '../../../src/api/rest-client.js';
import type { ClaimSubmission } from '../../../src/api/types.js';
import type { StoredFile } from '../../../src/store/database.js';
import { Outbox } from '../../../src/store/outbox.js';
import { KitStore } from '../../../src/store/store.js';
import { API, injectFault, resetServer, serverStats } from '../helpers/server.js';

const submission = (code = 'VILNIUS-2022'): ClaimSubmission => ({
  badgeId: 'strategist-2022',
  recipient: { name: 'Rūta Jonaitė', email: 'ruta@example.org' },
  consent: true,
  code,
  answers: { t3: ['How other cities plan skills.', 'Present our strategy to the city council.'] },
});

const STRATEGY = 'Our city strategy for 21st-century skills.';
const strategy = (): StoredFile => ({ taskId: 't2', name: 'strategy.txt', type: 'text/plain', bytes: new TextEncoder().encode(STRATEGY).buffer });

const claim = (id: string, body: ClaimSubmission, files: StoredFile[] = []) => ({
  id,
  submission: body,
  files,
  badge: { name: '21st-century skills strategist' },
});

describe('outbox', () => {
  let dbName: string;
  const opened: KitStore[] = [];
  /** A fresh connection to the same database, as after a reload. */
  const connect = () => {
    const store = new KitStore(dbName);
    opened.push(store);
    return store;
  };

  beforeEach(async () => {
    await resetServer();
    dbName = `lcw-outbox-${Math.random().toString(36).slice(2)}`;
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    indexedDB.deleteDatabase(dbName);
  });

  it('delivers a claim with its file and keeps it for my-badges', async () => {
    const store = connect();
    const delivery = await new Outbox(store).submit(API, new RestClient({ api: API }), claim('key-1', submission(), [strategy()]));
    expect(delivery.state).to.equal('delivered');
    expect((await store.all('outbox'))).to.have.length(0);
    const [kept] = await store.all('claims');
    expect(kept!.token).to.be.a('string').and.not.empty;
    const stats = await serverStats();
    expect(stats.claims).to.equal(1);
    expect(stats.evidence).to.equal(1);
  });

  it('queues a claim while the server fails, and delivers it exactly once after a reload', async () => {
    await injectFault({ method: 'POST', path: '/claims', status: 503, times: 3 });
    const client = new RestClient({ api: API, attempts: 3 });
    const delivery = await new Outbox(connect()).submit(API, client, claim('key-2', submission(), [strategy()]));
    expect(delivery.state).to.equal('queued');
    expect((await serverStats()).claims).to.equal(0);

    // The page is reloaded: a new connection and a new outbox find the claim and send it.
    const reloaded = connect();
    const box = new Outbox(reloaded);
    box.register(API, new RestClient({ api: API }));
    await box.flush();
    await box.flush();
    expect(await reloaded.all('outbox')).to.have.length(0);
    expect(await reloaded.all('claims')).to.have.length(1);
    const stats = await serverStats();
    expect(stats.claims).to.equal(1);
    expect(stats.evidence).to.equal(1);
  });

  it('sends the same claim once when two tabs flush at the same time', async () => {
    await injectFault({ method: 'POST', path: '/claims', status: 503, times: 1 });
    await new Outbox(connect()).submit(API, new RestClient({ api: API, attempts: 1 }), claim('key-3', submission()));
    const tabs = [new Outbox(connect()), new Outbox(connect())];
    tabs.forEach((tab) => tab.register(API, new RestClient({ api: API })));
    await Promise.all(tabs.map((tab) => tab.flush()));
    expect((await serverStats()).claims).to.equal(1);
  });

  it('finishes a delivery cut off after the claim was created (a tab closed mid-flush)', async () => {
    await injectFault({ method: 'POST', path: '/claims/:id/evidence', status: 503, times: 3 });
    const first = await new Outbox(connect()).submit(API, new RestClient({ api: API, attempts: 1 }), claim('key-4', submission(), [strategy()]));
    expect(first.state).to.equal('queued');
    const box = new Outbox(connect());
    box.register(API, new RestClient({ api: API, attempts: 1 }));
    await box.flush(); // still failing
    await box.flush(); // still failing
    await box.flush();
    const stats = await serverStats();
    expect(stats.claims).to.equal(1);
    expect(stats.evidence).to.equal(1);
  });

  it('delivers a claim queued by an earlier version, its file kept as a Blob', async () => {
    const store = connect();
    const legacy: StoredFile = { taskId: 't2', name: 'strategy.txt', type: 'text/plain', blob: new Blob([STRATEGY], { type: 'text/plain' }) };
    const { submission: body, badge } = claim('key-6', submission(), []);
    await store.put('outbox', { id: 'key-6', api: API, badgeId: body.badgeId, badge, body, files: [legacy], createdAt: Date.now() });
    const box = new Outbox(store);
    box.register(API, new RestClient({ api: API }));
    await box.flush();
    expect(await store.all('outbox')).to.have.length(0);
    const stats = await serverStats();
    expect(stats.claims).to.equal(1);
    expect(stats.evidence).to.equal(1);
  });

  it('keeps a refused claim with its reason instead of dropping it', async () => {
    const store = connect();
    const delivery = await new Outbox(store).submit(API, new RestClient({ api: API }), claim('key-5', submission('EXPIRED-CODE')));
    expect(delivery.state).to.equal('refused');
    if (delivery.state === 'refused') expect(delivery.error.code).to.equal('code_expired');
    const [left] = await store.all('outbox');
    expect(left!.error!.code).to.equal('code_expired');
    expect((await serverStats()).claims).to.equal(0);
  });
});
