// `DATABASE_URL=… node server/organiser-token.js add <organisation id>`: makes a new bearer token
// for one organiser of the API's database and prints it once (only its SHA-256 is kept);
// `… revoke <organisation id>` withdraws every token of that organiser.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './db.js';
import { hashToken } from './organisers.js';

/**
 * A new token for the organisation, which acts for the badges it issues.
 * @param {import('./db.js').Database} db
 * @param {string} organisationId
 * @returns {Promise<string>}
 */
export async function createOrganiserToken(db, organisationId) {
  const organisation = await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw new Error(`There is no organisation with the id ${organisationId} in this database.`);
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('organiser_tokens')
    .values({ token_hash: hashToken(token), organisation_id: organisationId, created_at: new Date().toISOString() })
    .execute();
  return token;
}

/**
 * Withdraws every token of the organisation.
 * @param {import('./db.js').Database} db
 * @param {string} organisationId
 * @returns {Promise<number>} how many there were
 */
export async function revokeOrganiserTokens(db, organisationId) {
  const { numDeletedRows } = await db.deleteFrom('organiser_tokens').where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
  return Number(numDeletedRows);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, organisationId] = process.argv.slice(2);
  if (!['add', 'revoke'].includes(command ?? '') || !organisationId || !process.env.DATABASE_URL) {
    console.error('Usage: DATABASE_URL=<sqlite file or postgres:// URL> node server/organiser-token.js add|revoke <organisation id>');
    process.exit(1);
  }
  const db = await openDatabase(process.env.DATABASE_URL, { seed: false });
  try {
    if (command === 'add') {
      console.log(await createOrganiserToken(db, organisationId));
      console.error(`A new token for ${organisationId}, shown only this once: give it to the organiser over a safe channel.`);
    } else {
      console.log(`Revoked ${await revokeOrganiserTokens(db, organisationId)} token(s) of ${organisationId}.`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}
