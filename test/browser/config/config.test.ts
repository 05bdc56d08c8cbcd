import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { RestClient } from '../../../src/api/rest-client.js';
import type { BadgeClient, RequestOptions } from '../../../src/api/client.js';
import '../../../src/config/learning-city.js';
import type { LearningCity } from '../../../src/config/learning-city.js';
import '../../../src/components/activity-card/activity-card.js';
import { WidgetElement } from '../../../src/internal/widget-element.js';
import { API, resetServer, serverStats } from '../helpers/server.js';

/** A widget that shows what configuration it resolved. */
class ConfigProbe extends WidgetElement {
  get resolved() {
    return { api: this.config.api, lang: this.config.lang, cacheTtl: this.config.cacheTtl };
  }
}
customElements.define('config-probe', ConfigProbe);

describe('configuration', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it("uses the element's own attributes first", async () => {
    const page = await fixture(html`<learning-city api="/outer" lang="lt">
      <config-probe api="/own" lang="et"></config-probe>
    </learning-city>`);
    const probe = page.querySelector<ConfigProbe>('config-probe')!;
    expect(probe.resolved.api).to.equal('/own');
    expect(probe.resolved.lang).to.equal('et');
  });

  it('uses the nearest <learning-city>, inheriting what it leaves unset', async () => {
    const page = await fixture(html`<div>
      <learning-city api="/page" lang="lt" cache-ttl="60"></learning-city>
      <learning-city api="/outer"><learning-city lang="et"><config-probe></config-probe></learning-city></learning-city>
    </div>`);
    const probe = page.querySelector<ConfigProbe>('config-probe')!;
    await nextFrame();
    expect(probe.resolved).to.include({ api: '/outer', lang: 'et', cacheTtl: 60 });
  });

  it('uses a page-level <learning-city> anywhere in the document', async () => {
    const page = await fixture(html`<div>
      <config-probe></config-probe>
      <learning-city api="/page" lang="lt"></learning-city>
    </div>`);
    const probe = page.querySelector<ConfigProbe>('config-probe')!;
    await nextFrame();
    expect(probe.resolved.api).to.equal('/page');
    expect(probe.resolved.lang).to.equal('lt');
  });

  it('falls back to <html lang>, and follows it when it changes', async () => {
    document.documentElement.setAttribute('lang', 'et-EE');
    const probe = await fixture<ConfigProbe>(html`<config-probe></config-probe>`);
    expect(probe.resolved.lang).to.equal('et-EE');
    document.documentElement.setAttribute('lang', 'lt');
    await nextFrame();
    expect(probe.resolved.lang).to.equal('lt');
  });

  it('finds a provider inserted after the widget (a CMS block, a single-page app)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><config-probe></config-probe></div>`);
    const probe = host.querySelector<ConfigProbe>('config-probe')!;
    expect(probe.resolved.api).to.equal(undefined);
    const provider = document.createElement('learning-city');
    provider.setAttribute('api', '/late');
    host.append(provider);
    await nextFrame();
    expect(probe.resolved.api).to.equal('/late');
  });

  it('updates its widgets when api or lang change at run time', async () => {
    const page = await fixture<LearningCity>(html`<learning-city api="/a" lang="en"><config-probe></config-probe></learning-city>`);
    const probe = page.querySelector<ConfigProbe>('config-probe')!;
    page.api = '/b';
    page.lang = 'lt';
    await page.updateComplete;
    await probe.updateComplete;
    expect(probe.resolved.api).to.equal('/b');
    expect(probe.resolved.lang).to.equal('lt');
  });

  it('sends a bearer token and extra headers from <learning-city> with every request', async () => {
    await resetServer();
    const page = await fixture<LearningCity>(html`<learning-city api=${API} token="city-token" .headers=${{ 'X-Api-Key': 'city-key' }}>
      <activity-card activity-id="14501"></activity-card>
    </learning-city>`);
    const card = page.querySelector('activity-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card did not render');
    const { credentials } = await serverStats();
    expect(credentials['GET /activities']).to.deep.equal({ authorization: 'Bearer city-token', apiKey: 'city-key' });
  });

  it("uses a page's own client instead of the REST one", async () => {
    /** The page's client: the reference one, noting what it is asked for. */
    class PageClient extends RestClient implements BadgeClient {
      readonly asked: string[][] = [];
      override getActivities(ids: string[], options?: RequestOptions) {
        this.asked.push(ids);
        return super.getActivities(ids, options);
      }
    }
    const custom = new PageClient({ api: API });
    const page = await fixture<LearningCity>(html`<learning-city .client=${custom}><activity-card activity-id="14501"></activity-card></learning-city>`);
    const card = page.querySelector('activity-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card did not render');
    expect(custom.asked).to.deep.equal([['14501']]);
  });
});
