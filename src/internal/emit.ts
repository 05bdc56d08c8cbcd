/**
 * Dispatches a kit event the same way everywhere: bubbling and composed, so a host page can
 * listen on `document` even though the element lives in shadow roots.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: HTMLElement,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}
