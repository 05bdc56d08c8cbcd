// Baked badge images: the credential (or 2.0 assertion) goes into the PNG or SVG and comes back
// out unchanged, still verifiable; the image stays a valid image.
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { describe, it } from 'node:test';
import QRCode from 'qrcode';
import { PNG_KEYWORD, bakePng, bakeSvg, unbakePng, unbakeSvg } from '../../server/baking.js';
import { badgeSvg } from '../../server/media.js';
import { verifyOpenBadgeCredential } from '../../server/verify.js';
import { createIssuer } from './ob3-issuer.js';

const issuer = await createIssuer('https://badges.example.org/api');
const resolve = (url) => issuer.document(url);

/** Every chunk of a PNG, checking each CRC on the way. */
function pngChunks(png) {
  const found = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    assert.equal(png.readUInt32BE(offset + 8 + length), crc32(png.subarray(offset + 4, offset + 8 + length)), `CRC of ${type}`);
    found.push(type);
    offset += 12 + length;
  }
  return found;
}

describe('PNG', () => {
  it('round-trips a credential under iTXt `openbadgecredential`, which still verifies', async () => {
    const png = await QRCode.toBuffer('https://badges.example.org');
    const credential = await issuer.issue('ona@example.org');
    const baked = bakePng(png, PNG_KEYWORD.credential, JSON.stringify(credential));
    const chunks = pngChunks(baked);
    assert.equal(chunks.at(-1), 'IEND');
    assert.equal(chunks.at(-2), 'iTXt');
    const out = JSON.parse(unbakePng(baked, PNG_KEYWORD.credential));
    assert.deepEqual(out, credential);
    assert.equal((await verifyOpenBadgeCredential(out, { resolve })).verified, true);
  });

  it('keeps one text per keyword, and a 2.0 assertion beside a 3.0 credential', async () => {
    const png = await QRCode.toBuffer('x');
    const once = bakePng(png, PNG_KEYWORD.assertion, 'https://badges.example.org/api/assertions/1');
    const twice = bakePng(once, PNG_KEYWORD.assertion, 'https://badges.example.org/api/assertions/2 ünïcode');
    const both = bakePng(twice, PNG_KEYWORD.credential, '{"a":1}');
    assert.equal(pngChunks(both).filter((type) => type === 'iTXt').length, 2);
    assert.equal(unbakePng(both, PNG_KEYWORD.assertion), 'https://badges.example.org/api/assertions/2 ünïcode');
    assert.equal(unbakePng(both, PNG_KEYWORD.credential), '{"a":1}');
    assert.equal(unbakePng(png, PNG_KEYWORD.credential), undefined);
  });

  it('refuses what is not a PNG, or a truncated one', async () => {
    assert.throws(() => bakePng(Buffer.from('<svg/>'), PNG_KEYWORD.credential, '{}'), /Not a PNG/);
    const png = await QRCode.toBuffer('x');
    assert.throws(() => unbakePng(png.subarray(0, png.length - 20), PNG_KEYWORD.credential), /truncated/);
  });
});

describe('SVG', () => {
  it('round-trips a credential in <openbadges:credential>, even one holding `]]>`', async () => {
    const svg = badgeSvg({ name: 'Future Skills Strategist', color: '#0b5cad' });
    const credential = await issuer.issue('ona@example.org');
    credential.credentialSubject.achievement.description = 'Ends a CDATA section: ]]> <b>and</b> more';
    const baked = bakeSvg(svg, { credential });
    assert.match(baked, /^<svg [^>]*xmlns:openbadges="https:\/\/purl.imsglobal.org\/ob\/v3p0"[^>]*><openbadges:credential><!\[CDATA\[/);
    assert.ok(baked.endsWith('</svg>'));
    assert.deepEqual(unbakeSvg(baked), credential);
    assert.deepEqual(unbakeSvg(bakeSvg(baked, { credential: { replaced: true } })), { replaced: true });
    assert.equal(unbakeSvg(svg), undefined);
  });

  it('bakes a 2.0 assertion URL as <openbadges:assertion verify>', () => {
    const baked = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', { assertionUrl: 'https://b.example.org/assertions/1?a=1&b="2"' });
    assert.match(baked, /xmlns:openbadges="http:\/\/openbadges.org"/);
    assert.match(baked, /<openbadges:assertion verify="https:\/\/b.example.org\/assertions\/1\?a=1&amp;b=&quot;2&quot;"><\/openbadges:assertion><\/svg>$/);
    assert.throws(() => bakeSvg('<html></html>', { assertionUrl: 'x' }), /Not an SVG/);
  });
});
