// Claims: creating one (idempotent, with claim codes, kiosk codes and answers), reading it with
// its token, attaching file evidence, and the organiser's review and revocation.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { fileLimit, loadBadge } from './catalogue.js';
import { assignStatusEntry } from './credential-routes.js';
import { credentialUrls } from './credentials.js';
import { inTransaction, isUniqueViolation } from './db.js';
import { revokeIssued } from './openbadges.js';
import { provePath } from './playlists.js';
import { readUpload, sanitiseFileName, sniffType } from './files.js';
import { checkKioskCode } from './kiosk.js';
import { LIMITS } from './limits.js';
import { assertOrganises, organiserOf } from './organisers.js';
import {
  HttpError,
  assertToken,
  badRequest,
  bearerToken,
  idempotencyKey,
  invalid,
  mediaType,
  notFound,
  readJson,
} from './http.js';
import { ClaimRequest, ClaimRevocation, Review } from './schemas.js';
import { bodyChecker, checked, checkedAfterLookup, refusal } from './validate.js';

/** @typedef {import('./app.js').Context} Context */
/** @typedef {import('./catalogue.js').Task} Task */

/**
 * A `POST /claims` body that the request schema let through.
 * @typedef {object} ClaimBody
 * @property {string} badgeId
 * @property {{ name: string, email: string }} recipient
 * @property {true} consent
 * @property {Record<string, string[]>} [answers]
 * @property {string} [code]
 * @property {{ claimId: string, token: string }[]} [proofClaims]
 */

/**
 * @typedef {object} Claim
 * @property {string} id
 * @property {string} badgeId
 * @property {'issued' | 'pending-review' | 'rejected' | 'revoked'} status
 * @property {string} [token] only when the claim is created or its creation replayed
 * @property {string} [assertionUrl]
 * @property {string} [credentialUrl] the Open Badges 3.0 credential, once issued
 * @property {string} createdAt
 * @property {string} [reviewComment] the organiser's comment on their decision
 * @property {string} [reason] the same comment, under the name older clients read
 * @property {string} [decidedAt]
 * @property {string} [decidedBy] the organiser who decided or issued it
 */

const { filesPerClaim: MAX_FILES_PER_CLAIM } = LIMITS;

const checkClaim = bodyChecker(ClaimRequest);
const checkReview = bodyChecker(Review);
const checkRevocation = bodyChecker(ClaimRevocation);

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so the same body always hashes the same. */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Claims with their badge's issuer, the id of their assertion, if they have one, and when it was revoked. */
export const selectClaims = (db) =>
  db
    .selectFrom('claims as c')
    .innerJoin('badges as b', 'b.id', 'c.badge_id')
    .leftJoin('assertions as a', 'a.claim_id', 'c.id')
    .selectAll('c')
    .select(['b.issuer_id', 'a.id as assertion_id', 'a.revoked_at']);

export const loadClaim = (db, id) => selectClaims(db).where('c.id', '=', id).executeTakeFirst();

/** @returns {Claim} */
export function claimJson(row, base, { withToken = false } = {}) {
  return {
    id: row.id,
    badgeId: row.badge_id,
    status: row.revoked_at ? 'revoked' : row.status,
    ...(withToken ? { token: row.token } : {}),
    ...(row.assertion_id
      ? { assertionUrl: `${base}/assertions/${row.assertion_id}`, credentialUrl: credentialUrls(base).credential(row.id) }
      : {}),
    createdAt: row.created_at,
    ...(row.reason ? { reviewComment: row.reason, reason: row.reason } : {}),
    ...(row.decided_by ? { decidedAt: row.decided_at, decidedBy: row.decided_by } : {}),
  };
}

/** Issues the Open Badges assertion and credential status for a claim; the caller is inside a transaction. */
export async function issue(trx, claimId, badgeId, now) {
  await trx.insertInto('assertions').values({ id: randomUUID(), claim_id: claimId, issued_on: now }).execute();
  await assignStatusEntry(trx, claimId, badgeId);
}

/** The claim named in the path, if the request carries its bearer token (401, 404, 403 otherwise). */
async function authorisedClaim(ctx) {
  const token = bearerToken(ctx.req);
  const claim = await loadClaim(ctx.db, ctx.params.id);
  if (!claim) throw notFound('This claim');
  assertToken(token, claim.token);
  return claim;
}

