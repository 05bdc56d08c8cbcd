/**
 * Layout stability in the page: the layout shifts the browser reports (the Layout Instability API,
 * as CLS counts them; Chromium only, so elsewhere the total stays 0 and the suites also compare
 * boxes themselves), and waiting for frames to be painted.
 */

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
