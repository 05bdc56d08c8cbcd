import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { count } from '../../server/db.js';
import { bearer, organiser, postClaim, postJson, request, startApi, strategistClaim } from './helpers.js';

const LIMIT = 64 * 1024;
let server;
before(async () => {
  server = await startApi({ maxUploadBytes: LIMIT });
});
after(() => server.close());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]);
const TEXT = Buffer.from('Vilniaus strategija: įgūdžiai visiems.\n');

const evidenceRows = () => count(server.db, 'evidence');

/** A new strategist-2022 claim: t2 is its file task. */
async function newClaim() {
  const { status, body } = await postClaim(server.base, strategistClaim());
  assert.equal(status, 201);
  return body;
}

/** Uploads `bytes` as the `file` part, declared as `type`, named `name`; null leaves a part out. */
function upload(claim, { bytes = PNG, type = 'image/png', name = 'strategy.png', taskId = 't2', headers = bearer(claim.token) } = {}) {
  const form = new FormData();
  if (taskId !== null) form.append('taskId', taskId);
  if (bytes !== null) form.append('file', new Blob([bytes], { type }), name);
  return request(`${server.base}/claims/${claim.id}/evidence`, { method: 'POST', headers, body: form });
}

describe('POST /claims/:id/evidence', () => {
  it('stores a file for a file task and describes it', async () => {
    const claim = await newClaim();
    const { status, body } = await upload(claim);
    assert.equal(status, 201);
    assert.deepEqual(Object.keys(body).sort(), ['id', 'name', 'size', 'taskId', 'type']);
    assert.equal(body.taskId, 't2');
    assert.equal(body.name, 'strategy.png');
    assert.equal(body.size, PNG.length);
    assert.equal(body.type, 'image/png');
    const stored = await server.db.selectFrom('evidence').select('body').where('id', '=', body.id).executeTakeFirstOrThrow();
    assert.ok(Buffer.from(stored.body).equals(PNG));
  });

  it('accepts PDF, UTF-8 text and a file declared only as application/octet-stream', async () => {
    const claim = await newClaim();
    assert.equal((await upload(claim, { bytes: PDF, type: 'application/pdf', name: 'plan.pdf' })).body.type, 'application/pdf');
    assert.equal((await upload(claim, { bytes: TEXT, type: 'text/plain', name: 'notes.txt' })).body.type, 'text/plain');
    const generic = await upload(claim, { bytes: PNG, type: 'application/octet-stream', name: 'photo' });
    assert.equal(generic.status, 201);
    assert.equal(generic.body.type, 'image/png');
  });

  it('refuses content that contradicts its declared type or is not an accepted type (415)', async () => {
    const claim = await newClaim();
    const cases = [
      { bytes: PNG, type: 'application/pdf', name: 'strategy.pdf' },
      { bytes: EXE, type: 'image/png', name: 'photo.png' },
      { bytes: EXE, type: 'application/octet-stream', name: 'setup.exe' },
      { bytes: Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x6f]), type: 'text/plain', name: 'broken.txt' },
    ];
    for (const upload_ of cases) {
      const { status, body } = await upload(claim, upload_);
      assert.equal(status, 415, upload_.name);
      assert.equal(body.error.code, 'unsupported_type');
    }
    // young-volunteer-vilnius takes only images for its file task (t2).
    const { body: photoClaim } = await postClaim(server.base, {
      badgeId: 'young-volunteer-vilnius',
      recipient: { name: 'Tomas', email: 'tomas@example.org' },
      consent: true,
    });
    const pdf = await upload(photoClaim, { bytes: PDF, type: 'application/pdf', name: 'plan.pdf' });
    assert.equal(pdf.status, 415);
  });

  it('keeps only a sanitised file name', async () => {
    const claim = await newClaim();
    const names = {
      '../../etc/passwd': 'passwd',
      '..\\..\\windows\\system.ini': 'system.ini',
      '<b>report</b>.txt': 'b_.txt',
      'report<1>?.txt': 'report_1__.txt',
      '..': 'evidence',
      'Strategija 2030 – Šiauliai.txt': 'Strategija 2030 _ Šiauliai.txt',
    };
    for (const [given, kept] of Object.entries(names)) {
      const { status, body } = await upload(claim, { bytes: TEXT, type: 'text/plain', name: given });
      assert.equal(status, 201, given);
      assert.equal(body.name, kept, given);
    }
  });

  it('answers 413 for a file over the limit, before and while reading it', async () => {
    const claim = await newClaim();
    const rows = await evidenceRows();
    // Declared length far over the limit: refused before reading.
    const huge = await upload(claim, { bytes: Buffer.alloc(LIMIT * 4, 0x61), type: 'text/plain', name: 'huge.txt' });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.error.code, 'file_too_large');
    // Just over the limit: refused when the stream passes it.
    const over = await upload(claim, { bytes: Buffer.alloc(LIMIT + 1, 0x61), type: 'text/plain', name: 'over.txt' });
    assert.equal(over.status, 413);
    assert.equal(over.body.error.code, 'file_too_large');
    assert.equal(await evidenceRows(), rows);
    // Exactly the limit is fine, and the connection still serves requests.
    assert.equal((await upload(claim, { bytes: Buffer.alloc(LIMIT, 0x61), type: 'text/plain', name: 'max.txt' })).status, 201);
  });

  it('stops reading a streamed upload without Content-Length at the limit', async () => {
    const claim = await newClaim();
    const boundary = 'limit-test-boundary';
    const status = await new Promise((resolve, reject) => {
      const req = httpRequest(`${server.base}/claims/${claim.id}/evidence`, {
        method: 'POST',
        headers: { ...bearer(claim.token), 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.on('error', reject);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="taskId"\r\n\r\nt2\r\n`);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.txt"\r\nContent-Type: text/plain\r\n\r\n`);
      // Keep sending well past the limit; the server answers before the upload ends.
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < LIMIT * 20 && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
      };
      pump();
    });
    assert.equal(status, 413);
  });

  it('needs the claim token: 401 without, 403 with another, 404 for an unknown claim', async () => {
    const claim = await newClaim();
    const other = await newClaim();
    assert.equal((await upload(claim, { headers: {} })).status, 401);
    const wrong = await upload(claim, { headers: bearer(other.token) });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'forbidden');
    assert.equal((await upload(claim, { headers: organiser })).status, 403);
    assert.equal((await upload({ ...claim, id: randomUUID() })).status, 404);
  });

  it('validates the task and the file, and the body type', async () => {
    const claim = await newClaim();
    const notFileTask = await upload(claim, { taskId: 't3' });
    assert.equal(notFileTask.status, 422);
    assert.equal(notFileTask.body.error.code, 'task_invalid');
    assert.equal(notFileTask.body.error.field, 'taskId');
    assert.equal((await upload(claim, { taskId: null })).body.error.code, 'task_invalid');
    const noFile = await upload(claim, { bytes: null });
    assert.equal(noFile.status, 422);
    assert.equal(noFile.body.error.code, 'file_required');
    assert.equal((await upload(claim, { bytes: Buffer.alloc(0) })).body.error.code, 'file_required');
    const json = await postJson(`${server.base}/claims/${claim.id}/evidence`, { taskId: 't2' }, bearer(claim.token));
    assert.equal(json.status, 415);
    assert.equal(json.body.error.code, 'unsupported_media_type');
    const broken = await request(`${server.base}/claims/${claim.id}/evidence`, {
      method: 'POST',
      headers: { ...bearer(claim.token), 'Content-Type': 'multipart/form-data' },
      body: 'no boundary',
    });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.error.code, 'invalid_multipart');
  });

  it('dedupes a retried upload by its Idempotency-Key', async () => {
    const claim = await newClaim();
    const key = randomUUID();
    const first = await upload(claim, { headers: { ...bearer(claim.token), 'Idempotency-Key': key } });
    const rows = await evidenceRows();
    const retry = await upload(claim, { headers: { ...bearer(claim.token), 'Idempotency-Key': key } });
    assert.equal(first.status, 201);
    assert.equal(retry.status, 200);
    assert.deepEqual(retry.body, first.body);
    assert.equal(await evidenceRows(), rows);
  });

  it('takes no more evidence once the claim is rejected', async () => {
    const claim = await newClaim();
    const review = await postJson(`${server.base}/claims/${claim.id}/review`, { decision: 'reject', reason: 'Not at the event.' }, organiser);
    assert.equal(review.status, 200);
    const { status, body } = await upload(claim);
    assert.equal(status, 409);
    assert.equal(body.error.code, 'claim_closed');
  });
});
