import { ContextRoot } from '@lit/context';

const installed = Symbol.for('learning-city-widgets.context-root');

/**
 * Widgets that ask for configuration before any `<learning-city>` is upgraded (a CMS inserting
 * blocks late, or the provider's script loading after the widget's) are remembered by a
 * `ContextRoot` and answered once a provider appears. One root per page, whichever copy of the
 * kit comes first.
 */
export function installContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [installed]?: true };
  if (root[installed]) return;
  root[installed] = true;
  new ContextRoot().attach(root);
}
