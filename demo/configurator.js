// The embed configurator: pick a widget and what it shows from the live API, its language and
// theme, see it, and copy a snippet that renders the same widget on any page. The snippet carries
// Subresource Integrity hashes of the exact build: on the script tag for the bundle's entry file
// (which holds all of its initial code), and in an import map for every chunk it loads on demand.
// For pages with a strict Content-Security-Policy the theme comes as a stylesheet to download
// instead of an inline <style>. Plain DOM, no HTML strings, so it runs under the same strict
// Content-Security-Policy as the widgets.
//
// The preview shows the form's defaults at once; what comes from the API (activities, facets,
// badges, languages) and the build's manifest (the hashes) fills the form as it arrives, into
// room the page keeps for it.
const API = `${location.origin}/api`;
const CDN = `${location.origin}/dist/cdn/`;
const form = document.querySelector('#settings');
const preview = document.querySelector('#preview');
const snippetCode = document.querySelector('#snippet');

/** Attributes each element takes from the form, in the order they are written. */
const ATTRIBUTES = {
  'activity-card': ['activity-id', 'variant', 'claim-href'],
  'activity-list': ['organiser', 'skill', 'category', 'when', 'limit', 'no-filters'],
  'badge-card': ['badge-id'],
  'badge-claim': ['badge-id', 'privacy-href'],
  'my-badges': [],
  'qr-scanner': ['accept'],
};

/** Values the elements have anyway, left out of the snippet. */
const DEFAULTS = { variant: 'full', limit: '10' };