/**
 * `POST /claims`
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function createClaim(ctx) {
  const key = idempotencyKey(ctx.req);
  if (key === undefined) {
    throw badRequest('idempotency_key_required', 'Send an Idempotency-Key header so the claim can be retried safely.', 'Idempotency-Key');
  }
  const body = await readJson(ctx.req);
  const requestHash = sha256(canonicalJson(body));
  const byKey = () => selectClaims(ctx.db).where('c.idempotency_key', '=', key).executeTakeFirst();

  const previous = await byKey();
  if (previous) return replay(ctx, previous, requestHash);

  const submission = await validateSubmission(ctx, body);
  // A learning path's badge is proven by the visitor's claims for the path's steps.
  await provePath(ctx.db, submission);
  const code = submission.code === undefined ? undefined : await acceptCode(ctx, submission.badge.id, submission.code);
  // A kiosk code is shown to everyone in the room: each e-mail address claims with it once.
  if (code?.kiosk && (await existingClaimId(ctx.db, submission.badge.id, submission.email))) throw alreadyClaimed();
  // A code task is met by a valid code; any other task only when it needs no one else's check.
  const issued = submission.badge.tasks.every((task) =>
    task.kind === 'code' ? code !== undefined : task.check === 'auto' || task.check === 'self',
  );

  const id = randomUUID();
  const now = new Date().toISOString();
  try {
    await inTransaction(ctx.db, async (trx) => {
      // The claim first: of two requests with one key, the second stops here (unique key).
      await trx
        .insertInto('claims')
        .values({
          id,
          badge_id: submission.badge.id,
          status: issued ? 'issued' : 'pending-review',
          token: randomBytes(32).toString('base64url'),
          ...recipientColumns(submission),
          code: code?.code ?? null,
          answers: JSON.stringify(submission.answers),
          idempotency_key: key,
          request_hash: requestHash,
          created_at: now,
          source: code?.kiosk ? 'kiosk' : 'form',
          once_key: code?.kiosk ? submission.email : null,
        })
        .execute();
      if (code?.single_use) {
        // Taken only while still unused: of requests racing for one code, exactly one wins.
        const { numUpdatedRows } = await trx
          .updateTable('claim_codes')
          .set({ used_by: id })
          .where('code', '=', code.code)
          .where('used_by', 'is', null)
          .executeTakeFirstOrThrow();
        if (numUpdatedRows === 0n) refuseCode(ctx, CODE_USED);
      }
      if (issued) await issue(trx, id, submission.badge.id, now);
    });
  } catch (error) {
    // Another request with this key was stored first: answer as its replay.
    const winner = isUniqueViolation(error) ? await byKey() : undefined;
    if (winner) return replay(ctx, winner, requestHash);
    // Or another kiosk claim with this e-mail address was stored first.
    if (code?.kiosk && isUniqueViolation(error)) throw alreadyClaimed();
    throw error;
  }
  return { status: 201, body: claimJson(await loadClaim(ctx.db, id), ctx.base, { withToken: true }) };
}

/** The stored claim for a repeated Idempotency-Key, if the request is the same one. */
function replay(ctx, previous, requestHash) {
  if (previous.request_hash !== requestHash) {
    throw new HttpError(409, 'idempotency_conflict', 'This Idempotency-Key was already used for a different claim.');
  }
  return { status: 200, body: claimJson(previous, ctx.base, { withToken: true }) };
}

/**
 * A recipient as the request schema let it through, trimmed; the address in lower case.
 * @param {{ name: string, email: string }} recipient
 */
export const recipientOf = ({ name, email }) => ({ name: name.trim(), email: email.trim().toLowerCase() });

/**
 * The columns that name a claim's recipient: the Open Badges identity (a salted hash of the
 * e-mail address) and, for the organiser's review, the name and address themselves.
 * @param {{ name: string, email: string }} recipient
 */
export function recipientColumns({ name, email }) {
  const salt = randomBytes(16).toString('hex');
  return {
    recipient_name: name,
    recipient_email: email,
    recipient_salt: salt,
    recipient_identity: `sha256$${sha256(email + salt)}`,
  };
}

/**
 * The claim that already gives (or may give) this badge to this e-mail address: any claim for it
 * that was not rejected.
 * @param {import('./db.js').Database} db
 * @param {string} badgeId
 * @param {string} email lower case
 * @returns {Promise<string | undefined>}
 */
