import { expect, fixture, html, oneEvent } from '@open-wc/testing';

/**
 * <badge-verify> from the drop-in bundle (built by `npm run build`): the element and then its
 * verification chunk load on demand, and that chunk, as rollup bundles it for browsers,
 * verifies a credential issued by the server's modules.
 */
describe('<badge-verify> in the drop-in bundle', () => {
  before(async () => {
    await import('/dist/cdn/learning-city-widgets.js' as string);
  });

  it('loads on demand and verifies an issued credential, and refuses a revoked one', async () => {
    const element = await fixture(html`<badge-verify lang="en"></badge-verify>`);
    await customElements.whenDefined('badge-verify');
    for (const [kind, verified] of [
      ['valid', true],
      ['revoked', false],
    ] as const) {
      const { id } = await (await fetch(`/ob3/fixtures/${kind}.json`)).json();
      const event = oneEvent(element, 'lc-verify');
      element.setAttribute('src', id);
      const { detail } = await event;
      expect(detail.verified, kind).to.equal(verified);
    }
  });
});
