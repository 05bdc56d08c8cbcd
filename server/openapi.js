// The API contract as an OpenAPI 3.1 document, served at `GET /openapi.json`.
import { MAX_JSON_BYTES } from './http.js';
import { KIOSK_PERIOD, LIMITS } from './limits.js';
import { PROOF_PROBLEMS } from './playlists.js';
import { ClaimRequest, ClaimRevocation, IssueRequest, QueryParameters, Review, Revocation } from './schemas.js';

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema, type = 'application/json') => ({ content: { [type]: { schema } } });
const string = (description, extra = {}) => ({ type: 'string', description, ...extra });
const uri = (description) => string(description, { format: 'uri' });
const dateTime = (description) => string(description, { format: 'date-time' });
const list = (items, description) => ({ type: 'array', items, ...(description ? { description } : {}) });

const STATUS_TEXT = {
  400: 'Malformed request: bad parameter, path encoding, header, cursor or JSON.',
  401: 'No bearer token.',
  403: 'The bearer token does not give access (for an organiser token: the badge or claim is another organiser’s).',
  404: 'Not found.',
  405: 'Method not allowed on this path.',
  409: 'Conflicts with the current state or an earlier request with the same Idempotency-Key.',
  410: 'Gone.',
  413: 'The body or file is too large.',
  415: 'Unsupported media type, or a file whose content is not an accepted type or contradicts its declared type.',
  422: 'A field is not acceptable; `error.field` names it.',
  429: 'Too many failed claim codes from this address; see Retry-After.',
};

/** Error responses for the given statuses, plus the 500 every endpoint may answer. */
function errors(...statuses) {
  const responses = Object.fromEntries(statuses.map((status) => [status, { description: STATUS_TEXT[status], ...json(ref('Error')) }]));
  if (statuses.includes(429)) {
    responses[429].headers = { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } };
  }
  return { ...responses, 500: { description: 'Unexpected server error.', ...json(ref('Error')) } };
}

