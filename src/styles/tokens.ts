import { css } from 'lit';

/**
 * The kit's design tokens, in three layers:
 *
 * 1. primitives, the raw palette and scales (`--lc-color-blue-600`, `--lc-size-4`);
 * 2. semantic tokens, the roles every widget reads (`--lc-color-accent`, `--lc-space-m`);
 * 3. component knobs, read with a fallback to a semantic token and never set by the kit
 *    (`padding: var(--lc-activity-card-padding, var(--lc-space-m))`).
 *
 * The first two layers are declared once for the whole document at zero specificity
 * (`:where(:root)`), so any rule of the page (on `:root`, a section, the element itself) wins,
 * and custom properties inherit into every shadow root. Dark values apply under an ancestor (or
 * `:root`) with the class `lc-theme-dark`, and by `prefers-color-scheme` unless an ancestor has
 * `lc-theme-light`.
 */
const primitives = css`
  --lc-color-white: #ffffff;
  --lc-color-gray-50: #f6f8fa;
  --lc-color-gray-100: #eaeef2;
  --lc-color-gray-200: #d0d7de;
  --lc-color-gray-300: #afb8c1;
  --lc-color-gray-500: #6e7781;
  --lc-color-gray-600: #57606a;
  --lc-color-gray-700: #424a53;
  --lc-color-gray-800: #262c36;
  --lc-color-gray-900: #1b1f24;
  --lc-color-gray-950: #0f1318;
  --lc-color-blue-50: #ecf4ff;
  --lc-color-blue-200: #b6d6ff;
  --lc-color-blue-300: #80b9ff;
  --lc-color-blue-600: #0b5cad;
  --lc-color-blue-700: #094b8f;
  --lc-color-blue-900: #0c2d52;
  --lc-color-red-300: #ff9b92;
  --lc-color-red-700: #b42318;
  --lc-color-amber-100: #fff4d6;
  --lc-color-amber-900: #5c3b00;
  --lc-size-1: 0.25rem;
  --lc-size-2: 0.5rem;
  --lc-size-3: 0.75rem;
  --lc-size-4: 1rem;
  --lc-size-6: 1.5rem;
  --lc-size-8: 2rem;
`;

const light = css`
  --lc-color-scheme: light; /* light or dark: form controls and scroll bars follow it */
  --lc-color-text: var(--lc-color-gray-900); /* body text */
  --lc-color-text-muted: var(--lc-color-gray-600); /* secondary text: labels, hints, counts */
  --lc-color-surface: var(--lc-color-white); /* card and panel background */
  --lc-color-surface-sunken: var(--lc-color-gray-50); /* background of wells and placeholders */
  --lc-color-border: var(--lc-color-gray-200); /* card and field borders */
  --lc-color-accent: var(--lc-color-blue-600); /* primary buttons, selected states */
  --lc-color-accent-hover: var(--lc-color-blue-700); /* primary buttons under the pointer */
  --lc-color-on-accent: var(--lc-color-white); /* text on the accent colour */
  --lc-color-accent-subtle: var(--lc-color-blue-50); /* chips, image placeholders */
  --lc-color-link: var(--lc-color-blue-600); /* links */
  --lc-color-danger: var(--lc-color-red-700); /* errors */
  --lc-color-notice: var(--lc-color-amber-100); /* background of notices (offline, queued) */
  --lc-color-on-notice: var(--lc-color-amber-900); /* text on notices */
  --lc-color-skeleton: var(--lc-color-gray-100); /* loading placeholders */
  --lc-color-focus: var(--lc-color-blue-600); /* focus rings */
`;

const dark = css`
  --lc-color-scheme: dark;
  --lc-color-text: var(--lc-color-gray-50);
  --lc-color-text-muted: var(--lc-color-gray-300);
  --lc-color-surface: var(--lc-color-gray-950);
  --lc-color-surface-sunken: var(--lc-color-gray-900);
  --lc-color-border: var(--lc-color-gray-700);
  --lc-color-accent: var(--lc-color-blue-300);
  --lc-color-accent-hover: var(--lc-color-blue-200);
  --lc-color-on-accent: var(--lc-color-gray-950);
  --lc-color-accent-subtle: var(--lc-color-blue-900);
  --lc-color-link: var(--lc-color-blue-300);
  --lc-color-danger: var(--lc-color-red-300);
  --lc-color-notice: var(--lc-color-amber-900);
  --lc-color-on-notice: var(--lc-color-amber-100);
  --lc-color-skeleton: var(--lc-color-gray-800);
  --lc-color-focus: var(--lc-color-blue-300);
`;

/** Semantic tokens that do not change with the colour scheme. */
const shape = css`
  --lc-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; /* every widget's font */
  --lc-line-height: 1.5; /* line height of text */
  --lc-font-size-s: 0.875rem; /* small text: hints, chips */
  --lc-font-size-m: 1rem; /* body text */
  --lc-font-size-l: 1.25rem; /* headings */
  --lc-space-xs: var(--lc-size-1); /* smallest gap */
  --lc-space-s: var(--lc-size-2); /* gap between related items */
  --lc-space-m: var(--lc-size-4); /* padding inside cards */
  --lc-space-l: var(--lc-size-6); /* gap between sections */
  --lc-radius: var(--lc-size-2); /* corners of cards, buttons and fields */
  --lc-radius-pill: 999px; /* corners of chips */
  --lc-target-size: 44px; /* smallest size of anything clickable (44 px, WCAG 2.5.5) */
`;

const theme = css`
  :where(:root) {
    ${primitives}
    ${shape}
  }
  :where(:root),
  :where(.lc-theme-light) {
    ${light}
  }
  :where(.lc-theme-dark) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :where(:root:not(.lc-theme-light)) {
      ${dark}
    }
  }
`;

/**
 * Adds the token layers to the page once, even when two copies of the kit are loaded. Widgets
 * call it when they connect, so importing a module changes nothing in the page.
 */
export function installTheme(): void {
  const marker = Symbol.for('learning-city-widgets.theme');
  const page = document as Document & { [marker]?: true };
  if (page[marker]) return;
  page[marker] = true;
  // A constructed sheet is not subject to a page's `style-src` Content-Security-Policy.
  if (theme.styleSheet) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme.styleSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = theme.cssText;
    document.head.append(style);
  }
}

/**
 * What every widget's shadow root starts from: the page's tokens applied to the host.
 *
 * The inherited text properties are `!important` so that a host page's global rules (`* {
 * font-size: 2em !important }`, `body { text-transform: uppercase }`) cannot reach inside: an
 * important declaration of the shadow tree wins over the page's. Designers set the tokens instead.
 * Layout properties of the host (margin, width, display) stay the page's to set.
 */
export const tokens = css`
  :host {
    font-family: var(--lc-font-family) !important;
    font-size: var(--lc-font-size-m) !important;
    font-weight: normal !important;
    font-style: normal !important;
    color: var(--lc-color-text) !important;
    line-height: var(--lc-line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    color-scheme: var(--lc-color-scheme);
  }
`;
