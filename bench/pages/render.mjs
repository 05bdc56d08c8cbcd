// The bench pages, one per variant, built on request from the reference API's own data so that
// every variant shows the same activities:
//   /static.html   the content as plain HTML, no script (the limit)
//   /iframe.html   one iframe per card, each loading /card.html?id= (Credly/Eventbrite-style embeds)
//   /shoelace.html Shoelace's <sl-card> holding the same content
//   /lcw.html      <activity-card>s from the drop-in bundle
//   /list.html     <activity-list limit=n> from the drop-in bundle: the API's first page of n activities
//   /floor.html    the floor of any widget that keeps its data in IndexedDB: an inline script
//                  that reads the activities from IndexedDB (from the API, then stored, when it
//                  has none) and writes the static variant's HTML into empty boxes
//   /prerendered.html  the full cards as static HTML: each <activity-card>'s own DOM and styles
//                  as the browser rendered them (captured by bench/load.mjs), in declarative
//                  shadow DOM, as a server that renders the cards would send them; no script
// Query: n (number of cards), text=1 (page text between the cards, for layout shift), observe=1
// (an inline script that times content and follows the cards' boxes in the page itself, for
// engines measured without an init script: see OBSERVE below and bench/engines.mjs).
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const when = (a) => new Date(a.startsAt).toLocaleString('en-GB', { timeZone: a.timeZone, dateStyle: 'medium', timeStyle: 'short' });
const place = (a) => a.location?.name ?? 'Online';

/** The card's content, the same in every static variant (and written by the floor's script, with its own `when`). */
const content = (a, whenOf = when) => `<h3>${esc(a.title)}</h3><p>${esc(whenOf(a))} · ${esc(place(a))}</p><p>${esc(a.organiser?.name)}</p><p class="d">${esc(a.description)}</p>`;
const image = (a, attrs = '') => `<img src="${esc(a.imageUrl)}" alt="" width="320" height="180"${attrs}>`;

