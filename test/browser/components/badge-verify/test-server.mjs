// The dev-server side of the <badge-verify> suites (a plugin for web-test-runner.config.mjs):
// 1. Open Badges 3.0 credentials made by the server's own credential modules, and their issuer's
//    documents, under /ob3/ (until the API's routes serve them), as every kind of input:
//    valid, tampered, expired, revoked, wrong key (signed by another key; or by a key whose
//    controller is not the issuer), unsigned; as JSON and baked PNG and SVG.
//    Also an expired 2.0 hosted assertion, which the reference API never answers.
// 2. POST /ob3/verify: the server's verifier, so a suite can check both directions.
// 3. The verification chunk bundled as the drop-in bundle ships it (its libraries are CommonJS
//    with browser builds, which the dev server does not convert on its own).
import { build } from 'esbuild';
import QRCode from 'qrcode';
import { PNG_KEYWORD, bakePng, bakeSvg } from '../../../../server/baking.js';
import { credentialUrls, keyDocument, signCredential } from '../../../../server/credentials.js';
import { badgeSvg } from '../../../../server/media.js';
import { verifyOpenBadgeCredential } from '../../../../server/verify.js';
import { createIssuer } from '../../../server/ob3-issuer.js';

const EMAIL = 'ona@example.org';

/** One issuer (and its fixtures) per origin the browser uses, since credentials hold absolute URLs. */
const issuers = new Map();

async function fixturesFor(origin) {
  const base = `${origin}/ob3`;
  const issuer = await createIssuer(base);
  const valid = await issuer.issue(EMAIL);
  const revoked = await issuer.issue(EMAIL);
  await issuer.revoke(revoked);
  const tampered = structuredClone(valid);
  tampered.credentialSubject.achievement.name = 'Master of Everything';
  const stranger = await createIssuer(base);
  // Signed with the stranger's key published as an "impostor" issuer's, but naming our issuer.
  const impostorKey = credentialUrls(base).key('impostor');
  const impostor = await signCredential(await issuer.issue(EMAIL, {}, { sign: false }), { keyPair: stranger.keyPair, base, issuerId: 'impostor' });
  const credentials = {
    valid,
    revoked,
    tampered,
    expired: await issuer.issue(EMAIL, { issuedOn: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' }),
    'not-yet-valid': await issuer.issue(EMAIL, { issuedOn: '2099-01-01T00:00:00Z' }),
    'wrong-key': await stranger.issue(EMAIL),
    impostor,
    unsigned: await issuer.issue(EMAIL, {}, { sign: false }),
  };
  // An Open Badges 2.0 hosted assertion that has expired (the reference API sets no expiry).
  const ob2 = (path, document) => [`${base}/ob2/${path}`, { '@context': 'https://w3id.org/openbadges/v2', id: `${base}/ob2/${path}`, ...document }];
  const hosted = new Map([
    ob2('issuer', { type: 'Profile', name: 'Vilnius City of Learning', url: 'https://vilnius.example.org' }),
    ob2('badgeclass', { type: 'BadgeClass', name: 'Future Skills Strategist', issuer: `${base}/ob2/issuer` }),
    ob2('expired', {
      type: 'Assertion',
      recipient: { type: 'email', hashed: false, identity: EMAIL },
      badge: `${base}/ob2/badgeclass`,
      verification: { type: 'hosted' },
      issuedOn: '2020-01-01T00:00:00Z',
      expires: '2021-01-01T00:00:00Z',
    }),
  ]);
  const png = await QRCode.toBuffer(valid.id);
  const svg = badgeSvg({ name: valid.name, color: '#0b5cad' });
  return {
    documents: async (url) => (url === impostorKey ? keyDocument(stranger.keyPair, base, 'impostor') : issuer.document(url)),
    hosted,
    credentials,
    files: {
      'valid.png': { type: 'image/png', body: bakePng(png, PNG_KEYWORD.credential, JSON.stringify(valid)) },
      'revoked.png': { type: 'image/png', body: bakePng(png, PNG_KEYWORD.credential, JSON.stringify(revoked)) },
      'plain.png': { type: 'image/png', body: png },
      'valid.svg': { type: 'image/svg+xml', body: bakeSvg(svg, { credential: valid }) },
      'tampered.svg': { type: 'image/svg+xml', body: bakeSvg(svg, { credential: tampered }) },
    },
  };
}

const fixtures = (origin) => {
  if (!issuers.has(origin)) issuers.set(origin, fixturesFor(origin));
  return issuers.get(origin);
};

let verifyChunk;

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function badgeVerifyTestServer() {
  return {
    name: 'badge-verify-test-server',
    async serve(context) {
      if (/^\/src\/verify\/verify\.(js|ts)$/.test(context.path)) {
        verifyChunk ??= build({ entryPoints: ['src/verify/verify.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false });
        return { body: (await verifyChunk).outputFiles[0].text, type: 'js' };
      }
      if (!context.path.startsWith('/ob3/')) return undefined;
      const { documents, hosted, credentials, files } = await fixtures(context.request.origin);
      const path = context.path.slice('/ob3'.length);
      const kind = /^\/fixtures\/([\w-]+)\.json$/.exec(path)?.[1];
      if (kind && credentials[kind]) return { body: JSON.stringify(credentials[kind]), type: 'application/ld+json' };
      const file = /^\/fixtures\/([\w.-]+)$/.exec(path)?.[1];
      if (file && files[file]) return { body: files[file].body, type: files[file].type };
      if (path === '/verify' && context.method === 'POST') {
        const result = await verifyOpenBadgeCredential(await readJson(context.req), { resolve: documents });
        return { body: JSON.stringify({ verified: result.verified, error: result.error?.message }), type: 'json' };
      }
      const url = `${context.request.origin}${context.path}`;
      const document = Object.values(credentials).find((c) => c.id === url) ?? hosted.get(url) ?? (await documents(url));
      // Anything else falls through to the dev server, which answers 404.
      return document ? { body: JSON.stringify(document), type: 'application/ld+json' } : undefined;
    },
  };
}
