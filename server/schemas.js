// The JSON request bodies and query parameters of the API as JSON Schema, written once: the OpenAPI
// document publishes them and the handlers check every body and parameter against them
// (validate.js), so the two cannot drift.
// Lengths are counted in characters (code points), as JSON Schema counts them.
//
// `x-error` names the error a field is refused with when it is not `<field>_invalid`, and gives
// its message when the general one (e.g. "name must be at most 200 characters.") would not say
// what to do.
import { KIOSK_PERIOD, LIMITS } from './limits.js';

/** Text that is not only white space; the empty string too where it means "none". */
const NOT_BLANK = '\\S';
const BLANK_OR_TEXT = '^$|\\S';
/** A NUL character, which no database stores as text. */
const NUL = { pattern: '\\u0000' };

/**
 * Text of at most `max` characters that is not blank, has no NUL character (which no database
 * stores as text) and is trimmed before use.
 * @param {number} max
 * @param {Record<string, unknown>} [extra] description, `x-error` or a looser `pattern`
 */
export const text = (max, extra = {}) => ({ type: 'string', pattern: NOT_BLANK, maxLength: max, not: NUL, ...extra });

/** @param {string} code @param {string} [message] */
const refused = (code, message) => ({ 'x-error': { code, ...(message ? { message } : {}) } });

const Recipient = {
  type: 'object',
  required: ['name', 'email'],
  properties: {
    name: text(LIMITS.name),
    email: text(LIMITS.email, { format: 'email', description: 'Any case; stored in lower case.' }),
  },
  ...refused('recipient_invalid'),
};

const proofCode = refused('proof_claims_invalid');

export const ClaimRequest = {
  type: 'object',
  required: ['badgeId', 'recipient', 'consent'],
  // In the order they are checked: a body's first problem is the one answered.
  properties: {
    badgeId: text(LIMITS.name, refused('badge_unknown')),
    recipient: Recipient,
    consent: {
      const: true,
      description: 'The recipient agrees to their data being used to issue the badge.',
      ...refused('consent_required', 'The recipient must consent to their data being used to issue the badge.'),
    },
    answers: {
      type: 'object',
      description: 'Per task id: one answer for a `text` task, one per question for a `questions` task. Required for those tasks.',
      // Answers are stored as JSON, so unlike other text they may hold any character.
      additionalProperties: { type: 'array', items: { type: 'string', pattern: NOT_BLANK, maxLength: LIMITS.answer } },
    },
    code: text(LIMITS.code, { pattern: BLANK_OR_TEXT, description: 'A claim code, typed or from a QR code; case-insensitive. Empty means none.' }),
    proofClaims: {
      type: 'array',
      maxItems: LIMITS.batch,
      description:
        'For a learning path’s badge only: the recipient’s issued claims for the path’s steps. Missing steps are refused with `playlist_incomplete`.',
      items: {
        type: 'object',
        required: ['claimId', 'token'],
        properties: {
          claimId: text(LIMITS.name, proofCode),
          token: text(LIMITS.name, { description: 'The claim’s own bearer token.', ...proofCode }),
        },
        ...refused('proof_claims_invalid', 'Each proof is an object { claimId, token }.'),
      },
      ...refused('proof_claims_invalid', `proofClaims must list at most ${LIMITS.batch} claims as { claimId, token }.`),
    },
  },
};

export const IssueRequest = {
  type: 'object',
  required: ['recipients'],
  properties: {
    recipients: {
      type: 'array',
      minItems: 1,
      maxItems: LIMITS.recipients,
      items: Recipient,
      description: `1 to ${LIMITS.recipients} people; each invalid one is reported in its item of the answer, the others are issued.`,
      ...refused('recipients_invalid', `recipients must list 1 to ${LIMITS.recipients} people as { name, email }.`),
    },
  },
};

export const Review = {
  type: 'object',
  required: ['decision'],
  properties: {
    decision: { type: 'string', enum: ['approve', 'reject'] },
    comment: text(LIMITS.reason, { description: 'Optional; shown to the recipient as the claim’s `reviewComment`.' }),
    reason: text(LIMITS.reason, { description: 'The older name of `comment`, still read when `comment` is absent.' }),
  },
};

export const Revocation = {
  type: 'object',
  required: ['reason'],
  properties: { reason: text(LIMITS.reason, refused('reason_required')) },
};

export const ClaimRevocation = {
  type: 'object',
  properties: { reason: text(LIMITS.reason, { description: 'Why the badge is revoked.' }) },
};

/** @param {string} what e.g. `activity` */
const idList = (what) => ({
  type: 'array',
  minItems: 1,
  maxItems: LIMITS.batch,
  items: { type: 'string', not: NUL },
  description: 'Repeated ids count once.',
  ...refused('invalid_ids', `ids must list 1 to ${LIMITS.batch} ${what} ids, separated by commas.`),
});

const CLAIM_STATUSES = ['pending-review', 'issued', 'rejected', 'revoked'];

/**
 * The query parameters, as read from the query string (validate.js `queryParameter`): text
 * trimmed, whole numbers as numbers, lists from their comma-separated items. An absent or empty
 * parameter takes its `default`, or is none. A parameter is refused with 400 `invalid_<name>`
 * unless its `x-error` says otherwise.
 */
export const QueryParameters = {
  /** An id or free text to filter by. */
  filter: text(LIMITS.queryParameter, { pattern: BLANK_OR_TEXT }),
  limit: { type: 'integer', minimum: 1, maximum: LIMITS.pageSize, default: 20 },
  when: { type: 'string', enum: ['upcoming', 'past'] },
  claimStatus: {
    type: 'string',
    enum: CLAIM_STATUSES,
    default: 'pending-review',
    ...refused('invalid_status', `status must be one of ${CLAIM_STATUSES.join(', ')}.`),
  },
  period: {
    type: 'integer',
    minimum: KIOSK_PERIOD.min,
    maximum: KIOSK_PERIOD.max,
    default: KIOSK_PERIOD.default,
    ...refused('invalid_period', `period must be a whole number of seconds from ${KIOSK_PERIOD.min} to ${KIOSK_PERIOD.max}.`),
  },
  activityIds: idList('activity'),
  badgeIds: idList('badge'),
  playlistIds: idList('playlist'),
};
