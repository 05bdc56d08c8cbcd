/**
 * A hostile host page: aggressive global CSS (resets, `!important` on every element, huge fonts)
 * does not change the widgets, the widgets' styles do not leak out, and a second build of the kit
 * on the same page neither throws nor breaks them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import { kitStore } from '../../../src/store/store.js';
import { API, resetServer } from '../helpers/server.js';

// The root element's font size is left alone: the widgets size in rem, so they follow the
// visitor's (and the page's) base size on purpose.
const HOSTILE_CSS = `
  body, body * { box-sizing: content-box !important; font-size: 40px !important; line-height: 3 !important;
      color: red !important; font-family: 'Comic Sans MS', cursive !important; letter-spacing: 5px !important;
      text-transform: uppercase !important; text-align: right !important; white-space: nowrap !important; }
  div, article, section, p, span { display: inline !important; padding: 30px !important; margin: 30px !important; }
  button, a { all: unset !important; background: lime !important; }
  img { width: 1000px !important; height: 5px !important; }
  h3 { font-size: 80px !important; }
  activity-card { display: block !important; }
`;

/** The computed styles that tell whether the page reached inside a card. */
function fingerprint(card: Element) {
  const root = card.shadowRoot!;
  const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
  const title = style('[part~="title"]');
  const description = style('[part~="description"]');
  const claim = root.querySelector<HTMLElement>('[part~="claim"]')!;
  const { width, height } = claim.getBoundingClientRect();
  return {
    title: [title.fontSize, title.fontFamily, title.color, title.textTransform, title.letterSpacing, title.textAlign],
    description: [description.fontSize, description.lineHeight, description.color, description.whiteSpace],
    claim: [getComputedStyle(claim).backgroundColor, Math.min(width, height) >= 44],
    media: (({ width, height }) => (width / height).toFixed(2))(root.querySelector('[part~="media"]')!.getBoundingClientRect()),
  };
}

async function card() {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 600px"><activity-card api=${API} lang="en" activity-id="13965"></activity-card></div>`);
  const element = wrapper.querySelector('activity-card')!;
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="claim"]'), 'no card', { timeout: 8000 });
  return element;
}

describe('a hostile host page', () => {
  before(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('global CSS with !important everywhere does not reach inside the widgets', async () => {
    const clean = fingerprint(await card());
    const style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    try {
      const hostile = fingerprint(await card());
      expect(hostile).to.deep.equal(clean);
      expect(hostile.claim[1], 'the call to action keeps its 44 px target').to.equal(true);
    } finally {
      style.remove();
    }
  });

  it("the widgets' styles do not leak into the page", async () => {
    // A fixed width: a classic scrollbar (Firefox) appearing as the page grows would narrow it otherwise.
    const page = await fixture<HTMLElement>(html`<section style="width: 600px">
      <article class="card"><h3 class="heading">Page heading</h3><p class="notice skeleton">Page text</p></article>
      <button class="button primary">Page button</button>
    </section>`);
    const before = [...page.querySelectorAll('*')].map((el) => getComputedStyle(el).cssText || JSON.stringify([...getComputedStyle(el)].map((p) => getComputedStyle(el).getPropertyValue(p))));
    await card();
    const after = [...page.querySelectorAll('*')].map((el) => getComputedStyle(el).cssText || JSON.stringify([...getComputedStyle(el)].map((p) => getComputedStyle(el).getPropertyValue(p))));
    expect(after).to.deep.equal(before);
    expect(getComputedStyle(page.querySelector('button')!).backgroundColor).not.to.equal(
      getComputedStyle((await card()).shadowRoot!.querySelector('[part~="claim"]')!).backgroundColor,
    );
  });

  it('a second, different build of the kit on the same page neither throws nor breaks the widgets', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const warn = console.warn;
    console.warn = () => {};
    try {
      // These tests run the kit from its sources; the drop-in bundle is the other build.
      await import('/dist/cdn/learning-city-widgets.js' as string);
      const element = await card();
      expect(element.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.include('21st-century skills');
      const list = await fixture(html`<activity-list api=${API} lang="en" limit="2" no-filters></activity-list>`);
      await waitUntil(() => list.shadowRoot?.querySelector('[part~="item"]'), 'the bundle’s activity-list did not render', { timeout: 8000 });
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