export async function existingClaimId(db, badgeId, email) {
  const row = await db
    .selectFrom('claims')
    .select('id')
    .where('badge_id', '=', badgeId)
    .where('recipient_email', '=', email)
    .where('status', '!=', 'rejected')
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.id;
}

const alreadyClaimed = () => new HttpError(409, 'already_claimed', 'This e-mail address has already claimed this badge.');

/**
 * Checks a claim submission against the request schema and its badge; the text trimmed, the
 * e-mail address in lower case and the code in upper case.
 * @param {Context} ctx
 * @param {unknown} body
 */
async function validateSubmission(ctx, body) {
  const [problem] = checkClaim(body);
  // The badge is looked up once its id is text, so an unknown badge is answered before the fields after it.
  if (problem && (problem.field === undefined || problem.field === 'badgeId')) throw refusal(problem);
  const claim = /** @type {ClaimBody} */ (body);
  const badge = await loadBadge(ctx.db, claim.badgeId.trim());
  if (!badge) throw invalid('badge_unknown', 'There is no badge with this id.', 'badgeId');
  const answerable = new Map(badge.tasks.filter((task) => task.kind === 'text' || task.kind === 'questions').map((task) => [task.id, task]));
  if (problem) throw problem.path[0] === 'answers' && problem.path.length > 1 ? answerRefusal(answerable, problem) : refusal(problem);
  return {
    badge,
    ...recipientOf(claim.recipient),
    answers: validateAnswers(answerable, claim.answers ?? {}),
    // An empty code field means no code: the code task is then left to its check.
    code: claim.code ? claim.code.trim().toUpperCase() : undefined,
    proofs: claim.proofClaims?.map((proof) => ({ claimId: proof.claimId.trim(), token: proof.token.trim() })),
  };
}

/** The text and questions tasks of a badge, by id. @typedef {Map<string, Task>} Answerable */

/** How many answers a task takes: one for a `text` task, one per question for a `questions` task. */
const expectedAnswers = (task) => (task.kind === 'text' ? 1 : (task.questions ?? []).length);

const takesAnswers = (task) => {
  const expected = expectedAnswers(task);
  return invalid('answers_invalid', `Task ${task.no} takes ${expected} answer${expected === 1 ? '' : 's'} as text.`, `answers.${task.id}`);
};
const noSuchTask = (taskId) => invalid('answers_invalid', 'This badge has no text or questions task with this id.', `answers.${taskId}`);

/**
 * The 422 for a problem inside `answers`, which names the task it is about.
 * @param {Answerable} answerable
 * @param {import('./validate.js').Problem} problem
 */
function answerRefusal(answerable, { path, keyword, schema }) {
  const task = answerable.get(String(path[1]));
  if (!task) return noSuchTask(path[1]);
  if (keyword === 'maxLength') return invalid('answer_too_long', `Answers must be at most ${schema.maxLength} characters.`, `answers.${task.id}`);
  if (keyword === 'pattern') return invalid('answer_required', `Task ${task.no} needs every answer.`, `answers.${task.id}`);
  return takesAnswers(task);
}

/**
 * Answers keyed by task id, trimmed: exactly one for each `text` task and one per question for
 * each `questions` task, all required; answers for any other task id are refused.
 * @param {Answerable} answerable
 * @param {Record<string, string[]>} given answers the request schema let through
 */
function validateAnswers(answerable, given) {
  const unknown = Object.keys(given).find((taskId) => !answerable.has(taskId));
  if (unknown !== undefined) throw noSuchTask(unknown);
  /** @type {Record<string, string[]>} */
  const answers = {};
  for (const task of answerable.values()) {
    const list = given[task.id];
    if (list === undefined) throw invalid('answer_required', `Task ${task.no} needs an answer.`, `answers.${task.id}`);
    if (list.length !== expectedAnswers(task)) throw takesAnswers(task);
    answers[task.id] = list.map((answer) => answer.trim());
  }
  return answers;
}

/**
 * The code row when `code` is valid for the badge now (for a kiosk code, one marked `kiosk`);
 * every failure counts against the client's address, and too many failures lock it out for a
 * while (429).
 * @returns {Promise<{ code: string, single_use: number, kiosk?: boolean }>}
 */
