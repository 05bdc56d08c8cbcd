// The organiser's endpoints: the review queue, evidence files, decisions, direct issue and
// revocation, each only for the organiser whose badge it is.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ORGANISER_TOKENS, SEED } from '../../server/seed-data.js';
import { verifyOpenBadgeCredential } from '../../server/verify.js';
import { bearer, organiser, postClaim, postJson, request, startApi, strategistClaim } from './helpers.js';

const VILNIUS = bearer(ORGANISER_TOKENS['vilnius-col']);
const TURIN = bearer(ORGANISER_TOKENS['turin-metro']);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

let server;
before(async () => {
  server = await startApi();
});
after(() => server.close());

const queue = (query = '', headers = VILNIUS) => request(`${server.base}/claims${query}`, { headers });
const review = (id, body, headers = VILNIUS) => postJson(`${server.base}/claims/${id}/review`, body, headers);
const issueTo = (recipients, headers = VILNIUS, badge = SEED.badgeId) =>
  postJson(`${server.base}/badges/${badge}/issue`, typeof recipients === 'string' ? recipients : { recipients }, headers);

/** A pending strategist-2022 claim by a new person, with a file when asked. */
async function pending(file) {
  const email = `${randomUUID()}@example.org`;
  const { status, body } = await postClaim(server.base, strategistClaim({ recipient: { name: 'Giulia Rossi', email } }));
  assert.equal(status, 201);
  if (file) {
    const form = new FormData();
    form.append('taskId', 't2');
    form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
    const upload = await request(`${server.base}/claims/${body.id}/evidence`, { method: 'POST', headers: bearer(body.token), body: form });
    assert.equal(upload.status, 201);
  }
  return { ...body, email };
}

/** A pending claim of a Turin badge (competenze-digitali has an organiser-checked task). */
async function turinClaim() {
  const { status, body } = await postClaim(server.base, {
    badgeId: 'competenze-digitali',
    recipient: { name: 'Marco', email: `${randomUUID()}@example.org` },
    consent: true,
    answers: answersFor((await request(`${server.base}/badges/competenze-digitali`)).body),
  });
  assert.equal(status, 201);
  return body;
}

/** Answers to every text and questions task of a badge. */
function answersFor(badge) {
  return Object.fromEntries(
    badge.tasks
      .filter((task) => task.kind === 'text' || task.kind === 'questions')
      .map((task) => [task.id, task.kind === 'text' ? ['An answer.'] : task.questions.map(() => 'An answer.')]),
  );
}

