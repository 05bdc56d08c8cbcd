import { waitUntil } from '@open-wc/testing';

/** An element's shadow part (the first one with that name). */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** A part's text with white space collapsed, or undefined when the part is absent. */
export function partText(host: Element, name: string): string | undefined {
  return part(host, name)?.textContent?.replace(/\s+/g, ' ').trim();
}

export function waitForPart(host: Element, name: string, message = `no [part=${name}]`): Promise<void> {
  return waitUntil(() => part(host, name), message, { timeout: 8000 });
}

/** Whether an element takes up space on the page (a hidden slot's content does not). */
export function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}
