/**
 * Layout stability in the page: the layout shifts the browser reports (the Layout Instability API,
 * as CLS counts them; Chromium only, so elsewhere the total stays 0 and the suites also compare
 * boxes themselves), waiting for frames to be painted, the room the drop-in's stylesheet keeps, and
 * an element that keeps it while it loads.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { part } from './components.js';

/** Whether this browser reports `layout-shift` entries. */
export const reportsLayoutShifts = () => PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

/** Layout shifts the browser reports from now on, those right after input (which CLS leaves out) included. */
export function recordShifts(): { total: () => number; stop: () => void } {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  if (reportsLayoutShifts()) observer.observe({ type: 'layout-shift' });
  return { total: () => total, stop: () => observer.disconnect() };
}

/** Resolves once two more frames have been painted. */
export const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * The height of `markup`'s element on a page with only the drop-in's stylesheet (no script: the
 * element stays undefined), in a frame of the given size, whose viewport the stylesheet's `vmin`
 * sizes follow. The frame never scrolls: a classic scrollbar (Firefox) would narrow its content.
 * It stays in the test's page, above what the test lays out next: where that falls below the
 * viewport, Chromium reports no layout shift of it, and only the boxes the test compares say
 * whether it moved.
 */
export async function stylesheetHeight(markup: string, width: number, height = 800): Promise<number> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: ${width}px; height: ${height}px; border: 0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html style="overflow: hidden"><link rel="stylesheet" href="${location.origin}/src/cdn.css"><body style="margin: 0">${markup}`;
  await loaded;
  return frame.contentDocument!.body.firstElementChild!.getBoundingClientRect().height;
}

/**
 * Puts `element` (configured, not yet in the page) between two paragraphs of a page `width` px
 * wide, and checks that from its first render (busy, in its skeleton) until `loaded` holds it is
 * `reserved` px tall, the text below it does not move, and both states pass axe.
 */
export async function expectSteadyLoad(
  element: LitElement,
  { width, reserved, loaded, what }: { width: number; reserved: number; loaded: () => unknown; what: string },
): Promise<void> {
  const page = await fixture<HTMLElement>(html`<main style="width: ${width}px">
    <p>Text of the page before the element.</p>
    <p id="after">Text of the page after it.</p>
  </main>`);
  const after = page.querySelector('#after')!;
  page.insertBefore(element, after);
  await element.updateComplete;
  expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
  expect(part(element, 'skeleton'), 'no skeleton').to.exist;
  expect(element.getBoundingClientRect().height).to.be.closeTo(reserved, 0.5);
  const shifts = recordShifts();
  const top = after.getBoundingClientRect().top;
  // The skeleton is checked while the content is on its way.
  await expect(element).to.be.accessible();
  await waitUntil(() => part(element, 'base')!.getAttribute('aria-busy') === 'false' && loaded(), what, { timeout: 8000 });
  await nextFrames();
  shifts.stop();
  expect(element.getBoundingClientRect().height).to.be.closeTo(reserved, 0.5);
  expect(after.getBoundingClientRect().top).to.equal(top);
  expect(shifts.total()).to.equal(0);
  await expect(element).to.be.accessible();
}