/** Every claim of the queue, page by page. */
async function allPages(query, headers = VILNIUS) {
  const items = [];
  let cursor = '';
  for (let pages = 0; pages < 100; pages++) {
    const { status, body } = await queue(`${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers);
    assert.equal(status, 200);
    items.push(...body.items);
    if (!body.nextCursor) return items;
    cursor = body.nextCursor;
  }
  throw new Error('the pages did not end');
}

describe('GET /claims (review queue)', () => {
  it('lists pending claims with the recipient, answers and evidence, oldest first', async () => {
    const claim = await pending({ bytes: PNG, type: 'image/png', name: 'strategy.png' });
    const items = await allPages('?status=pending-review&limit=100');
    const item = items.find((candidate) => candidate.id === claim.id);
    assert.ok(item);
    assert.equal(item.status, 'pending-review');
    assert.equal(item.badgeId, SEED.badgeId);
    assert.deepEqual(item.recipient, { name: 'Giulia Rossi', email: claim.email });
    assert.deepEqual(item.answers, { t3: ['How other cities map skills.', 'Draft our own skills map.'] });
    assert.equal(item.evidence.length, 1);
    const [file] = item.evidence;
    assert.deepEqual(Object.keys(file).sort(), ['id', 'name', 'size', 'taskId', 'type', 'url']);
    assert.equal(file.name, 'strategy.png');
    assert.equal(file.type, 'image/png');
    assert.equal(file.size, PNG.length);
    assert.equal(file.url, `${server.base}/claims/${claim.id}/evidence/${file.id}`);
    assert.equal(item.token, undefined, 'never the claim’s token');
    const times = items.map((candidate) => candidate.createdAt);
    assert.deepEqual(times, [...times].sort());
  });

  it('pages with a cursor and counts every match', async () => {
    for (let i = 0; i < 5; i++) await pending();
    const first = await queue(`?badge=${SEED.badgeId}&limit=2`);
    assert.equal(first.body.items.length, 2);
    assert.ok(first.body.total >= 5);
    const all = await allPages(`?badge=${SEED.badgeId}&limit=2`);
    assert.equal(all.length, first.body.total);
    assert.equal(new Set(all.map((item) => item.id)).size, all.length, 'no claim twice');
    const other = await queue(`?badge=${SEED.badgeId}&status=issued&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.equal(other.status, 400, 'a cursor belongs to its filters');
    assert.equal(other.body.error.code, 'invalid_cursor');
  });

  it('filters by badge, by activity and by state, and counts decisions as they are made', async () => {
    const claim = await pending();
    const before = (await queue(`?activity=${SEED.activityId}`)).body.total;
    assert.equal((await queue(`?badge=${SEED.badgeId}`)).body.total, before);
    assert.equal((await queue('?badge=young-volunteer-vilnius')).body.items.every((item) => item.badgeId === 'young-volunteer-vilnius'), true);
    assert.equal((await review(claim.id, { decision: 'reject', comment: 'No strategy.' })).status, 200);
    assert.equal((await queue(`?activity=${SEED.activityId}`)).body.total, before - 1);
    const rejected = await allPages(`?status=rejected&badge=${SEED.badgeId}&limit=100`);
    const item = rejected.find((candidate) => candidate.id === claim.id);
    assert.equal(item.reviewComment, 'No strategy.');
    assert.equal(item.decidedBy, 'Vilnius City of Learning');
  });

  it('lists issued and revoked claims apart', async () => {
    const claim = await pending();
    await review(claim.id, { decision: 'approve' });
    assert.ok((await allPages('?status=issued&limit=100')).some((item) => item.id === claim.id));
    assert.equal((await postJson(`${server.base}/claims/${claim.id}/revoke`, {}, VILNIUS)).status, 200);
    assert.ok(!(await allPages('?status=issued&limit=100')).some((item) => item.id === claim.id));
    const revoked = (await allPages('?status=revoked&limit=100')).find((item) => item.id === claim.id);
    assert.equal(revoked.status, 'revoked');
  });

  it('shows each organiser only its own claims', async () => {
    const vilnius = await pending();
    const turin = await turinClaim();
    const theirs = await allPages('?limit=100', TURIN);
    assert.ok(theirs.some((item) => item.id === turin.id));
    assert.ok(theirs.every((item) => item.badgeId !== SEED.badgeId));
    const ours = await allPages('?limit=100');
    assert.ok(ours.some((item) => item.id === vilnius.id));
    assert.ok(!ours.some((item) => item.id === turin.id));
    const everyone = await allPages('?limit=100', organiser);
    assert.ok(everyone.some((item) => item.id === turin.id) && everyone.some((item) => item.id === vilnius.id));
    // Asking for another organiser's badge or activity is refused.
    assert.equal((await queue('?badge=competenze-digitali')).status, 403);
    assert.equal((await queue(`?activity=${SEED.activityId}`, TURIN)).status, 403);
  });

  it('needs an organiser token and checks every parameter', async () => {
    assert.equal((await queue('', {})).status, 401);
    const claim = await pending();
    assert.equal((await queue('', bearer(claim.token))).status, 403, 'a claim token is no organiser token');
    assert.equal((await queue('', bearer('demo-organiser-nowhere'))).status, 403);
    const cases = {
      '?status=waiting': 'invalid_status',
      '?limit=0': 'invalid_limit',
      '?limit=101': 'invalid_limit',
      '?limit=ten': 'invalid_limit',
      '?cursor=not-a-cursor': 'invalid_cursor',
      [`?badge=${'x'.repeat(300)}`]: 'invalid_badge',
      [`?activity=${SEED.activityId}&badge=young-volunteer-vilnius`]: 'invalid_activity',
    };
    for (const [query, code] of Object.entries(cases)) {
      const { status, body } = await queue(query);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, code, query);
    }
    assert.equal((await queue('?badge=no-such-badge')).status, 404);
    assert.equal((await queue('?activity=no-such-activity')).status, 404);
  });
});