const STYLE = `<style>body{font:16px system-ui;margin:1rem;max-width:40rem}.card,sl-card,activity-card{display:block;margin:0 0 1rem}.card{border:1px solid #ccc;border-radius:8px;padding:1rem}.d{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}img{max-width:100%;height:auto}iframe{display:block;width:100%;height:480px;border:0;margin:0 0 1rem}</style>`;
const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${STYLE}${head}</head><body>${body}</body></html>`;
const filler = (i) => `<p>City news ${i}: the library opens on Sundays from next month, and the summer programme is out.</p>`;

/**
 * Runs in the page, first thing in its head: at every animation frame, whether every card shows
 * its text (then `contentAt`, ms since navigation, as bench/load.mjs's `ready`) and, with `boxes`,
 * how far any card's box has moved or resized since the first frame that painted it, until one
 * second after content (for engines that report no `layout-shift` entries).
 */
function observe({ variant, n, boxes }) {
  const bench = (window.__bench = { contentAt: undefined, moved: 0, frames: 0 });
  const text = (el) => !!el && el.textContent.trim() !== '';
  const cards = () => document.querySelectorAll(variant === 'lcw' ? 'activity-card' : 'article');
  const title = (card) => (variant === 'lcw' ? card.shadowRoot?.querySelector('[part~="title"]') : card.querySelector('h3'));
  const first = new Map();
  const frame = () => {
    bench.frames++;
    const list = cards();
    if (boxes) {
      for (const card of list) {
        const r = card.getBoundingClientRect();
        const box = [r.left + scrollX, r.top + scrollY, r.width, r.height];
        const was = first.get(card);
        if (!was) first.set(card, box);
        else bench.moved = Math.max(bench.moved, ...box.map((v, i) => Math.abs(v - was[i])));
      }
    }
    if (bench.contentAt === undefined && list.length >= n && [...list].every((card) => text(title(card)))) bench.contentAt = performance.now();
    if (bench.contentAt === undefined || (boxes && performance.now() < bench.contentAt + 1000)) requestAnimationFrame(frame);
    else bench.done = true;
  };
  requestAnimationFrame(frame);
}

/** The drop-in as the embed snippet has it: the stylesheet reserves the widgets' size. */
const DROP_IN = '<link rel="stylesheet" href="/dist/cdn/learning-city-widgets.css"><script type="module" src="/dist/cdn/learning-city-widgets.js"></script>';

const observer = (variant, n, boxes) => `<script>(${observe})(${JSON.stringify({ variant, n, boxes })})</script>`;

/**
 * Runs in the floor page (see the header): the least a widget that keeps its data in IndexedDB
 * does. No framework, no shadow DOM, no validation; one formatter per zone.
 */
function floor({ ids, api }) {
  const formatters = new Map();
  // The static variant's `when`, with its formatter made once per zone.
  const when = (a) => {
    if (!formatters.has(a.timeZone)) formatters.set(a.timeZone, new Intl.DateTimeFormat('en-GB', { timeZone: a.timeZone, dateStyle: 'medium', timeStyle: 'short' }));
    return formatters.get(a.timeZone).format(new Date(a.startsAt));
  };
  const render = (byId) => {
    const boxes = document.querySelectorAll('article');
    // `image` and `content` are the ones above, put beside this function in the page.
    ids.forEach((id, i) => (boxes[i].innerHTML = image(byId[id]) + content(byId[id], when)));
  };
  const open = indexedDB.open('bench-floor', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('pages');
  open.onsuccess = () => {
    const db = open.result;
    const read = db.transaction('pages').objectStore('pages').get(ids.join());
    read.onsuccess = async () => {
      if (read.result) return render(read.result);
      const { items } = await (await fetch(`${api}/activities?ids=${[...new Set(ids)].join(',')}`)).json();
      const byId = Object.fromEntries(items.map((a) => [a.id, a]));
      render(byId);
      db.transaction('pages', 'readwrite').objectStore('pages').put(byId, ids.join());
    };
  };
}

/** The page style and rendered cards of /prerendered.html, the cards in the other variants' order. */
let prerendered = { style: '', cards: [] };

/** Keeps what /prerendered.html shows: the kit's page style and each `<activity-card>` of `/lcw.html?n=100`. */
export function setPrerenderedCards(page) {
  prerendered = page;
}

let cache;
/** Every seeded activity, in seed order, read from the API once. */
async function activities(origin) {
  if (!cache) {
    const list = [];
    let cursor = '';
    do {
      const res = await (await fetch(`${origin}/api/activities?limit=50${cursor ? `&cursor=${cursor}` : ''}`)).json();
      list.push(...res.items);
      cursor = res.nextCursor;
    } while (cursor);
    cache = list;
  }
  return cache;
}

/** The activities of a page of `n` cards: every seeded one in turn, repeated past the last. */
async function cardsOf(origin, n) {
  const all = await activities(origin);
  return Array.from({ length: n }, (_, i) => all[i % all.length]);
}

/** How many different activities and badges a page of `n` cards shows (what its requests read). */
export async function distinctData(origin, n) {
  const cards = await cardsOf(origin, n);
  return { activities: new Set(cards.map((a) => a.id)).size, badges: new Set(cards.map((a) => a.badgeId).filter(Boolean)).size };
}

export async function renderPage(url, origin) {
  const all = await activities(origin);
  const n = Number(url.searchParams.get('n') ?? 1);
  const withText = url.searchParams.get('text') === '1';
  const cards = await cardsOf(origin, n);
  const body = (card) => cards.map((a, i) => (withText ? filler(i) : '') + card(a)).join('\n');
  const watch = (variant) => (url.searchParams.get('observe') === '1' ? observer(variant, n, withText) : '');
  switch (url.pathname) {
    case '/static.html':
      return page(watch('static'), body((a) => `<article class="card">${image(a)}${content(a)}</article>`));
    case '/card.html': {
      const a = all.find((x) => x.id === url.searchParams.get('id'));
      return a && page('', `<article class="card">${image(a)}${content(a)}</article>`);
    }
    case '/iframe.html':
      return page('', body((a) => `<iframe src="/card.html?id=${encodeURIComponent(a.id)}" title="${esc(a.title)}"></iframe>`));
    case '/shoelace.html':
      return page('<script type="module" src="/out/shoelace.js"></script>', body((a) => `<sl-card>${image(a, ' slot="image"')}${content(a)}</sl-card>`));
    case '/lcw.html':
      return page(
        watch('lcw') + DROP_IN,
        `<learning-city api="${origin}/api" lang="en"></learning-city>` + body((a) => `<activity-card activity-id="${esc(a.id)}"></activity-card>`),
      );
    case '/list.html':
      return page(
        DROP_IN,
        `<learning-city api="${origin}/api" lang="en"></learning-city><activity-list limit="${n}"></activity-list>`,
      );
    case '/prerendered.html': {
      if (n > prerendered.cards.length) return undefined;
      return page(prerendered.style, cards.map((_, i) => (withText ? filler(i) : '') + prerendered.cards[i]).join('\n'));
    }
    case '/floor.html': {
      const data = { ids: cards.map((a) => a.id), api: `${origin}/api` };
      const script = `<script type="module">const esc = ${esc}; const place = ${place}; const image = ${image}; const content = ${content}; (${floor})(${JSON.stringify(data)});</script>`;
      return page(watch('floor') + script, body(() => '<article class="card"></article>'));
    }
    case '/blank.html': // for the heap and QR measures; scanner=1 loads the qr-scanner chunk
      return page(
        '<script type="module" src="/dist/cdn/learning-city-widgets.js"></script>',
        `<learning-city api="${origin}/api" lang="en"></learning-city>${url.searchParams.get('scanner') ? '<qr-scanner hidden></qr-scanner>' : ''}`,
      );
    default:
      return undefined;
  }
}
