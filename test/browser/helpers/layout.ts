/**
 * Layout stability in the page: the layout shifts the browser reports (the Layout Instability API,
 * as CLS counts them; Chromium only, so elsewhere the total stays 0 and the suites also compare
 * boxes themselves), waiting for frames to be painted, and the room the drop-in's stylesheet keeps.
 */
import { fixture, html } from '@open-wc/testing';

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