describe('GET /claims/:id/evidence/:evidenceId', () => {
  const evidenceOf = async (claim) => (await allPages(`?badge=${SEED.badgeId}&limit=100`, organiser)).find((item) => item.id === claim.id).evidence[0];

  it('answers the file with its type, a safe name and nosniff, to the organiser and to the claimant', async () => {
    const claim = await pending({ bytes: PDF, type: 'application/pdf', name: 'Strategija 2030 – Šiauliai.pdf' });
    const file = await evidenceOf(claim);
    for (const headers of [VILNIUS, bearer(claim.token), organiser]) {
      const response = await fetch(file.url, { headers });
      assert.equal(response.status, 200);
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(PDF));
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
      assert.equal(
        response.headers.get('content-disposition'),
        `attachment; filename="Strategija 2030 _ _iauliai.pdf"; filename*=UTF-8''Strategija%202030%20_%20%C5%A0iauliai.pdf`,
      );
    }
    const image = await evidenceOf(await pending({ bytes: PNG, type: 'image/png', name: 'photo.png' }));
    const shown = await fetch(image.url, { headers: VILNIUS });
    assert.equal(shown.headers.get('content-type'), 'image/png');
    assert.match(shown.headers.get('content-disposition') ?? '', /^inline; filename="photo.png"/);
  });

  it('never serves a stored file as HTML or SVG, whatever its name or recorded type', async () => {
    const claim = await pending({ bytes: Buffer.from('plain words\n'), type: 'text/plain', name: 'notes.txt' });
    const file = await evidenceOf(claim);
    const text = await fetch(file.url, { headers: VILNIUS });
    assert.equal(text.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.match(text.headers.get('content-disposition') ?? '', /^attachment;/);
    // A row written by other means, with a hostile type and name, is still an opaque download.
    const hostile = { name: 'x"; filename=evil.html\r\nSet-Cookie: a=b<svg onload=alert(1)>.svg', type: 'image/svg+xml' };
    await server.db.updateTable('evidence').set(hostile).where('id', '=', file.id).execute();
    const served = await fetch(file.url, { headers: VILNIUS });
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'application/octet-stream');
    const disposition = served.headers.get('content-disposition') ?? '';
    assert.match(disposition, /^attachment; filename="[^"\\]*"; filename\*=UTF-8''[\w.%-]*$/);
    assert.equal(served.headers.get('set-cookie'), null);
    await server.db.updateTable('evidence').set({ type: 'text/html' }).where('id', '=', file.id).execute();
    assert.equal((await fetch(file.url, { headers: VILNIUS })).headers.get('content-type'), 'application/octet-stream');
  });

  it('serves HTML or SVG script uploaded as text only as a plain-text download, and refuses it under its own type', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>');
    const html = Buffer.from('<!doctype html><script>fetch("/api/claims").then(r => r.text()).then(alert)</script>');
    for (const [bytes, name] of [[svg, 'badge.svg'], [html, 'index.html']]) {
      const claim = await pending({ bytes, type: 'text/plain', name });
      const file = await evidenceOf(claim);
      assert.equal(file.type, 'text/plain');
      const served = await fetch(file.url, { headers: VILNIUS });
      assert.equal(served.headers.get('content-type'), 'text/plain; charset=utf-8');
      assert.match(served.headers.get('content-disposition') ?? '', new RegExp(`^attachment; filename="${name}"`));
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
    }
    const claim = await pending();
    for (const [bytes, type, name] of [[svg, 'image/svg+xml', 'badge.svg'], [html, 'text/html', 'index.html']]) {
      const form = new FormData();
      form.append('taskId', 't2');
      form.append('file', new Blob([bytes], { type }), name);
      const refused = await request(`${server.base}/claims/${claim.id}/evidence`, { method: 'POST', headers: bearer(claim.token), body: form });
      assert.equal(refused.status, 415, type);
    }
  });

  it('is refused to anyone else: 401, 403 for another claim or city, 404 for another claim’s file', async () => {
    const claim = await pending({ bytes: PNG, type: 'image/png', name: 'a.png' });
    const other = await pending({ bytes: PNG, type: 'image/png', name: 'b.png' });
    const file = await evidenceOf(claim);
    assert.equal((await request(file.url)).status, 401);
    assert.equal((await request(file.url, { headers: bearer(other.token) })).status, 403);
    assert.equal((await request(file.url, { headers: TURIN })).status, 403);
    const crossed = await request(`${server.base}/claims/${other.id}/evidence/${file.id}`, { headers: bearer(other.token) });
    assert.equal(crossed.status, 404);
    assert.equal((await request(`${server.base}/claims/${claim.id}/evidence/${randomUUID()}`, { headers: VILNIUS })).status, 404);
    assert.equal((await request(`${server.base}/claims/${randomUUID()}/evidence/${file.id}`, { headers: VILNIUS })).status, 404);
  });
});