async function acceptCode(ctx, badgeId, code) {
  const wait = ctx.limiter.retryAfter(ctx.ip);
  if (wait > 0) {
    throw new HttpError(429, 'rate_limited', 'Too many wrong codes. Please wait before trying again.', {
      headers: { 'Retry-After': String(wait) },
    });
  }
  const row = await ctx.db.selectFrom('claim_codes').selectAll().where('code', '=', code).executeTakeFirst();
  const kiosk = row ? undefined : await checkKioskCode(ctx.db, badgeId, code, ctx.now());
  if (kiosk === 'ok') return { code, single_use: 0, kiosk: true };
  if (kiosk === 'expired') refuseCode(ctx, KIOSK_CODE_EXPIRED);
  const problem = codeProblem(row, badgeId, ctx.now());
  if (problem) refuseCode(ctx, problem);
  return /** @type {NonNullable<typeof row>} */ (row);
}

/**
 * Counts a refused code against the client's address and answers 422.
 * @param {Context} ctx
 * @param {[string, string]} problem
 * @returns {never}
 */
function refuseCode(ctx, [code, message]) {
  ctx.limiter.fail(ctx.ip);
  throw invalid(code, message, 'code');
}

/** @type {[string, string]} */
const CODE_USED = ['code_used', 'This code has already been used.'];

/** @type {[string, string]} */
const KIOSK_CODE_EXPIRED = ['code_expired', 'This code has expired. Scan the code on the screen again to get the current one.'];

/** Why a code cannot be used, as [code, message], or undefined when it can. */
function codeProblem(row, badgeId, now) {
  if (!row) return ['code_invalid', 'This code is not valid.'];
  if (row.badge_id !== badgeId) return ['code_wrong_badge', 'This code is for a different badge.'];
  if (row.valid_from && now < Date.parse(row.valid_from)) return ['code_not_yet_valid', 'This code cannot be used yet.'];
  if (row.valid_until && now >= Date.parse(row.valid_until)) return ['code_expired', 'This code has expired.'];
  if (row.single_use && row.used_by) return CODE_USED;
  return undefined;
}

/**
 * `GET /claims/:id`
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getClaim(ctx) {
  return { body: claimJson(await authorisedClaim(ctx), ctx.base) };
}

/**
 * `POST /claims/:id/review` (organiser)
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function reviewClaim(ctx) {
  const organiser = await organiserOf(ctx);
  /** @type {() => { decision: 'approve' | 'reject', comment?: string, reason?: string }} */
  const fields = checkedAfterLookup(checkReview, await readJson(ctx.req));
  const claim = await loadClaim(ctx.db, ctx.params.id);
  if (!claim) throw notFound('This claim');
  assertOrganises(organiser, claim.issuer_id);
  const body = fields();
  // `reason` is the comment's older name, still read for older clients.
  const comment = (body.comment ?? body.reason)?.trim();
  const status = body.decision === 'approve' ? 'issued' : 'rejected';
  // The same decision again from the same organiser is a resend (its answer was lost): answered
  // as the first was, so that the organiser is not told someone else came first.
  const repeat = (row) => row.status === status && row.decided_by === organiser.name && (row.reason ?? undefined) === comment;
  if (claim.status !== 'pending-review') {
    if (repeat(claim)) return { body: claimJson(claim, ctx.base) };
    throw decided(ctx, claim);
  }

  const now = new Date().toISOString();
  const changed = await ctx.db.transaction().execute(async (trx) => {
    // Decided only while still pending: of two organisers deciding at once, one decides.
    const { numUpdatedRows } = await trx
      .updateTable('claims')
      // A rejected claim no longer holds its e-mail address's one kiosk claim.
      .set({ status, decided_at: now, decided_by: organiser.name, reason: comment ?? null, ...(status === 'rejected' ? { once_key: null } : {}) })
      .where('id', '=', claim.id)
      .where('status', '=', 'pending-review')
      .executeTakeFirstOrThrow();
    if (numUpdatedRows > 0n && status === 'issued') await issue(trx, claim.id, claim.badge_id, now);
    return numUpdatedRows > 0n;
  });
  const current = await loadClaim(ctx.db, claim.id);
  if (!changed && !repeat(current)) throw decided(ctx, current);
  return { body: claimJson(current, ctx.base) };
}

/** The 409 for a claim decided before: who decided it, how and when, and the claim as it is. */
function decided(ctx, claim) {
  const how = { issued: 'approved', rejected: 'rejected' }[claim.status] ?? claim.status;
  const message = claim.decided_by
    ? `${claim.decided_by} already ${how} this claim at ${claim.decided_at}.`
    : `This claim is already ${claim.revoked_at ? 'revoked' : claim.status}.`;
  return new HttpError(409, 'claim_decided', message, { details: { claim: claimJson(claim, ctx.base) } });
}

