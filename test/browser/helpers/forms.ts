import { waitUntil } from '@open-wc/testing';

/**
 * The first element matching `selector` in `host`'s shadow root, waiting for it to render (up to
 * 8 s, as `waitForPart` does: a widget's first render waits on its data, and a busy machine's
 * first IndexedDB open and API answer can take longer than waitUntil's default second).
 */
export async function shadow<T extends Element = HTMLElement>(host: Element, selector: string): Promise<T> {
  await waitUntil(() => host.shadowRoot?.querySelector(selector), `${selector} did not render`, { timeout: 8000 });
  return host.shadowRoot!.querySelector<T>(selector)!;
}

/** Types into a field the way a visitor does: a new value and an `input` event. */
export async function type(host: Element, selector: string, value: string): Promise<void> {
  const field = await shadow<HTMLInputElement | HTMLTextAreaElement>(host, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Ticks a box the way a visitor does, unless it is ticked already: a draft restored from this
 * device (a previous test's element may save its draft after the store was cleared) can tick it
 * first, and a blind click would then untick it.
 */
export async function check(host: Element, selector: string): Promise<void> {
  const box = await shadow<HTMLInputElement>(host, selector);
  if (!box.checked) box.click();
}

/** Clicks the button whose text contains `label`. */
export async function press(host: Element, label: string): Promise<void> {
  await waitUntil(
    () => [...host.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.includes(label)),
    `no button "${label}"`,
  );
  [...host.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(label))!.click();
}

/** Attaches files to a file input as a visitor picking them would. */
export async function attach(host: Element, selector: string, ...files: File[]): Promise<void> {
  const input = await shadow<HTMLInputElement>(host, selector);
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const text = (host: Element) => host.shadowRoot!.textContent!.replace(/\s+/g, ' ');
