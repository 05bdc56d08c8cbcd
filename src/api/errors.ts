/**
 * Every failure the client reports. `code` is the API's own error code (`code_expired`,
 * `rate_limited`, …) or one of the client's: `network`, `timeout`, `aborted`, `bad_response`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly status = 0,
    /** The request field the error is about, when the API names one. */
    readonly field?: string,
    /** Seconds the API asked us to wait (`Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** Worth trying again later: the network, a timeout, or the server being busy or failing. */
  get transient(): boolean {
    return this.code === 'network' || this.code === 'timeout' || this.status === 429 || this.status >= 500;
  }
}