const pathId = (description) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });
const query = (name, description, schema = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
/** The `ids` of a batch read: its items separated by commas. */
const ids = (description, schema) => ({ ...query('ids', description, schema), style: 'form', explode: false });
const cursor = query('cursor', 'The `nextCursor` of the previous page, with the same filters.');
const limit = query('limit', 'Page size.', QueryParameters.limit);
const idempotencyKey = (required, description) => ({
  name: 'Idempotency-Key',
  in: 'header',
  required,
  description,
  schema: { type: 'string', minLength: 1, maxLength: LIMITS.idempotencyKey },
});

const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: string('Machine-readable, e.g. `code_expired`, `rate_limited`, `invalid_json`.'),
          message: string('For people.'),
          field: string('The request field the error is about, e.g. `code` or `recipient.email`.'),
          missing: list(ref('PlaylistStep'), '`playlist_incomplete`: the steps of the learning path still missing.'),
          optionalMissing: { type: 'integer', minimum: 0, description: '`playlist_incomplete`: how many more optional steps are needed.' },
          refused: list(
            {
              type: 'object',
              required: ['claimId', 'problem'],
              properties: { claimId: { type: 'string' }, problem: { type: 'string', enum: PROOF_PROBLEMS } },
            },
            '`playlist_incomplete`: the proof claims that did not count, and why.',
          ),
        },
      },
    },
  },
  Place: {
    type: 'object',
    required: ['name'],
    properties: { name: string('Venue or address line.'), address: { type: 'string' }, lat: { type: 'number' }, lng: { type: 'number' } },
  },
  Organiser: {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'string' }, name: { type: 'string' }, url: uri('Website.'), logoUrl: uri('Logo image.') },
  },
  Category: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
  Skill: {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'string' }, name: { type: 'string' }, escoUri: uri('The matching ESCO skill concept.') },
  },
  Activity: {
    type: 'object',
    required: ['id', 'title', 'description', 'startsAt', 'timeZone', 'organiser', 'skills', 'playlistCount', 'language'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      description: string('Plain text; paragraphs separated by blank lines.'),
      startsAt: dateTime('ISO 8601 with the offset of the event’s time zone.'),
      endsAt: dateTime('ISO 8601 with offset; absent when open-ended.'),
      timeZone: string('IANA time zone of the event, e.g. Europe/Vilnius.'),
      location: ref('Place'),
      onlineUrl: uri('Where an online activity happens; present instead of a location.'),
      imageUrl: uri('Cover image.'),
      imageAlt: string('What the cover image shows, for its alternative text.'),
      organiser: ref('Organiser'),
      category: ref('Category'),
      skills: list(ref('Skill')),
      duration: string('Time to complete, ISO 8601 duration, e.g. PT1H30M.'),
      badgeId: string('The badge earned by taking part.'),
      playlistCount: { type: 'integer', minimum: 0, description: 'Playlists the activity was added to.' },
      language: string('BCP 47 language of the content.'),
      url: uri('Canonical page of the activity.'),
    },
  },
  ActivityPage: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: list(ref('Activity')),
      nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' },
    },
  },
  BadgeBatch: { type: 'object', required: ['items'], properties: { items: list(ref('Badge'), 'In the order asked; unknown ids left out.') } },
  // Closed, so that a page (which has nextCursor) is never also a batch: `oneOf` picks exactly one.
  ActivityBatch: {
    type: 'object',
    required: ['items'],
    additionalProperties: false,
    properties: { items: list(ref('Activity'), 'In the order asked; unknown ids left out.') },
  },
  Facets: {
    type: 'object',
    required: ['organisers', 'skills', 'categories'],
    properties: Object.fromEntries(['organisers', 'skills', 'categories'].map((name) => [name, list(ref('Category'))])),
    description: 'The organisers, skills and categories that activities use, each as { id, name }.',
  },
  Task: {
    type: 'object',
    required: ['id', 'no', 'kind', 'description', 'check'],
    properties: {
      id: string('Unique within its badge; keys `answers` and names the task of a file.'),
      no: { type: 'integer', minimum: 1 },
      kind: { type: 'string', enum: ['code', 'file', 'text', 'questions'] },
      description: { type: 'string' },
      questions: list({ type: 'string' }, '`questions` tasks: one answer is expected per question.'),
      check: { type: 'string', enum: ['auto', 'self', 'organiser', 'peer'], description: 'Who confirms the task.' },
      accept: list({ type: 'string' }, '`file` tasks: accepted MIME types.'),
      maxBytes: { type: 'integer', description: '`file` tasks: largest accepted file.' },
    },
  },
  Issuer: {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'string' }, name: { type: 'string' }, url: uri('Website.') },
  },
  Badge: {
    type: 'object',
    required: ['id', 'name', 'description', 'criteria', 'skills', 'issuer', 'tasks'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      imageUrl: uri('Badge image.'),
      imageAlt: string('What the badge image shows, for its alternative text.'),
      criteria: string('What earners did, plain text.'),
      skills: list(ref('Skill')),
      issuer: ref('Issuer'),
      tasks: list(ref('Task')),
    },
  },
  PlaylistStep: {
    type: 'object',
    required: ['activityId', 'badgeId', 'required'],
    properties: {
      activityId: { type: 'string' },
      badgeId: string('The activity’s badge: a claim for it proves the step.'),
      required: { type: 'boolean', description: 'False for an optional step.' },
    },
  },
  Playlist: {
    type: 'object',
    required: ['id', 'name', 'description', 'organiser', 'badgeId', 'steps', 'optionalNeeded', 'language'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      description: string('Plain text.'),
      imageUrl: uri('Image.'),
      imageAlt: string('What the image shows, for its alternative text.'),
      organiser: ref('Organiser'),
      badgeId: string('The learning path’s own badge, claimed with `proofClaims`.'),
      steps: list(ref('PlaylistStep'), 'In order.'),
      optionalNeeded: { type: 'integer', minimum: 0, description: 'How many of the optional steps complete the path.' },
      language: string('BCP 47 language of the content.'),
    },
  },
  PlaylistPage: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: list(ref('Playlist')),
      nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' },
    },
  },
  // Closed, so that a page is never also a batch.
  PlaylistBatch: {
    type: 'object',
    required: ['items'],
    additionalProperties: false,
    properties: { items: list(ref('Playlist'), 'In the order asked; unknown ids left out.') },
  },
  ClaimRequest,
  Claim: {
    type: 'object',
    required: ['id', 'badgeId', 'status', 'createdAt'],
    properties: {
      id: { type: 'string' },
      badgeId: { type: 'string' },
      status: {
        type: 'string',
        enum: ['issued', 'pending-review', 'rejected', 'revoked'],
        description:
          '`issued` at once when every task is met by a valid code or needs only an automatic or self check; `revoked` once the organiser revokes it.',
      },
      token: string('Bearer secret for this claim; only in the answer that creates it (and its idempotent replays).'),
      assertionUrl: uri('The Open Badges assertion, once issued.'),
      credentialUrl: uri('The Open Badges 3.0 credential, once issued.'),
      createdAt: dateTime('When the claim was made.'),
      reviewComment: string('The organiser’s comment on their decision.'),
      reason: string('The same as `reviewComment`, under its older name.'),
      decidedAt: dateTime('When the organiser decided the claim or issued the badge.'),
      decidedBy: string('The organiser who decided the claim or issued the badge.'),
    },
  },
  ClaimDecided: {
    allOf: [ref('Error'), { type: 'object', required: ['claim'], properties: { claim: ref('Claim') } }],
    description: '`claim_decided`: the claim was decided before (by another organiser, perhaps a moment ago); `claim` shows how, by whom and when.',
  },
  EvidenceFile: {
    allOf: [ref('Evidence'), { type: 'object', required: ['url'], properties: { url: uri('The file; needs the organiser token or the claim’s token.') } }],
  },
  ReviewClaim: {
    allOf: [
      ref('Claim'),
      {
        type: 'object',
        required: ['recipient', 'answers', 'evidence'],
        properties: {
          recipient: {
            type: 'object',
            required: ['name', 'email'],
            properties: {
              name: { type: 'string' },
              email: { type: ['string', 'null'], description: 'Null only for claims stored before e-mail addresses were kept.' },
            },
          },
          answers: { type: 'object', additionalProperties: list({ type: 'string' }), description: 'Per task id, as submitted.' },
          evidence: list(ref('EvidenceFile')),
        },
      },
    ],
  },
  ReviewPage: {
    type: 'object',
    required: ['items', 'nextCursor', 'total'],
    properties: {
      items: list(ref('ReviewClaim'), 'Oldest first.'),
      nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' },
      total: { type: 'integer', minimum: 0, description: 'Claims matching the filters, across all pages.' },
    },
  },
  Kiosk: {
    type: 'object',
    required: ['badgeId', 'code', 'period', 'url', 'validUntil', 'now', 'claimed'],
    properties: {
      badgeId: { type: 'string' },
      code: string('The code of the current period, also typed by hand; accepted until the end of the next period.'),
      period: { type: 'integer', minimum: KIOSK_PERIOD.min, maximum: KIOSK_PERIOD.max },
      url: uri('The claim page with the code, for the QR code.'),
      validUntil: dateTime('When the current period ends and the next code is shown.'),
      now: dateTime('The server’s time, to count down to `validUntil` from.'),
      claimed: { type: 'integer', minimum: 0, description: 'Claims made with this badge’s kiosk codes, rejected ones left out.' },
    },
  },
  IssueRequest,
  IssueResult: {
    type: 'object',
    required: ['items'],
    properties: {
      items: list(
        {
          type: 'object',
          required: ['email', 'status'],
          properties: {
            email: string('As given (lower case once valid).'),
            status: {
              type: 'string',
              enum: ['issued', 'duplicate', 'invalid'],
              description: '`duplicate`: an existing claim for this badge and address (not rejected), or an earlier recipient of this list.',
            },
            claimId: string('The claim issued, or the existing one.'),
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, field: string('e.g. `recipients[3].email`.') },
              description: 'Why the recipient is invalid.',
            },
          },
        },
        'One per recipient, in the order given.',
      ),
    },
  },
  EvidenceUpload: {
    type: 'object',
    required: ['taskId', 'file'],
    properties: {
      taskId: string('A `file` task of the claim’s badge.'),
      file: string('PNG, JPEG, WebP, GIF, PDF or UTF-8 plain text, recognised from its content.', { contentMediaType: 'application/octet-stream' }),
    },
  },
  Evidence: {
    type: 'object',
    required: ['id', 'taskId', 'name', 'size', 'type'],
    properties: {
      id: { type: 'string' },
      taskId: { type: 'string' },
      name: string('The file name, cleaned of paths and unusual characters.'),
      size: { type: 'integer', description: 'Bytes.' },
      type: string('MIME type recognised from the content.'),
    },
  },
  Review,
  Revocation,
  ClaimRevocation,
  RevocationResult: {
    type: 'object',
    required: ['id', 'revoked'],
    properties: { id: uri('The assertion.'), revoked: { const: true }, revocationReason: { type: 'string' } },
  },
  RevokedAssertion: {
    allOf: [ref('Error'), ref('RevocationResult')],
    description: 'What a revoked assertion answers (410): an error and the Open Badges revocation fields.',
  },
  Assertion: {
    type: 'object',
    description: 'Open Badges 2.0 hosted Assertion.',
    required: ['@context', 'type', 'id', 'recipient', 'badge', 'verification', 'issuedOn'],
    properties: {
      '@context': { const: 'https://w3id.org/openbadges/v2' },
      type: { const: 'Assertion' },
      id: uri('This document’s own URL.'),
      recipient: {
        type: 'object',
        required: ['type', 'hashed', 'salt', 'identity'],
        properties: {
          type: { const: 'email' },
          hashed: { const: true },
          salt: { type: 'string' },
          identity: string('`sha256$` + hex SHA-256 of the lower-case e-mail address followed by the salt.'),
        },
      },
      badge: uri('The BadgeClass.'),
      verification: { type: 'object', properties: { type: { const: 'hosted' } } },
      issuedOn: dateTime('When the badge was issued.'),
      image: uri('Badge image.'),
      evidence: list({
        type: 'object',
        properties: { type: { const: 'Evidence' }, name: { type: 'string' }, narrative: { type: 'string' }, description: { type: 'string' } },
      }),
    },
  },
  OpenBadgeCredential: {
    type: 'object',
    description:
      'Open Badges 3.0 credential (VC Data Model 2.0) with an embedded `DataIntegrityProof` (`eddsa-rdfc-2022`) and a `BitstringStatusListEntry` for revocation. The recipient is only a salted hash of their e-mail address.',
    required: ['@context', 'id', 'type', 'issuer', 'validFrom', 'credentialSubject', 'credentialStatus', 'proof'],
    properties: {
      '@context': list({ type: 'string' }),
      id: uri('This document’s own URL.'),
      type: { type: 'array', contains: { const: 'OpenBadgeCredential' } },
      name: { type: 'string' },
      issuer: { type: 'object', required: ['id', 'type', 'name'], properties: { id: uri('The issuer’s controller document.'), name: { type: 'string' } } },
      validFrom: dateTime('When the badge was issued.'),
      credentialSubject: { type: 'object', required: ['achievement'] },
      credentialStatus: {
        type: 'object',
        required: ['type', 'statusPurpose', 'statusListIndex', 'statusListCredential'],
        properties: { type: { const: 'BitstringStatusListEntry' }, statusPurpose: { const: 'revocation' } },
      },
      proof: { type: 'object', required: ['type', 'cryptosuite', 'verificationMethod', 'proofValue'] },
    },
  },
  StatusListCredential: {
    type: 'object',
    description: 'A signed `BitstringStatusListCredential`: bit N set means the credential at `statusListIndex` N is revoked.',
    required: ['@context', 'id', 'type', 'issuer', 'credentialSubject', 'proof'],
    properties: {
      type: { type: 'array', contains: { const: 'BitstringStatusListCredential' } },
      credentialSubject: {
        type: 'object',
        required: ['type', 'statusPurpose', 'encodedList'],
        properties: { type: { const: 'BitstringStatusList' }, encodedList: string('GZIP-compressed bits, multibase base64url.') },
      },
      proof: { type: 'object' },
    },
  },
  ControllerDocument: {
    type: 'object',
    description: 'The issuer as a controller: it lists its key under `assertionMethod`.',
    required: ['@context', 'id', 'assertionMethod'],
    properties: { id: uri('This document’s own URL.'), assertionMethod: list(uri('The issuer’s key.')) },
  },
  Multikey: {
    type: 'object',
    description: 'The issuer’s public Ed25519 key (never its secret part).',
    required: ['@context', 'id', 'type', 'controller', 'publicKeyMultibase'],
    not: { required: ['secretKeyMultibase'] },
    properties: { type: { const: 'Multikey' }, id: uri('This document’s own URL.'), controller: uri('The issuer’s controller document.') },
  },
  BadgeClass: {
    type: 'object',
    description: 'Open Badges 2.0 BadgeClass.',
    required: ['@context', 'type', 'id', 'name', 'description', 'image', 'criteria', 'issuer'],
    properties: {
      '@context': { const: 'https://w3id.org/openbadges/v2' },
      type: { const: 'BadgeClass' },
      id: uri('This document’s own URL.'),
      name: { type: 'string' },
      description: { type: 'string' },
      image: uri('Badge image.'),
      criteria: { type: 'object', required: ['narrative'], properties: { narrative: { type: 'string' } } },
      issuer: uri('The issuer Profile.'),
      alignment: list({
        type: 'object',
        properties: { targetName: { type: 'string' }, targetUrl: { type: 'string', format: 'uri' }, targetFramework: { type: 'string' } },
      }),
      tags: list({ type: 'string' }),
    },
  },
  Profile: {
    type: 'object',
    description: 'Open Badges 2.0 issuer Profile.',
    required: ['@context', 'type', 'id', 'name'],
    properties: {
      '@context': { const: 'https://w3id.org/openbadges/v2' },
      type: { const: 'Profile' },
      id: uri('This document’s own URL.'),
      name: { type: 'string' },
      url: uri('Website.'),
      email: { type: 'string', format: 'email' },
      image: uri('Logo.'),
    },
  },
};

