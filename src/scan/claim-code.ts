/**
 * What a scanned or typed text may be: a claim URL of an allowed origin (any path, the code in
 * its `code` query parameter) or a bare claim code. Anything else is not a claim code, and the
 * scanner never follows it.
 *
 * A bare code is 4 to 64 characters of ASCII letters, digits and dashes, starting and ending
 * with a letter or digit (`VILNIUS-2022`). Case is kept as printed: the badge API decides
 * whether codes are case-sensitive.
 */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{2,62}[A-Za-z0-9]$/;

/** Longest text looked at; a QR code holds at most a few kilobytes, claim URLs far less. */
export const MAX_TEXT_LENGTH = 2048;

/** The claim code in `text`, or undefined when it is not a claim code of an allowed origin. */
export function claimCode(text: string, allowedOrigins: readonly string[]): string | undefined {
  const value = text.trim();
  if (value.length === 0 || value.length > MAX_TEXT_LENGTH) return undefined;
  if (CODE_PATTERN.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value); // absolute only: a relative text is not a claim URL
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  if (!allowedOrigins.includes(url.origin)) return undefined;
  const codes = url.searchParams.getAll('code');
  if (codes.length !== 1) return undefined;
  return CODE_PATTERN.test(codes[0]!) ? codes[0] : undefined;
}

/** The origin of an http(s) URL (relative ones resolved against `base`); else undefined. */
export function originOf(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The origins claim URLs may come from: the `accept` attribute's space-separated absolute
 * origins when it is set (entries that are not http(s) URLs are ignored), else the configured
 * API's origin, else the page's own.
 */
export function allowedOrigins(accept: string | undefined, api: string | undefined): string[] {
  if (accept?.trim()) {
    const listed = accept
      .trim()
      .split(/\s+/)
      .map((origin) => originOf(origin))
      .filter((origin): origin is string => origin !== undefined);
    return [...new Set(listed)];
  }
  const fallback = (api && originOf(api, document.baseURI)) || originOf(location.href);
  return fallback ? [fallback] : [];
}
