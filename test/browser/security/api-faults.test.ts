/**
 * A broken badge API, per element: server errors, Retry-After, timeouts, a refused connection, a
 * CORS refusal, malformed and wrongly shaped bodies, 404 and 410, and a ten-second answer. Each
 * element shows a clear error in the visitor's language with a way to try again (or the not-found
 * state), keeps cached content, and leaves no unhandled rejection behind.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import '../../../src/components/activity-list/activity-list.js';
import '../../../src/components/badge-card/badge-card.js';
import '../../../src/components/badge-claim/badge-claim.js';
import '../../../src/config/learning-city.js';
import { RestClient } from '../../../src/api/rest-client.js';
import type { LearningCity } from '../../../src/config/learning-city.js';
import { en } from '../../../src/i18n/locales/en.js';
import { kitStore } from '../../../src/store/store.js';
import { cached } from '../helpers/cache.js';
import { API, clearFaults, injectFault, resetServer } from '../helpers/server.js';
import { part } from '../helpers/components.js';

interface Subject {
  tag: string;
  attributes: Record<string, string>;
  /** The route the element reads, as the server names it. */
  path: string;
  /** A part that shows once the content is there. */
  loaded: string;
  /** Its entry in this device's cache (see helpers/cache.ts). */
  cachedAs: string;
}

const SUBJECTS: Subject[] = [
  { tag: 'activity-card', attributes: { 'activity-id': '13965' }, path: '/activities', loaded: 'title', cachedAs: 'activity|13965' },
  { tag: 'activity-list', attributes: { 'no-filters': '' }, path: '/activities', loaded: 'item', cachedAs: 'list|' },
  { tag: 'badge-card', attributes: { 'badge-id': 'strategist-2022' }, path: '/badges', loaded: 'name', cachedAs: 'badge|strategist-2022' },
  { tag: 'badge-claim', attributes: { 'badge-id': 'strategist-2022' }, path: '/badges', loaded: 'heading', cachedAs: 'badge|strategist-2022' },
];


/** Renders a subject inside a `<learning-city>` in Lithuanian, with the given API or client. */
async function render(subject: Subject, options: { api?: string; client?: RestClient; ttl?: number } = {}) {
  const config = await fixture<LearningCity>(html`<learning-city api=${options.api ?? API} lang="lt" cache-ttl=${options.ttl ?? 300}></learning-city>`);
  if (options.client) config.client = options.client;
  const element = document.createElement(subject.tag);
  for (const [name, value] of Object.entries(subject.attributes)) element.setAttribute(name, value);
  config.append(element);
  return element;
}

const settled = (el: Element, subject: Subject, timeout = 8000) =>
  waitUntil(() => part(el, subject.loaded) || part(el, 'error') || part(el, 'not-found'), `${subject.tag} did not settle`, { timeout });

/** The error state: translated (not the English text), with a retry button. */
function expectTranslatedError(el: Element, subject: Subject) {
  const error = part(el, 'error');
  expect(error, `${subject.tag} shows an error`).not.to.equal(null);
  const text = error!.textContent!.replace(/\s+/g, ' ').trim();
  expect(text.length).to.be.greaterThan(10);
  for (const message of Object.values(en).filter((m): m is string => typeof m === 'string' && m.length > 20)) {
    expect(text, `${subject.tag} error is in Lithuanian`).not.to.include(message);
  }
  expect(part(el, 'retry'), `${subject.tag} offers to try again`).not.to.equal(null);
}

