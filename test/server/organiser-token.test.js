// Real organiser tokens: made for one organisation of a city's database, shown once, kept only
// as a hash, acting for that organiser alone until revoked.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hashToken } from '../../server/organisers.js';
import { createOrganiserToken, revokeOrganiserTokens } from '../../server/organiser-token.js';
import { SEED } from '../../server/seed-data.js';
import { bearer, lastingDatabase, request, startApi } from './helpers.js';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('../../server/organiser-token.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'learning-city-tokens-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let server;
let database;
before(async () => {
  database = await lastingDatabase(dir, 'tokens.db');
  server = await startApi({ dbPath: database.location });
});
after(async () => {
  await server.close();
  await database.drop();
});

const kiosk = (token, badge = SEED.badgeId) => request(`${server.base}/badges/${badge}/kiosk`, { headers: bearer(token) });

describe('organiser tokens', () => {
  it('act for their own organiser only, are stored as a hash, and stop when revoked', async () => {
    const token = await createOrganiserToken(server.db, 'vilnius-col');
    assert.ok(token.length >= 32);
    assert.equal((await kiosk(token)).status, 200);
    assert.equal((await kiosk(token, 'competenze-digitali')).status, 403);
    const stored = await server.db.selectFrom('organiser_tokens').select(['token_hash', 'organisation_id']).execute();
    assert.ok(stored.some((row) => row.token_hash === hashToken(token) && row.organisation_id === 'vilnius-col'));
    assert.ok(!JSON.stringify(stored).includes(token));
    // Revoking withdraws every token of that organiser (the seeded demo token too).
    assert.equal(await revokeOrganiserTokens(server.db, 'vilnius-col'), 2);
    assert.equal((await kiosk(token)).status, 403);
    await assert.rejects(createOrganiserToken(server.db, 'atlantis'), /no organisation with the id atlantis/);
  });

  it('are made and revoked from the command line', async () => {
    const env = { ...process.env, DATABASE_URL: database.location };
    const made = await run(process.execPath, [SCRIPT, 'add', 'turin-metro'], { env });
    const token = made.stdout.trim();
    assert.match(made.stderr, /shown only this once/);
    assert.equal((await kiosk(token, 'competenze-digitali')).status, 200);
    const revoked = await run(process.execPath, [SCRIPT, 'revoke', 'turin-metro'], { env });
    assert.match(revoked.stdout, /Revoked 2 token\(s\) of turin-metro/);
    assert.equal((await kiosk(token, 'competenze-digitali')).status, 403);
    await assert.rejects(run(process.execPath, [SCRIPT, 'add'], { env }), /Usage/);
  });
});