const ok = (description, schema, type) => ({ 200: { description, ...json(schema, type) } });
const LD = 'application/ld+json';

const paths = {
  '/activities': {
    get: {
      summary: 'A batch of activities by id, or a filtered, cursor-paged list',
      description:
        'With `ids`, returns those activities (other parameters are ignored). Otherwise lists activities: `upcoming` ' +
        '(not yet ended) ascending by start, `past` descending, no `when` ascending.',
      parameters: [
        ids(`Comma-separated activity ids, 1 to ${LIMITS.batch}.`, QueryParameters.activityIds),
        query('organiser', 'Organiser id.', QueryParameters.filter),
        query('skill', 'Skill id.', QueryParameters.filter),
        query('category', 'Category id.', QueryParameters.filter),
        query('when', 'Upcoming or past.', QueryParameters.when),
        query('q', 'Case- and accent-insensitive text in title, description, organiser or place.', QueryParameters.filter),
        cursor,
        limit,
      ],
      responses: {
        200: {
          description: 'An `ActivityBatch` when `ids` is given, otherwise an `ActivityPage`.',
          ...json({ oneOf: [ref('ActivityPage'), ref('ActivityBatch')] }),
        },
        ...errors(400),
      },
    },
  },
  '/activities/{id}': {
    get: { summary: 'One activity', parameters: [pathId('Activity id.')], responses: { ...ok('The activity.', ref('Activity')), ...errors(400, 404) } },
  },
  '/activities/{id}/calendar.ics': {
    get: {
      summary: 'The activity as an iCalendar event (RFC 5545) in its own time zone, for "add to calendar"',
      parameters: [pathId('Activity id.')],
      responses: {
        200: { description: 'A VCALENDAR with the VTIMEZONE and one VEVENT.', content: { 'text/calendar': { schema: { type: 'string' } } } },
        ...errors(400, 404),
      },
    },
  },
  '/facets': {
    get: { summary: 'Filter values for activity lists', responses: { ...ok('Organisers, skills and categories in use.', ref('Facets')), ...errors() } },
  },
  '/badges': {
    get: {
      summary: 'A batch of badges by id',
      parameters: [{ ...ids(`Comma-separated badge ids, 1 to ${LIMITS.batch}.`, QueryParameters.badgeIds), required: true }],
      responses: { ...ok('The badges asked for.', ref('BadgeBatch')), ...errors(400) },
    },
  },
  '/badges/{id}': {
    get: { summary: 'One badge with its tasks', parameters: [pathId('Badge id.')], responses: { ...ok('The badge.', ref('Badge')), ...errors(400, 404) } },
  },
  '/badges/{id}/issue': {
    post: {
      summary: 'Issue the badge directly to people (organiser)',
      description: 'Each recipient is checked on its own; an address that already has a claim for this badge (not rejected) is reported, not issued twice.',
      security: [{ organiserToken: [] }],
      parameters: [pathId('Badge id.')],
      requestBody: { required: true, ...json(ref('IssueRequest')) },
      responses: { ...ok('What happened for each recipient.', ref('IssueResult')), ...errors(400, 401, 403, 404, 413, 415, 422) },
    },
  },
  '/badges/{id}/kiosk': {
    get: {
      summary: 'The rotating code to show at the event (organiser)',
      description:
        'A code belongs to the badge and one period of `period` seconds and cannot be derived without the server’s secret. ' +
        'Claims accept the current and the previous period’s code; an older one is refused with `code_expired`.',
      security: [{ organiserToken: [] }],
      parameters: [
        pathId('Badge id.'),
        query('period', 'Seconds each code is shown for.', QueryParameters.period),
      ],
      responses: { ...ok('The current code.', ref('Kiosk')), ...errors(400, 401, 403, 404, 409) },
    },
  },
  '/badges/{id}/badgeclass': {
    get: {
      summary: 'Open Badges 2.0 BadgeClass',
      parameters: [pathId('Badge id.')],
      responses: { ...ok('The BadgeClass.', ref('BadgeClass'), LD), ...errors(400, 404) },
    },
  },
  '/issuers/{id}': {
    get: {
      summary: 'Open Badges 2.0 issuer Profile',
      parameters: [pathId('Issuer (organisation) id.')],
      responses: { ...ok('The Profile.', ref('Profile'), LD), ...errors(400, 404) },
    },
  },
  '/issuers/{id}/profile': {
    get: {
      summary: 'Open Badges 3.0 issuer controller document',
      parameters: [pathId('Issuer (organisation) id.')],
      responses: { ...ok('The controller document.', ref('ControllerDocument'), LD), ...errors(400, 404) },
    },
  },
  '/issuers/{id}/key': {
    get: {
      summary: 'Open Badges 3.0 issuer public key',
      parameters: [pathId('Issuer (organisation) id.')],
      responses: { ...ok('The Multikey.', ref('Multikey'), LD), ...errors(400, 404) },
    },
  },
  '/claims': {
    get: {
      summary: 'The claims of the organiser’s badges, to review (organiser)',
      security: [{ organiserToken: [] }],
      parameters: [
        query('status', 'Which claims.', QueryParameters.claimStatus),
        query('badge', 'Only this badge’s claims.', QueryParameters.filter),
        query('activity', 'Only the claims for this activity’s badge.', QueryParameters.filter),
        cursor,
        limit,
      ],
      responses: { ...ok('A page of claims.', ref('ReviewPage')), ...errors(400, 401, 403, 404) },
    },
    post: {
      summary: 'Claim a badge',
      description:
        'Repeating a request with the same Idempotency-Key and body returns the same claim (200) instead of a new one. ' +
        'Code errors (422, field `code`): code_invalid, code_used, code_expired, code_not_yet_valid, code_wrong_badge. ' +
        'With a kiosk code, an e-mail address that already has a claim for the badge is refused (409 already_claimed). ' +
        'Too many failed codes from one address answer 429 with Retry-After.',
      parameters: [idempotencyKey(true, 'Unique per claim attempt; reuse it when retrying.')],
      requestBody: { required: true, ...json(ref('ClaimRequest')) },
      responses: {
        201: { description: 'Created; the only answer (with its replays) that carries the claim token.', ...json(ref('Claim')) },
        200: { description: 'Replay of an earlier request with the same key and body.', ...json(ref('Claim')) },
        ...errors(400, 409, 413, 415, 422, 429),
      },
    },
  },
  '/claims/{id}': {
    get: {
      summary: 'Claim status',
      security: [{ claimToken: [] }],
      parameters: [pathId('Claim id.')],
      responses: { ...ok('The claim, without its token.', ref('Claim')), ...errors(400, 401, 403, 404) },
    },
  },
  '/claims/{id}/evidence': {
    post: {
      summary: 'Attach a file to a claim',
      description: 'Size- and type-limited; the type is recognised from the bytes. A repeated Idempotency-Key returns the stored file (200).',
      security: [{ claimToken: [] }],
      parameters: [pathId('Claim id.'), idempotencyKey(false, 'Makes a retried upload harmless.')],
      requestBody: { required: true, ...json(ref('EvidenceUpload'), 'multipart/form-data') },
      responses: {
        201: { description: 'Stored.', ...json(ref('Evidence')) },
        200: { description: 'Already stored under this Idempotency-Key.', ...json(ref('Evidence')) },
        ...errors(400, 401, 403, 404, 409, 413, 415, 422),
      },
    },
  },
  '/claims/{id}/evidence/{evidenceId}': {
    get: {
      summary: 'An evidence file',
      description:
        'With the type recognised at upload, `X-Content-Type-Options: nosniff` and a sandboxing Content-Security-Policy; ' +
        'raster images are `inline`, every other file an `attachment`.',
      security: [{ claimToken: [] }, { organiserToken: [] }],
      parameters: [pathId('Claim id.'), { name: 'evidenceId', in: 'path', required: true, description: 'Evidence id.', schema: { type: 'string' } }],
      responses: {
        200: {
          description: 'The file.',
          headers: { 'Content-Disposition': { description: 'inline or attachment, with the file name.', schema: { type: 'string' } } },
          content: Object.fromEntries(
            ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'application/octet-stream'].map((type) => [
              type,
              { schema: { type: 'string', contentMediaType: type } },
            ]),
          ),
        },
        ...errors(400, 401, 403, 404),
      },
    },
  },
  '/claims/{id}/review': {
    post: {
      summary: 'Approve or reject a pending claim (organiser)',
      security: [{ organiserToken: [] }],
      parameters: [pathId('Claim id.')],
      requestBody: { required: true, ...json(ref('Review')) },
      responses: {
        ...ok('The decided claim.', ref('Claim')),
        ...errors(400, 401, 403, 404, 409, 413, 415, 422),
        409: { description: 'Already decided: the answer says by whom and when.', ...json(ref('ClaimDecided')) },
      },
    },
  },
  '/claims/{id}/revoke': {
    post: {
      summary: 'Revoke an issued claim (organiser)',
      description: 'The claim becomes `revoked`, its Open Badges 2.0 assertion answers 410 and its 3.0 status list bit is set.',
      security: [{ organiserToken: [] }],
      parameters: [pathId('Claim id.')],
      requestBody: { required: true, ...json(ref('ClaimRevocation')) },
      responses: { ...ok('The revoked claim.', ref('Claim')), ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  },
  '/assertions/{id}': {
    get: {
      summary: 'Open Badges 2.0 hosted Assertion',
      description: 'JSON-LD, or a readable page to a request that prefers `text/html`.',
      parameters: [pathId('Assertion id.')],
      responses: {
        200: { description: 'The Assertion.', content: { [LD]: { schema: ref('Assertion') }, 'text/html': { schema: { type: 'string' } } } },
        410: { description: 'Revoked.', content: { [LD]: { schema: ref('RevokedAssertion') }, 'text/html': { schema: { type: 'string' } } } },
        ...errors(400, 404),
      },
    },
  },
  '/assertions/{id}/revoke': {
    post: {
      summary: 'Revoke an assertion (organiser)',
      security: [{ organiserToken: [] }],
      parameters: [pathId('Assertion id.')],
      requestBody: { required: true, ...json(ref('Revocation')) },
      responses: { ...ok('Revoked.', ref('RevocationResult')), ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  },
  '/credentials/{id}': {
    get: {
      summary: 'Open Badges 3.0 credential of an issued claim',
      description: 'JSON-LD, or a readable page to a request that prefers `text/html`. Still served once revoked: its status list says so.',
      parameters: [pathId('Claim id.')],
      responses: {
        200: {
          description: 'The signed credential.',
          content: { [LD]: { schema: ref('OpenBadgeCredential') }, 'text/html': { schema: { type: 'string' } } },
        },
        ...errors(400, 404),
      },
    },
  },
  '/credentials/{id}/badge.svg': {
    get: {
      summary: 'The badge image with the credential baked in (`<openbadges:credential>`)',
      parameters: [pathId('Claim id.')],
      responses: { 200: { description: 'The baked SVG.', content: { 'image/svg+xml': { schema: { type: 'string' } } } }, ...errors(400, 404) },
    },
  },
  '/credentials/{id}/badge.png': {
    get: {
      summary: 'The badge image as PNG with the credential baked in (`iTXt` keyword `openbadgecredential`)',
      parameters: [pathId('Claim id.')],
      responses: { 200: { description: 'The baked PNG.', content: { 'image/png': { schema: { type: 'string' } } } }, ...errors(400, 404) },
    },
  },
  '/credentials/status/{id}': {
    get: {
      summary: 'An issuer’s revocation status list',
      parameters: [pathId('Issuer (organisation) id.')],
      responses: { ...ok('The signed status list.', ref('StatusListCredential'), LD), ...errors(400, 404) },
    },
  },
  '/media/{name}': {
    get: {
      summary: 'A generated image (activity cover, badge image, logo)',
      parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' }, description: 'e.g. cover-vilnius.svg' }],
      responses: { 200: { description: 'The image.', content: { 'image/svg+xml': { schema: { type: 'string' } } } }, ...errors(400, 404) },
    },
  },
  '/playlists': {
    get: {
      summary: 'A batch of learning paths by id, or a cursor-paged list',
      description: 'With `ids`, returns those playlists (other parameters are ignored). Otherwise lists playlists in their curated order.',
      parameters: [
        ids(`Comma-separated playlist ids, 1 to ${LIMITS.batch}.`, QueryParameters.playlistIds),
        query('activity', 'Only the playlists that hold this activity.', QueryParameters.filter),
        query('badge', 'Only the playlists with a step that this badge proves.', QueryParameters.filter),
        query('organiser', 'Organiser id.', QueryParameters.filter),
        cursor,
        limit,
      ],
      responses: {
        200: {
          description: 'A `PlaylistBatch` when `ids` is given, otherwise a `PlaylistPage`.',
          ...json({ oneOf: [ref('PlaylistPage'), ref('PlaylistBatch')] }),
        },
        ...errors(400),
      },
    },
  },
  '/playlists/{id}': {
    get: {
      summary: 'One learning path',
      parameters: [pathId('Playlist id.')],
      responses: { ...ok('The playlist.', ref('Playlist')), ...errors(400, 404) },
    },
  },
  '/openapi.json': {
    get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1.', ...json({ type: 'object' }) } } },
  },
};

/**
 * The OpenAPI document for the API at `base`.
 * @param {string} base absolute API URL, e.g. `http://localhost:8080/api`
 * @param {{ maxUploadBytes: number }} options
 */
export function openApiDocument(base, { maxUploadBytes }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Learning City badge API',
      version: '1.0.0',
      description:
        'Activities, Open Badges and badge claims for Cities of Learning. Errors are `{ error: { code, message, field? } }`. ' +
        'A request body field that is not acceptable is refused (422) with the code its schema names in `x-error`, else `<field>_invalid`; ' +
        'an optional field sent as null counts as absent. ' +
        `Evidence files up to ${maxUploadBytes} bytes; JSON bodies up to ${MAX_JSON_BYTES} bytes.`,
    },
    servers: [{ url: base }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        claimToken: { type: 'http', scheme: 'bearer', description: 'The token returned when the claim was created.' },
        organiserToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'An organiser’s token, which acts for the badges that organiser issues, or a server-wide one, which acts for every organiser.',
        },
      },
    },
  };
}