describe('POST /claims/:id/review', () => {
  it('approves or rejects with a comment that the claimant then sees', async () => {
    const claim = await pending();
    const { status, body } = await review(claim.id, { decision: 'approve', comment: 'Welcome aboard!' });
    assert.equal(status, 200);
    assert.equal(body.status, 'issued');
    assert.equal(body.reviewComment, 'Welcome aboard!');
    assert.equal(body.decidedBy, 'Vilnius City of Learning');
    assert.ok(body.assertionUrl);
    const seen = await request(`${server.base}/claims/${claim.id}`, { headers: bearer(claim.token) });
    assert.equal(seen.body.status, 'issued');
    assert.equal(seen.body.reviewComment, 'Welcome aboard!');
    assert.equal(seen.body.decidedAt, body.decidedAt);
    const rejected = await review((await pending()).id, { decision: 'reject' });
    assert.equal(rejected.status, 200, 'a comment is optional');
    assert.equal(rejected.body.reviewComment, undefined);
  });

  it('checks the decision and the comment', async () => {
    const claim = await pending();
    const cases = [
      [{ decision: 'maybe' }, 'decision_invalid', 'decision'],
      [{}, 'decision_invalid', 'decision'],
      [{ decision: 'approve', comment: 'x'.repeat(1001) }, 'comment_invalid', 'comment'],
      [{ decision: 'approve', comment: 42 }, 'comment_invalid', 'comment'],
      [{ decision: 'approve', comment: 'a\u0000b' }, 'comment_invalid', 'comment'],
      [{ decision: 'approve', comment: '   ' }, 'comment_invalid', 'comment'],
    ];
    for (const [body, code, field] of cases) {
      const answer = await review(claim.id, body);
      assert.equal(answer.status, 422, JSON.stringify(body));
      assert.equal(answer.body.error.code, code);
      assert.equal(answer.body.error.field, field);
    }
    assert.equal((await review(claim.id, '[1]')).status, 422);
    assert.equal((await review(claim.id, '{')).status, 400);
    assert.equal((await review(claim.id, { decision: 'approve', comment: 'x'.repeat(1000) })).status, 200, 'the limit itself is fine');
  });

  it('is final: a second decision answers 409 with who decided, how and when', async () => {
    const claim = await pending();
    const first = await review(claim.id, { decision: 'reject', comment: 'Not at the event.' });
    const second = await review(claim.id, { decision: 'approve' }, organiser);
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'claim_decided');
    assert.match(second.body.error.message, /Vilnius City of Learning already rejected this claim at /);
    assert.ok(second.body.error.message.includes(first.body.decidedAt));
    assert.equal(second.body.claim.status, 'rejected');
    assert.equal(second.body.claim.decidedBy, 'Vilnius City of Learning');
    assert.equal(second.body.claim.reviewComment, 'Not at the event.');
  });

  it('answers a resend of the same decision (its answer was lost) as the first, issuing once', async () => {
    const claim = await pending();
    const first = await review(claim.id, { decision: 'approve', comment: 'Welcome.' }, VILNIUS);
    const again = await review(claim.id, { decision: 'approve', comment: 'Welcome.' }, VILNIUS);
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body);
    const issued = await server.db.selectFrom('assertions').select('id').where('claim_id', '=', claim.id).execute();
    assert.equal(issued.length, 1);
    const changed = await review(claim.id, { decision: 'approve', comment: 'Another comment.' }, VILNIUS);
    assert.equal(changed.status, 409, 'a different decision is not a resend');
  });

  it('lets one of two organisers deciding at once win; the other learns who', async () => {
    const claim = await pending();
    const answers = await Promise.all([
      review(claim.id, { decision: 'approve', comment: 'Yes.' }, VILNIUS),
      review(claim.id, { decision: 'reject', comment: 'No.' }, organiser),
    ]);
    assert.deepEqual(answers.map(({ status }) => status).sort(), [200, 409]);
    const winner = answers.find(({ status }) => status === 200).body;
    const loser = answers.find(({ status }) => status === 409).body;
    assert.deepEqual(loser.claim, winner);
    const issued = await server.db.selectFrom('assertions').select('id').where('claim_id', '=', claim.id).execute();
    assert.equal(issued.length, winner.status === 'issued' ? 1 : 0);
  });

  it('is refused for another city’s claim (403) and without a token (401)', async () => {
    const claim = await turinClaim();
    const refused = await review(claim.id, { decision: 'approve' }, VILNIUS);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'forbidden');
    assert.equal((await review(claim.id, { decision: 'approve' }, {})).status, 401);
    assert.equal((await review(claim.id, { decision: 'approve' }, TURIN)).status, 200);
  });
});