/**
 * `POST /claims/:id/revoke` (organiser): the claim becomes `revoked`, its assertion answers 410 and
 * its credential's status bit is set.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function revokeClaim(ctx) {
  const organiser = await organiserOf(ctx);
  /** @type {{ reason?: string }} */
  const body = checked(checkRevocation, await readJson(ctx.req));
  const reason = body.reason?.trim();
  const claim = await loadClaim(ctx.db, ctx.params.id);
  if (!claim) throw notFound('This claim');
  assertOrganises(organiser, claim.issuer_id);
  if (!claim.assertion_id) throw new HttpError(409, 'claim_not_issued', `This claim is ${claim.status}, not issued.`);
  await revokeIssued(ctx.db, claim.assertion_id, reason);
  return { body: claimJson(await loadClaim(ctx.db, claim.id), ctx.base) };
}

/**
 * @typedef {object} Evidence
 * @property {string} id
 * @property {string} taskId
 * @property {string} name sanitised file name
 * @property {number} size bytes
 * @property {string} type MIME type recognised from the content
 */

/** What an evidence answer shows (never the file itself). */
const EVIDENCE_FIELDS = ['id', 'task_id', 'name', 'size', 'type'];

/** @returns {Evidence} */
const evidenceJson = (row) => ({ id: row.id, taskId: row.task_id, name: row.name, size: row.size, type: row.type });

/**
 * `POST /claims/:id/evidence`: one file for one file task, checked by its bytes.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function uploadEvidence(ctx) {
  const claim = await authorisedClaim(ctx);
  if (claim.status === 'rejected') throw new HttpError(409, 'claim_closed', 'This claim was rejected and takes no more evidence.');
  const key = idempotencyKey(ctx.req);
  const byKey = () =>
    ctx.db.selectFrom('evidence').select(EVIDENCE_FIELDS).where('claim_id', '=', claim.id).where('idempotency_key', '=', key ?? null).executeTakeFirst();
  if (key !== undefined) {
    // A retried upload is answered from what was stored, without reading the file again.
    const stored = await byKey();
    if (stored) return { status: 200, body: evidenceJson(stored) };
  }
  if (mediaType(ctx.req.headers['content-type']) !== 'multipart/form-data') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the file as multipart/form-data.');
  }
  const { fields, file } = await readUpload(ctx.req, ctx.options.maxUploadBytes);

  const task = (await loadBadge(ctx.db, claim.badge_id))?.tasks.find((candidate) => candidate.id === fields.taskId && candidate.kind === 'file');
  if (!task) throw invalid('task_invalid', 'taskId must name a file task of this badge.', 'taskId');
  if (!file || file.data.length === 0) throw invalid('file_required', 'Attach a non-empty file in the "file" field.', 'file');
  const limit = fileLimit(task, ctx.options.maxUploadBytes);
  if (file.data.length > limit) throw new HttpError(413, 'file_too_large', `This task takes files up to ${limit} bytes.`);
  const type = sniffType(file.data);
  if (!type || !(task.accept ?? []).includes(type)) {
    throw new HttpError(415, 'unsupported_type', `This task takes ${(task.accept ?? []).join(', ')} files.`);
  }
  if (file.type !== undefined && file.type !== type) {
    throw new HttpError(415, 'unsupported_type', `The file says it is ${file.type}, but its content is ${type}.`);
  }
  const { count } = await ctx.db
    .selectFrom('evidence')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('claim_id', '=', claim.id)
    .executeTakeFirstOrThrow();
  if (Number(count) >= MAX_FILES_PER_CLAIM) throw invalid('too_many_files', `A claim takes at most ${MAX_FILES_PER_CLAIM} files.`, 'file');

  const row = {
    id: randomUUID(),
    claim_id: claim.id,
    task_id: task.id,
    name: sanitiseFileName(file.name),
    type,
    size: file.data.length,
    body: file.data,
    idempotency_key: key ?? null,
    created_at: new Date().toISOString(),
  };
  try {
    await ctx.db.insertInto('evidence').values(row).execute();
  } catch (error) {
    // The same upload, retried while the first was still being stored: answer what was stored.
    const stored = isUniqueViolation(error) && key !== undefined ? await byKey() : undefined;
    if (!stored) throw error;
    return { status: 200, body: evidenceJson(stored) };
  }
  return { status: 201, body: evidenceJson(row) };
}
