// The readable badge page: what a person sees at an assertion or credential URL, escaped, under
// a CSP that allows no script; and which requests get it instead of JSON-LD.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { badgePage, prefersHtml } from '../../server/badge-page.js';

const BADGE = {
  name: 'Future Skills <Strategist>',
  description: 'Plans & grows "skills".',
  imageUrl: 'https://badges.example.org/api/media/strategist.svg',
  imageAlt: 'A round badge',
  criteria: 'Take part.\nAnswer the questions.',
  issuer: { name: 'Vilnius City of Learning', url: 'https://vilnius.example.org/?a=1&b=2' },
  issuedOn: '2026-05-04T10:00:00Z',
  documentUrl: 'https://badges.example.org/api/credentials/abc',
  verifyUrl: 'https://badges.example.org/verify.html',
};

describe('badge page', () => {
  it('shows image, name, issuer, date, criteria and a link to verify this badge', () => {
    const { body } = badgePage(BADGE);
    assert.match(body, /<img src="https:\/\/badges.example.org\/api\/media\/strategist.svg" alt="A round badge">/);
    assert.match(body, /<h1>Future Skills &lt;Strategist&gt;<\/h1>/);
    assert.match(body, /<a href="https:\/\/vilnius.example.org\/\?a=1&amp;b=2">Vilnius City of Learning<\/a>/);
    assert.match(body, /<time datetime="2026-05-04T10:00:00Z">2026-05-04<\/time>/);
    assert.match(body, /Take part.\nAnswer the questions./);
    assert.match(body, /href="https:\/\/badges.example.org\/verify.html\?src=https%3A%2F%2Fbadges.example.org%2Fapi%2Fcredentials%2Fabc">Verify this badge/);
    assert.doesNotMatch(body, /was revoked/);
    assert.match(badgePage({ ...BADGE, revoked: true }).body, /This badge was revoked by its issuer./);
  });

  it('escapes every value', () => {
    const hostile = '"><script>alert(1)</script>';
    const { body } = badgePage({ ...BADGE, name: hostile, description: hostile, criteria: hostile, issuer: { name: hostile, url: hostile }, imageAlt: hostile });
    assert.doesNotMatch(body, /<script>/);
    assert.match(body, /&quot;&gt;&lt;script&gt;/);
  });

  it('is served under a CSP that allows no script and only its own stylesheet', () => {
    const { headers, body } = badgePage(BADGE);
    assert.equal(headers['Content-Type'], 'text/html; charset=utf-8');
    const csp = headers['Content-Security-Policy'];
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src|unsafe-inline/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(body)[1];
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`));
    assert.equal(headers.Vary, 'Accept');
  });
});

describe('content negotiation', () => {
  it('gives browsers the page and verifiers JSON-LD', () => {
    assert.equal(prefersHtml('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'), true);
    assert.equal(prefersHtml('text/html'), true);
    assert.equal(prefersHtml('application/ld+json'), false);
    assert.equal(prefersHtml('application/json, text/html;q=0.5'), false);
    assert.equal(prefersHtml('*/*'), false);
    assert.equal(prefersHtml(''), false);
    assert.equal(prefersHtml(undefined), false);
    assert.equal(prefersHtml('text/html;q=0'), false);
  });
});
