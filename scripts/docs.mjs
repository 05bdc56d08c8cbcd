// Docs generated from the source, so that they cannot drift from the code: the README's element
// reference from dist/custom-elements.json (itself generated from the components' JSDoc), and
// THEMING.md's token tables from src/styles/tokens.ts and the elements' `@cssprop`s.
// `npm run docs` rewrites the sections between the markers; a build test fails when one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MARKERS = ['<!-- elements:start -->', '<!-- elements:end -->'];
export const TOKEN_MARKERS = ['<!-- tokens:start -->', '<!-- tokens:end -->'];

/** Order in which a webmaster meets the elements; any other comes after them, by name. */
const ORDER = ['learning-city', 'activity-card', 'activity-list', 'badge-card', 'badge-claim', 'qr-scanner', 'my-badges', 'playlist-card', 'badge-verify', 'claim-review', 'claim-kiosk'];

/**
 * The manifest's elements in that order: the manifest's own follows the order its files were
 * found in, which is not the same on every machine.
 */
function elements(manifest) {
  const rank = (d) => (ORDER.includes(d.tagName) ? ORDER.indexOf(d.tagName) : ORDER.length);
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return declarations.sort((a, b) => rank(a) - rank(b) || a.tagName.localeCompare(b.tagName));
}

/** One line of a Markdown table cell: pipes escaped, line breaks joined. */
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

function element(d) {
  const out = [`### \`<${d.tagName}>\``, '', cell(d.description), ''];
  out.push(
    ...table(
      ['attribute', 'property', 'type', 'default', ''],
      (d.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
    ),
  );
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description);
  out.push(
    ...table(
      ['method', ''],
      methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]),
    ),
  );
  out.push(...table(['event', ''], (d.events ?? []).map((e) => [code(e.name), cell(e.description)])));
  out.push(...table(['slot', ''], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  out.push(...table(['part', ''], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])));
  out.push(...table(['CSS property', ''], (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])));
  return out.join('\n');
}

/** The reference section's Markdown for a manifest. */
export function referenceMarkdown(manifest) {
  return `\n${elements(manifest).map(element).join('\n')}\n`;
}

/** `text` with the part between two markers replaced. */
function between(text, [startMarker, endMarker], content, file) {
  const [start, end] = [startMarker, endMarker].map((m) => text.indexOf(m));
  if (start < 0 || end < start) throw new Error(`${file} lacks the markers ${startMarker} … ${endMarker}`);
  return text.slice(0, start + startMarker.length) + content + text.slice(end);
}

/** The README with its reference section replaced. */
export function withReference(readme, manifest) {
  return between(readme, MARKERS, referenceMarkdown(manifest), 'README.md');
}

/** `name → { value, role }` for each token declared in one css`` block of tokens.ts. */
function tokenBlock(source, name) {
  const start = source.indexOf(`const ${name} = css\``);
  const block = source.slice(start, source.indexOf('`;', start));
  return new Map(
    [...block.matchAll(/^\s*(--lc-[\w-]+):\s*([^;]+);(?:\s*\/\*\s*(.*?)\s*\*\/)?/gm)].map((m) => [m[1], { value: m[2], role: m[3] ?? '' }]),
  );
}

/** THEMING.md's tables: semantic tokens (light and dark), component knobs, primitives. */
export function tokensMarkdown(tokensSource, manifest) {
  const [primitives, light, dark, shape] = ['primitives', 'light', 'dark', 'shape'].map((b) => tokenBlock(tokensSource, b));
  const out = ['', '### Semantic tokens: colours', ''];
  out.push(...table(['token', 'light', 'dark', 'use'], [...light].map(([name, t]) => [code(name), code(t.value), code(dark.get(name)?.value), cell(t.role)])));
  out.push('### Semantic tokens: type, space, shape', '');
  out.push(...table(['token', 'value', 'use'], [...shape].map(([name, t]) => [code(name), code(t.value), cell(t.role)])));
  out.push('### Component knobs', '', 'Not set by the kit: each element reads them with the default shown, so set them on the element or any ancestor.', '');
  out.push(...table(['element', 'knob', ''], elements(manifest).flatMap((d) => (d.cssProperties ?? []).map((p) => [code(d.tagName), code(p.name), cell(p.description)]))));
  out.push('### Primitives', '', 'The palette and scale the semantic tokens are made of; a theme rarely needs to change them.', '');
  out.push(...table(['token', 'value'], [...primitives].map(([name, t]) => [code(name), code(t.value)])));
  return `${out.join('\n').trimEnd()}\n`;
}

/** THEMING.md with its token tables replaced. */
export function withTokens(theming, tokensSource, manifest) {
  return between(theming, TOKEN_MARKERS, tokensMarkdown(tokensSource, manifest), 'THEMING.md');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  writeFileSync('README.md', withReference(readFileSync('README.md', 'utf8'), manifest));
  writeFileSync('THEMING.md', withTokens(readFileSync('THEMING.md', 'utf8'), readFileSync('src/styles/tokens.ts', 'utf8'), manifest));
  console.log('README.md and THEMING.md: regenerated from custom-elements.json and src/styles/tokens.ts');
}