describe('POST /badges/:id/issue', () => {
  it('issues to up to 500 people at once, each with an assertion and a credential', async () => {
    const recipients = Array.from({ length: 500 }, (_, i) => ({ name: `Participant ${i}`, email: `p${i}.${randomUUID()}@example.org` }));
    const { status, body } = await issueTo(recipients, VILNIUS, 'vilnius-study-visit-2022');
    assert.equal(status, 200);
    assert.equal(body.items.length, 500);
    assert.ok(body.items.every((item, i) => item.status === 'issued' && item.email === recipients[i].email && item.claimId));
    const rows = await server.db
      .selectFrom('claims as c')
      .innerJoin('assertions as a', 'a.claim_id', 'c.id')
      .select(['c.source', 'c.status_index'])
      .where('c.id', 'in', body.items.map((item) => item.claimId))
      .execute();
    assert.equal(rows.length, 500);
    assert.ok(rows.every((row) => row.source === 'organiser'));
    assert.equal(new Set(rows.map((row) => row.status_index)).size, 500, 'each its own status list place');
    assert.equal((await issueTo([...recipients, recipients[0]], VILNIUS, 'vilnius-study-visit-2022')).status, 422, '501 is too many');
  });

  it('validates each recipient and reports duplicates instead of issuing twice', async () => {
    const waiting = await pending();
    const email = `${randomUUID()}@example.org`;
    const { status, body } = await issueTo([
      { name: 'Ona', email },
      { name: 'Ona again', email: email.toUpperCase() },
      { name: 'Giulia', email: waiting.email },
      { name: '', email: 'empty-name@example.org' },
      { name: 'No address', email: 'not-an-address' },
      { name: 'x'.repeat(201), email: 'long@example.org' },
      'just a string',
      { name: 'No e-mail' },
    ]);
    assert.equal(status, 200);
    const [issued, again, existing, noName, badEmail, longName, notObject, noEmail] = body.items;
    assert.equal(issued.status, 'issued');
    assert.deepEqual(again, { email, status: 'duplicate', claimId: issued.claimId });
    assert.deepEqual(existing, { email: waiting.email, status: 'duplicate', claimId: waiting.id });
    assert.equal(noName.status, 'invalid');
    assert.equal(noName.error.field, 'recipients[3].name');
    assert.equal(badEmail.error.code, 'email_invalid');
    assert.equal(badEmail.email, 'not-an-address');
    assert.equal(longName.error.code, 'name_invalid');
    assert.deepEqual(notObject, {
      email: '',
      status: 'invalid',
      error: { code: 'recipient_invalid', message: 'recipients[6] must be a JSON object.', field: 'recipients[6]' },
    });
    assert.equal(noEmail.email, '');
    assert.equal(noEmail.error.field, 'recipients[7].email');
    // Asked again: everyone valid is a duplicate now.
    const repeated = await issueTo([{ name: 'Ona', email }]);
    assert.deepEqual(repeated.body.items, [{ email, status: 'duplicate', claimId: issued.claimId }]);
    // The recipient sees an issued claim, decided by the organiser.
    const row = await server.db.selectFrom('claims').selectAll().where('id', '=', issued.claimId).executeTakeFirstOrThrow();
    assert.equal(row.decided_by, 'Vilnius City of Learning');
    assert.equal(row.status, 'issued');
  });

  it('refuses a body that is no list, an empty one, another city, no token and no badge', async () => {
    for (const body of ['{}', '{"recipients": []}', '{"recipients": {}}', '[]']) {
      const answer = await issueTo(body);
      assert.equal(answer.status, 422, body);
    }
    assert.equal((await issueTo('{}')).body.error.code, 'recipients_invalid');
    assert.equal((await issueTo([{ name: 'A', email: 'a@example.org' }], TURIN)).status, 403);
    assert.equal((await issueTo([{ name: 'A', email: 'a@example.org' }], {})).status, 401);
    assert.equal((await issueTo([{ name: 'A', email: 'a@example.org' }], VILNIUS, 'no-such-badge')).status, 404);
    const nothingIssued = await server.db.selectFrom('claims').select('id').where('recipient_email', '=', 'a@example.org').execute();
    assert.equal(nothingIssued.length, 0);
  });
});

