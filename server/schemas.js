// The JSON request bodies of the API as JSON Schema, written once: the OpenAPI document publishes
// them and the handlers check every body against them (validate.js), so the two cannot drift.
// Lengths are counted in characters (code points), as JSON Schema counts them.
//
// `x-error` names the error a field is refused with when it is not `<field>_invalid`, and gives
// its message when the general one (e.g. "name must be at most 200 characters.") would not say
// what to do.
import { LIMITS } from './limits.js';

/** Text that is not only white space; the empty string too where it means "none". */
const NOT_BLANK = '\\S';
const BLANK_OR_TEXT = '^$|\\S';

/**
 * Text of at most `max` characters that is not blank, has no NUL character (which no database
 * stores as text) and is trimmed before use.
 * @param {number} max
 * @param {Record<string, unknown>} [extra] description, `x-error` or a looser `pattern`
 */
export const text = (max, extra = {}) => ({ type: 'string', pattern: NOT_BLANK, maxLength: max, not: { pattern: '\\u0000' }, ...extra });

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
