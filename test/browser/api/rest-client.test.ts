import { expect } from '@open-wc/testing';
import { ApiError } from '../../../src/api/errors.js';
import { RestClient } from '../../../src/api/rest-client.js';
import { API, injectFault, resetServer, serverStats } from '../helpers/server.js';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

describe('RestClient against the reference API', () => {
  beforeEach(resetServer);

  it('reads activities in one batch, in the order asked, leaving unknown ids out', async () => {
    const client = new RestClient({ api: API });
    const { items, invalid } = await client.getActivities(['13965', 'no-such-id']);
    expect(items.map((a) => a.id)).to.deep.equal(['13965']);
    expect(items[0]!.timeZone).to.equal('Europe/Vilnius');
    expect(invalid).to.deep.equal([]);
  });

  it('reads badges in one batch, in the order asked, leaving unknown ids out', async () => {
    const { items } = await new RestClient({ api: API }).getBadges(['gnlc-future-skills', 'no-such-badge', 'strategist-2022']);
    expect(items.map((b) => b.id)).to.deep.equal(['gnlc-future-skills', 'strategist-2022']);
    expect((await serverStats()).requests['GET /badges']).to.equal(1);
  });

  it('keeps every item of a batch but a malformed one, and reports that one by its id', async () => {
    const good = (await new RestClient({ api: API }).getActivities(['13965'])).items[0]!;
    const body = JSON.stringify({ items: [{ id: 'bad', title: 42 }, good, { title: 'no id' }] });
    await injectFault({ method: 'GET', path: '/activities', status: 200, body, times: 1 });
    const { items, invalid } = await new RestClient({ api: API }).getActivities(['bad', '13965']);
    expect(items.map((a) => a.id)).to.deep.equal(['13965']);
    expect(invalid.map((i) => i.id)).to.deep.equal(['bad', undefined]);
    expect(invalid.map((i) => i.error.code)).to.deep.equal(['bad_response', 'bad_response']);
    expect(invalid[0]!.error.message).to.contain('title');
  });

  it('retries a 503, waiting as long as Retry-After says', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 503, retryAfter: 1, times: 1 });
    const started = performance.now();
    const { items } = await new RestClient({ api: API }).getBadges(['strategist-2022']);
    expect(items[0]!.name).to.equal('21st-century skills strategist');
    expect(performance.now() - started).to.be.at.least(900);
    expect((await serverStats()).requests['GET /badges']).to.equal(2);
  });

  it('gives up after its attempts and reports the server error', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 500, times: 5 });
    const error = await failure(new RestClient({ api: API, attempts: 2 }).getBadges(['strategist-2022']));
    expect(error.status).to.equal(500);
    expect((await serverStats()).requests['GET /badges']).to.equal(2);
  });

  it('carries the API error code and message, and does not retry a 404', async () => {
    const error = await failure(new RestClient({ api: API }).getClaim('no-such-claim', 'no-token'));
    expect(error.status).to.be.oneOf([401, 404]);
    expect(error.code).to.be.a('string').and.not.match(/^http_/);
    expect(error.message).to.be.a('string').and.not.empty;
    expect((await serverStats()).requests['GET /claims/:id']).to.equal(1);
  });

  it('turns a body that is not JSON into a bad_response error', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 200, body: '{"items": [{"name": "trunc', times: 1 });
    expect((await failure(new RestClient({ api: API }).getBadges(['strategist-2022']))).code).to.equal('bad_response');
  });

  it('turns a wrongly shaped body into a bad_response error', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 200, body: '{"items":{"id":"1"}}', times: 1 });
    expect((await failure(new RestClient({ api: API }).getActivities(['13965']))).code).to.equal('bad_response');
  });

  it('drops URLs that are not http(s)', async () => {
    const body = JSON.stringify({
      items: [{ id: 'x', title: 'T', description: '', startsAt: '2030-01-01T10:00:00Z', timeZone: 'UTC', organiser: { id: 'o', name: 'O', url: 'javascript:alert(1)' }, imageUrl: 'data:image/png;base64,AAAA', skills: [], playlistCount: 0, language: 'en' }],
    });
    await injectFault({ method: 'GET', path: '/activities', status: 200, body, times: 1 });
    const [activity] = (await new RestClient({ api: API }).getActivities(['x'])).items;
    expect(activity!.imageUrl).to.equal(undefined);
    expect(activity!.organiser.url).to.equal(undefined);
  });

  it('times out a slow answer', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 200, delayMs: 1500, times: 1 });
    const error = await failure(new RestClient({ api: API, timeout: 200, attempts: 1 }).getBadges(['strategist-2022']));
    expect(error.code).to.equal('timeout');
  });

  it('stops when its signal aborts, without retrying', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 200, delayMs: 1000, times: 1 });
    const controller = new AbortController();
    const pending = new RestClient({ api: API }).getBadges(['strategist-2022'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).code).to.equal('aborted');
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const error = await failure(new RestClient({ api: 'http://127.0.0.1:9/api', attempts: 1 }).getBadges(['x']));
    expect(error.code).to.equal('network');
  });
});
