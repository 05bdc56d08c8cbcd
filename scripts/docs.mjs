// The README's element reference, generated from dist/custom-elements.json (itself generated from
// the components' JSDoc), so that the docs cannot drift from the code. `npm run docs` rewrites
// the section between the markers; a build test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MARKERS = ['<!-- elements:start -->', '<!-- elements:end -->'];

/** Order in which a webmaster meets the elements. */
const ORDER = ['learning-city', 'activity-card', 'activity-list', 'badge-card', 'badge-claim', 'qr-scanner', 'my-badges'];

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
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  declarations.sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));
  return `\n${declarations.map(element).join('\n')}\n`;
}

/** The README with its reference section replaced. */
export function withReference(readme, manifest) {
  const [start, end] = MARKERS.map((m) => readme.indexOf(m));
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${MARKERS.join(' … ')}`);
  return readme.slice(0, start + MARKERS[0].length) + referenceMarkdown(manifest) + readme.slice(end);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  writeFileSync('README.md', withReference(readFileSync('README.md', 'utf8'), manifest));
  console.log('README.md: element reference regenerated from dist/custom-elements.json');
}