const getJson = async (path) => {
  const response = await fetch(`${API}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
};

/** `sha384-…` (or another algorithm) of some bytes, as `integrity` and CSP sources write it. */
async function digest(bytes, algorithm = 'SHA-384') {
  const hash = new Uint8Array(await crypto.subtle.digest(algorithm, bytes));
  return `${algorithm.replace('-', '').toLowerCase()}-${btoa(String.fromCharCode(...hash))}`;
}

/** The snippet's hashes, once the manifest has arrived (the snippet is written from then on). */
let hashes;

/**
 * The hashes the snippet carries, as the build wrote them into its manifest: the entry file and
 * the stylesheet, and every file of the bundle by URL for the import map: the chunks it may load
 * later (elements, languages, the QR decoder), and the entry again, which those chunks import.
 */
async function loadHashes() {
  const manifest = await (await fetch(`${CDN}manifest.json`, { cache: 'no-store' })).json();
  const entry = manifest['learning-city-widgets.js'];
  hashes = {
    js: entry.integrity,
    css: entry.stylesheets['learning-city-widgets.css'],
    chunks: Object.fromEntries(Object.entries(manifest).map(([file, chunk]) => [`${CDN}${file}`, chunk.integrity])),
  };
  update();
}

function setOptions(select, items, keep = true) {
  const previous = select.value;
  select.replaceChildren(...items.map(({ value, label }) => new Option(label, value)));
  if (keep && items.some((item) => item.value === previous)) select.value = previous;
}

// ---- live API data ----

const activitySearch = document.querySelector('#activity-search');
const activitySelect = document.querySelector('#activity-id');
const activityCount = document.querySelector('#activity-count');
let searchTimer;
let searches = 0;

async function searchActivities() {
  const q = activitySearch.value.trim();
  const asked = ++searches;
  const { items } = await getJson(`/activities?limit=20${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  if (asked !== searches) return; // a newer search was typed meanwhile
  setOptions(activitySelect, items.map((a) => ({ value: a.id, label: a.title })));
  if (!activitySelect.value && items.length) activitySelect.value = items[0].id;
  activityCount.textContent = `${items.length === 1 ? '1 activity' : `${items.length} activities`} found${q ? ` for “${q}”` : ''}`;
  update();
}

async function loadFacets() {
  const facets = await getJson('/facets');
  for (const [name, list] of [['organiser', facets.organisers], ['skill', facets.skills], ['category', facets.categories]]) {
    const select = form.elements[name];
    select.append(...list.map((item) => new Option(item.name, item.id)));
  }
}

/** The badges of the seeded activities, by name, in one batch read (at most 50 ids, within its limit of 100). */
async function loadBadges() {
  const { items } = await getJson('/activities?limit=50');
  const ids = [...new Set(items.map((a) => a.badgeId).filter(Boolean))];
  const badges = ids.length ? (await getJson(`/badges?ids=${ids.map(encodeURIComponent).join(',')}`)).items : [];
  setOptions(
    form.elements['badge-id'],
    badges.map((b) => ({ value: b.id, label: b.name })),
  );
  update();
}

async function loadLanguages() {
  await customElements.whenDefined('learning-city');
  const languages = customElements.get('learning-city').languages;
  const options = languages.map((code) => ({ value: code, label: new Intl.DisplayNames([code], { type: 'language' }).of(code) }));
  // English, the form's default, stays chosen.
  setOptions(form.elements.lang, options);
}

// ---- what the form says ----

function settings() {
  const element = form.elements.element.value;
  const attributes = [];
  for (const name of ATTRIBUTES[element]) {
    const control = form.elements[name];
    if (control.type === 'checkbox') {
      if (control.checked) attributes.push([name, '']);
    } else if (control.value.trim() && control.value.trim() !== DEFAULTS[name]) {
      attributes.push([name, control.value.trim()]);
    }
  }
  const accent = form.elements.accent.value;
  const tokens = [
    ['--lc-color-accent', accent],
    ['--lc-color-accent-hover', `color-mix(in srgb, ${accent} 85%, black)`],
    ['--lc-color-link', accent],
    ['--lc-color-focus', accent],
    ['--lc-radius', `${form.elements.radius.value}px`],
  ];
  if (form.elements.font.value) tokens.push(['--lc-font-family', form.elements.font.value]);
  return {
    element,
    attributes,
    tokens,
    lang: form.elements.lang.value,
    dark: form.elements.dark.checked,
    strict: form.elements.strict.checked,
  };
}

// ---- preview and snippet ----

/** The element and attributes the preview's widget was made with. */
let previewWidget;

/**
 * The preview: its configuration element is kept and follows the language and theme in place;
 * the widget is made again only when the element or its attributes change.
 */
function renderPreview({ element, attributes, tokens, lang, dark }) {
  let config = preview.querySelector('learning-city');
  if (!config) {
    config = document.createElement('learning-city');
    config.setAttribute('api', API);
    preview.append(config);
  }
  config.setAttribute('lang', lang);
  config.classList.toggle('lc-theme-dark', dark);
  config.style.cssText = tokens.map(([name, value]) => `${name}: ${value}`).join('; ');
  preview.classList.toggle('dark', dark);
  const widget = JSON.stringify([element, attributes]);
  if (widget === previewWidget) return;
  previewWidget = widget;
  const created = document.createElement(element);
  for (const [name, value] of attributes) created.setAttribute(name, value);
  config.replaceChildren(created);
}

const attr = (name, value) => (value === '' ? ` ${name}` : ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);

/** The theme as CSS: inline in the snippet, or the stylesheet to download for a strict page. */
const themeCss = (tokens, indent = '') =>
  [`${indent}learning-city {`, ...tokens.map(([name, value]) => `${indent}  ${name}: ${value};`), `${indent}}`].join('\n');

const THEME_FILE = 'learning-city-theme.css';
const themeDownload = document.querySelector('#theme-download');
const strictNote = document.querySelector('#strict-note');

async function renderSnippet({ element, attributes, tokens, lang, dark, strict }) {
  const importMap = `\n${JSON.stringify({ integrity: hashes.chunks }, null, 2)}\n`;
  const theme = strict
    ? [`<link rel="stylesheet" href="/${THEME_FILE}" />`]
    : ['<style>', themeCss(tokens, '  '), '</style>'];
  snippetCode.textContent = [
    `<script type="importmap">${importMap}</script>`,
    `<link rel="stylesheet" href="${CDN}learning-city-widgets.css" integrity="${hashes.css}" crossorigin="anonymous" />`,
    `<script type="module" src="${CDN}learning-city-widgets.js" integrity="${hashes.js}" crossorigin="anonymous"></script>`,
    ...theme,
    `<learning-city${attr('api', API)}${attr('lang', lang)}${dark ? attr('class', 'lc-theme-dark') : ''}>`,
    `  <${element}${attributes.map(([name, value]) => attr(name, value)).join('')}></${element}>`,
    `</learning-city>`,
  ].join('\n');
  strictNote.hidden = !strict;
  if (strict) {
    URL.revokeObjectURL(themeDownload.href);
    themeDownload.href = URL.createObjectURL(new Blob([`${themeCss(tokens)}\n`], { type: 'text/css' }));
    // An inline import map is an inline script to CSP: the page's policy allows it by its hash.
    const mapHash = await digest(new TextEncoder().encode(importMap), 'SHA-256');
    const kit = new URL(CDN).origin;
    document.querySelector('#csp-sources').textContent = `script-src 'self' ${kit} '${mapHash}';\nstyle-src 'self' ${kit};`;
  }
}

/** WCAG contrast of the button text on the accent colour, as the preview shows it. */
function describeContrast() {
  const config = preview.querySelector('learning-city');
  const onAccent = getComputedStyle(config).getPropertyValue('--lc-color-on-accent').trim();
  const ratio = contrast(form.elements.accent.value, onAccent);
  const verdict = ratio >= 4.5 ? 'enough for text (WCAG AA)' : 'too low for text: choose a darker or lighter colour';
  document.querySelector('#contrast').textContent = `Button text contrast ${ratio.toFixed(1)}:1, ${verdict}.`;
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function update() {
  const current = settings();
  for (const group of form.querySelectorAll('[data-for]')) group.hidden = !group.dataset.for.split(' ').includes(current.element);
  document.querySelector('#radius-value').textContent = `${form.elements.radius.value} px`;
  renderPreview(current);
  if (hashes) void renderSnippet(current);
  describeContrast();
}

form.addEventListener('input', (event) => {
  if (event.target === activitySearch) {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void searchActivities(), 250);
  } else {
    update();
  }
});
form.addEventListener('submit', (event) => event.preventDefault());

document.querySelector('#copy').addEventListener('click', async () => {
  const status = document.querySelector('#copied');
  try {
    await navigator.clipboard.writeText(snippetCode.textContent);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    getSelection().selectAllChildren(snippetCode);
    status.textContent = 'Your browser did not let us copy: the code is selected, press Ctrl+C (⌘C on a Mac).';
  }
});

update();
await Promise.all([searchActivities(), loadLanguages(), loadFacets(), loadBadges(), loadHashes()]);
document.body.dataset.ready = '';