describe('POST /claims/:id/revoke', () => {
  it('revokes an issued badge for its own organiser only: 410 assertion, revoked credential', async () => {
    const { body } = await issueTo([{ name: 'Tomas', email: `${randomUUID()}@example.org` }]);
    const claimId = body.items[0].claimId;
    const claim = await server.db.selectFrom('assertions').select('id').where('claim_id', '=', claimId).executeTakeFirstOrThrow();
    assert.equal((await postJson(`${server.base}/claims/${claimId}/revoke`, {}, TURIN)).status, 403);
    assert.equal((await postJson(`${server.base}/assertions/${claim.id}/revoke`, { reason: 'x' }, TURIN)).status, 403);
    const revoked = await postJson(`${server.base}/claims/${claimId}/revoke`, { reason: 'Not there after all.' }, VILNIUS);
    assert.equal(revoked.status, 200);
    assert.equal(revoked.body.status, 'revoked');
    assert.equal((await request(revoked.body.assertionUrl)).status, 410);
    const resolve = async (url) => (await request(url, { headers: { Accept: 'application/ld+json' } })).body;
    const result = await verifyOpenBadgeCredential(await resolve(revoked.body.credentialUrl), { resolve });
    assert.equal(result.verified, false);
    assert.match(String(result.error?.message), /revoked/i);
    const again = await postJson(`${server.base}/claims/${claimId}/revoke`, {}, VILNIUS);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_revoked');
  });
});
