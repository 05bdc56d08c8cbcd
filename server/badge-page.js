// The readable page an assertion or credential URL answers to a browser (`Accept: text/html`):
// the badge as a person sees it, and a way to verify it. Every value is escaped, and the page
// runs no script: its Content-Security-Policy allows its one inline stylesheet by hash.
import { createHash } from 'node:crypto';
import { escapeXml as escape } from './media.js';

const STYLE = `
body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
main { max-width: 40rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 0.75rem; }
img { display: block; width: 10rem; height: 10rem; object-fit: contain; margin-inline: auto; }
h1 { text-align: center; margin-block: 1rem 0.25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-line; }
.verify { display: inline-block; margin-block-start: 1rem; padding: 0.6rem 1rem; border-radius: 0.5rem; background: #0b5cad; color: #fff; text-decoration: none; }
.revoked { padding: 0.5rem 1rem; border-radius: 0.5rem; background: #fde8e8; color: #8a1010; }
@media (prefers-color-scheme: dark) { body { background: #111418; color: #e8eaed; } main { background: #1b1f24; } }
@media (forced-colors: active) { .verify { border: 1px solid; } }`;

/** No scripts, no frames, no forms; images from this site, HTTPS or data URLs; only the style above. */
export const BADGE_PAGE_CSP = [
  "default-src 'none'",
  "img-src 'self' https: data:",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The page for one badge, with its headers.
 * @param {{
 *   name: string, description?: string, imageUrl?: string, imageAlt?: string, criteria?: string,
 *   issuer: { name: string, url?: string }, issuedOn: string, revoked?: boolean,
 *   documentUrl: string, verifyUrl: string,
 * }} badge `documentUrl` is the assertion or credential; `verifyUrl` a page with `<badge-verify>`
 * @returns {{ headers: Record<string, string>, body: string }}
 */
export function badgePage(badge) {
  const date = new Date(badge.issuedOn);
  const issuedOn = Number.isNaN(date.getTime()) ? badge.issuedOn : date.toISOString().slice(0, 10);
  const verify = `${badge.verifyUrl}${badge.verifyUrl.includes('?') ? '&' : '?'}src=${encodeURIComponent(badge.documentUrl)}`;
  const issuer = badge.issuer.url ? `<a href="${escape(badge.issuer.url)}">${escape(badge.issuer.name)}</a>` : escape(badge.issuer.name);
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(badge.name)}: Open Badge</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${badge.imageUrl ? `<img src="${escape(badge.imageUrl)}" alt="${escape(badge.imageAlt ?? '')}">` : ''}
<h1>${escape(badge.name)}</h1>
${badge.revoked ? '<p class="revoked">This badge was revoked by its issuer.</p>' : ''}
${badge.description ? `<p>${escape(badge.description)}</p>` : ''}
<dl>
<dt>Issued by</dt><dd>${issuer}</dd>
<dt>Issued on</dt><dd><time datetime="${escape(badge.issuedOn)}">${escape(issuedOn)}</time></dd>
${badge.criteria ? `<dt>Criteria</dt><dd>${escape(badge.criteria)}</dd>` : ''}
</dl>
<a class="verify" href="${escape(verify)}">Verify this badge</a>
</main>
</body>
</html>
`;
  return {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': BADGE_PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept',
    },
    body,
  };
}

/**
 * Whether a request's `Accept` header asks for the readable page rather than JSON-LD: only when
 * it names `text/html` and prefers it to JSON (a bare `*\/*` gets JSON-LD, as verifiers expect).
 * @param {string | undefined} accept
 */
export function prefersHtml(accept = '') {
  const quality = new Map(
    accept.split(',').map((item) => {
      const [type, ...params] = item.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [type.trim(), q ? Number(q.slice(2)) || 0 : 1];
    }),
  );
  const html = quality.get('text/html') ?? 0;
  const json = Math.max(quality.get('application/ld+json') ?? 0, quality.get('application/json') ?? 0);
  return html > 0 && html > json;
}
