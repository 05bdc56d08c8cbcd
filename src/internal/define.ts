/**
 * Registers a custom element once. City pages often load a script twice (a CMS block and a theme
 * both adding it), so a second registration of the same class is a no-op, and a different class
 * under the same tag (another copy or version of the kit) keeps the first one with a warning
 * instead of throwing `NotSupportedError`.
 */
export function define(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing === undefined) {
    customElements.define(tagName, elementClass);
  } else if (existing !== elementClass) {
    console.warn(
      `learning-city-widgets: <${tagName}> is already defined by another copy of the kit; keeping that one.`,
    );
  }
}
