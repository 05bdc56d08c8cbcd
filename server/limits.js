// Every length and count limit of the API, in one place: the handlers enforce them and the
// OpenAPI document states them from here.

export const LIMITS = {
  /** Characters of a recipient's name, and of a badge id in a claim. */
  name: 200,
  /** Characters of an e-mail address (RFC 5321). */
  email: 254,
  /** Characters of a claim code. */
  code: 100,
  /** Characters of one answer to a text or questions task. */
  answer: 5000,
  /** Characters of a review's or a revocation's reason. */
  reason: 1000,
  /** Characters of an Idempotency-Key header. */
  idempotencyKey: 200,
  /** Characters of a query parameter such as `q` or `organiser`. */
  queryParameter: 200,
  /** Ids in one batch read (`ids=`). */
  batch: 100,
  /** Activities in one page (`limit`). */
  pageSize: 100,
  /** Files attached to one claim. */
  filesPerClaim: 20,
  /** People a badge is issued to in one request (`POST /badges/{id}/issue`). */
  recipients: 500,
};

/** Seconds a kiosk code is shown for: the default and the range a kiosk may ask for. */
export const KIOSK_PERIOD = { default: 30, min: 10, max: 3600 };
