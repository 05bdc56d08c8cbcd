import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiError } from '../../../src/api/errors.js';
import { ResourceController, type Snapshot } from '../../../src/internal/resource-controller.js';
import { announce } from '../../../src/store/channel.js';

type Step = Snapshot<string> | ApiError;
const cached = (value: string): Snapshot<string> => ({ value, storedAt: 1, fromCache: true });
const fresh = (value: string): Snapshot<string> => ({ value, storedAt: 2, fromCache: false });

/** A host whose reads play a script of snapshots and failures, one step each time it is told to go on. */
class ResourceHost extends LitElement {
  key = 'x';
  script: Step[] = [];
  readonly signals: AbortSignal[] = [];
  private next: (() => void) | undefined;

  readonly resource = new ResourceController(this, {
    args: () => [this.key] as const,
    read: ([id], signal) => (id ? this.play(signal) : undefined),
    reloadOn: ([id], change) => change.kind === 'entities' && change.keys.includes(id),
  });

  /** Lets the read take its next step. */
  step(): void {
    this.next?.();
  }

  private async *play(signal: AbortSignal): AsyncGenerator<Snapshot<string>> {
    this.signals.push(signal);
    for (const step of this.script) {
      await new Promise<void>((resolve) => (this.next = resolve));
      if (step instanceof ApiError) throw step;
      yield step;
    }
  }
}
customElements.define('resource-host', ResourceHost);

async function host(script: Step[]): Promise<ResourceHost> {
  const element = document.createElement('resource-host') as ResourceHost;
  element.script = script;
  return fixture<ResourceHost>(html`${element}`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ResourceController', () => {
  it('is loading until the first snapshot, then shows the cached value and then the fresh one', async () => {
    const element = await host([cached('old'), fresh('new')]);
    expect(element.resource.status).to.equal('loading');
    element.step();
    await waitUntil(() => element.resource.value === 'old');
    expect(element.resource.status).to.equal('complete');
    element.step();
    await waitUntil(() => element.resource.value === 'new');
    expect([element.resource.storedAt, element.resource.offline]).to.deep.equal([2, false]);
  });

  it('keeps the cached value, marked offline, when the refresh fails', async () => {
    const element = await host([cached('old'), new ApiError('network', 'down')]);
    element.step();
    await waitUntil(() => element.resource.value === 'old');
    element.step();
    await waitUntil(() => element.resource.offline);
    expect([element.resource.status, element.resource.value, element.resource.error?.code]).to.deep.equal(['complete', 'old', 'network']);
  });

  it('is in error when the read fails with nothing to show, and loads again on reload', async () => {
    const element = await host([new ApiError('http_500', 'failing', 500)]);
    element.step();
    await waitUntil(() => element.resource.status === 'error');
    expect(element.resource.error?.status).to.equal(500);
    element.script = [fresh('back')];
    element.resource.reload();
    expect(element.resource.status).to.equal('loading');
    element.step();
    await waitUntil(() => element.resource.value === 'back');
    expect(element.resource.error).to.equal(undefined);
  });

  it('aborts the read of the old args and forgets their value when the args change', async () => {
    const element = await host([fresh('x')]);
    element.step();
    await waitUntil(() => element.resource.value === 'x');
    element.script = [fresh('y')];
    element.key = 'y';
    element.requestUpdate();
    await element.updateComplete;
    expect(element.signals[0]!.aborted).to.equal(true);
    expect([element.resource.status, element.resource.value]).to.deep.equal(['loading', undefined]);
    element.step();
    await waitUntil(() => element.resource.value === 'y');
  });

  it('is idle, and reads nothing, while the args are incomplete', async () => {
    const element = document.createElement('resource-host') as ResourceHost;
    element.key = '';
    await fixture(html`${element}`);
    await settle();
    expect([element.resource.status, element.signals.length]).to.deep.equal(['idle', 0]);
  });

  it('reads again when a change it cares about is announced, and not for others', async () => {
    const element = await host([fresh('x')]);
    element.step();
    await waitUntil(() => element.resource.value === 'x');
    announce({ kind: 'entities', keys: ['other'] });
    announce({ kind: 'claims' });
    await settle();
    expect(element.signals).to.have.length(1);
    // Entity changes come from other tabs (this tab already has the values it fetched).
    const otherTab = new BroadcastChannel('learning-city-widgets');
    otherTab.postMessage({ kind: 'entities', keys: ['x'] });
    otherTab.close();
    await waitUntil(() => element.signals.length === 2, 'no reload');
    expect(element.resource.value).to.equal('x'); // kept while the new read runs
  });

  it('stops reading when its element leaves the page', async () => {
    const element = await host([fresh('x')]);
    element.remove();
    expect(element.signals[0]!.aborted).to.equal(true);
  });
});
