// Headless Chromium through playwright-core, with the same binary and flags as the browser tests.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...extraArgs], headless: true });
}
