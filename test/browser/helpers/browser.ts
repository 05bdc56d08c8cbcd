/**
 * What the suites ask of the browser itself, the same way in Chromium, Firefox and WebKit: keys
 * pressed and text typed as a visitor's keyboard does, and the viewport's size. The commands are
 * carried out by the test runner (`browserCommands()` in scripts/browsers.mjs), over CDP, WebDriver
 * BiDi or WebDriver as the engine speaks.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Presses and releases one key, named by its DOM `key` value: `'Enter'`, `'Tab'`, `' '` (the
 * space bar), `'ArrowDown'`, `'Escape'`, a character.
 */
export async function pressKey(key: string): Promise<void> {
  await executeServerCommand('lc-press', { key });
}

/** Types text one key at a time into the focused element. */
export async function typeKeys(text: string): Promise<void> {
  await executeServerCommand('lc-type', { text });
}

/** Sets the page's viewport to `width` × `height` CSS pixels. */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('lc-viewport', size);
}

/** The engine this run is in. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';