describe('API faults, per element', function () {
  this.timeout(60_000);
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);

  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
    rejections.length = 0;
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  const FAULTS: [string, (s: Subject) => Promise<{ api?: string; client?: RestClient }>][] = [
    ['500 on every attempt', async (s) => (await injectFault({ method: 'GET', path: s.path, status: 500, times: 10 }), {})],
    ['503 with Retry-After on every attempt', async (s) => (await injectFault({ method: 'GET', path: s.path, status: 503, retryAfter: 1, times: 10 }), {})],
    ['a malformed JSON body', async (s) => (await injectFault({ method: 'GET', path: s.path, status: 200, body: '{"items": [{"id": ', times: 10 }), {})],
    ['a wrongly shaped body', async (s) => (await injectFault({ method: 'GET', path: s.path, status: 200, body: '{"items": 5, "name": 5, "tasks": "x"}', times: 10 }), {})],
    ['410 Gone', async (s) => (await injectFault({ method: 'GET', path: s.path, status: 410, times: 10 }), {})],
    ['a refused connection', async () => ({ api: 'http://127.0.0.1:9/api' })],
    ['a CORS refusal', async () => ({ api: `http://127.0.0.1:${location.port}/test-fixtures` })],
    [
      'an answer slower than the client waits',
      async (s) => (
        await injectFault({ method: 'GET', path: s.path, status: 200, delayMs: 3000, times: 10 }),
        { client: new RestClient({ api: API, timeout: 300, attempts: 1 }) }
      ),
    ],
  ];

  for (const [fault, arrange] of FAULTS) {
    it(`${fault}: every element shows a translated error with retry`, async () => {
      for (const subject of SUBJECTS) {
        await Promise.all([kitStore().clear(), clearFaults()]);
        const options = await arrange(subject);
        const element = await render(subject, options);
        await settled(element, subject, 15_000);
        expectTranslatedError(element, subject);
      }
    });
  }

  it('404: every single-entity element says it was not found', async () => {
    for (const subject of SUBJECTS.filter((s) => s.tag !== 'activity-list')) {
      const element = await render({ ...subject, attributes: { [Object.keys(subject.attributes)[0]!]: 'no-such-thing' } });
      await settled(element, subject);
      expect(part(element, 'not-found'), subject.tag).not.to.equal(null);
    }
  });

  it('retry loads the content once the API is back', async () => {
    for (const subject of SUBJECTS) {
      await kitStore().clear();
      await injectFault({ method: 'GET', path: subject.path, status: 500, times: 1 });
      const element = await render(subject, { client: new RestClient({ api: API, attempts: 1 }) });
      await settled(element, subject);
      expectTranslatedError(element, subject);
      part(element, 'retry')!.click();
      await waitUntil(() => part(element, subject.loaded), `${subject.tag} did not recover`, { timeout: 8000 });
    }
  });

  it('keeps cached content when a refresh fails', async () => {
    for (const subject of SUBJECTS) {
      await Promise.all([kitStore().clear(), clearFaults()]);
      const first = await render(subject);
      await waitUntil(() => part(first, subject.loaded), `${subject.tag} did not load`);
      await cached(subject.cachedAs);
      await injectFault({ method: 'GET', path: subject.path, status: 500, times: 10 });
      const again = await render(subject, { ttl: 0 });
      // Cards show their cache at once; the list, once the API has failed (after its retries).
      await waitUntil(() => part(again, subject.loaded), `${subject.tag} lost its cached content`, { timeout: 10_000 });
      await waitUntil(() => part(again, 'offline'), `${subject.tag} does not say the content is from this device`, { timeout: 8000 });
    }
  });

  it('a ten-second answer: the skeleton holds, then the content shows', async () => {
    await Promise.all(SUBJECTS.map((s) => injectFault({ method: 'GET', path: s.path, status: 200, delayMs: 10_000, times: 1 })));
    const elements = await Promise.all(SUBJECTS.map((s) => render(s)));
    await new Promise((resolve) => setTimeout(resolve, 5000));
    for (const [i, element] of elements.entries()) {
      expect(part(element, 'error'), SUBJECTS[i]!.tag).to.equal(null);
    }
    await Promise.all(elements.map((element, i) => waitUntil(() => part(element, SUBJECTS[i]!.loaded), SUBJECTS[i]!.tag, { timeout: 15_000 })));
  });
});
