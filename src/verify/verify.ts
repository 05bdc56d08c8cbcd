// The verification chunk: loaded only when a visitor checks a badge, since the JSON-LD and
// signature libraries it carries are many times the size of the rest of the kit.
import { Rejected, fail, type Verification } from './findings.js';
import { readInput, type BadgeInput } from './input.js';
import { isAssertion, verifyAssertion } from './open-badges-2.js';
import { isCredential, verifyCredential } from './open-badges-3.js';

export type { BadgeInput } from './input.js';
export type { CheckId, Finding, FindingKey, Verification } from './findings.js';

export interface VerifyOptions {
  /** The e-mail address the visitor believes the badge was issued to. */
  email?: string;
  now?: Date;
  signal?: AbortSignal;
}

/**
 * Verifies an Open Badge from a link, pasted JSON, a baked image or a JSON file. It never
 * throws for bad input: every failure is a finding with its own reason.
 */
export async function verifyBadge(input: BadgeInput, { email, now = new Date(), signal }: VerifyOptions = {}): Promise<Verification> {
  try {
    const source = await readInput(input, signal);
    if (isCredential(source.document)) return await verifyCredential(source.document, { email, now, signal });
    if (isAssertion(source.document)) return await verifyAssertion(source, { email, now, signal });
    return { verified: false, checks: [fail('format', 'verifyNotBadge')] };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { verified: false, checks: [error instanceof Rejected ? error.finding : fail('format', 'verifyError')] };
  }
}
