/**
 * Loads an element's code when its tag first appears in the page: in the HTML the browser has
 * parsed, or inserted later by a CMS or a single-page app. The drop-in bundle uses it so that a
 * page pays only for the elements it shows (a page with one activity card never downloads the
 * claim flow). Elements inside other shadow roots are not seen: import their modules instead.
 */
export function autoload(loaders: Record<string, () => Promise<unknown>>): void {
  const pending = new Map(Object.entries(loaders));
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    if (!customElements.get(tag)) {
      loader().catch((error: unknown) => console.error(`learning-city-widgets: <${tag}> could not be loaded.`, error));
    }
    if (pending.size === 0) observer.disconnect();
  };
  const scan = (root: ParentNode) => {
    for (const tag of [...pending.keys()]) if (root.querySelector(tag)) load(tag);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        load(node.localName);
        scan(node);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
}
