import type { VerifyMessages } from '../i18n/verify/en.js';

/** The checks a badge goes through, each shown on its own. */
export type CheckId = 'format' | 'signature' | 'issuer' | 'status' | 'dates' | 'recipient';

/** The messages a finding can carry: plain text, or one text or date argument. */
export type FindingKey = { [K in keyof VerifyMessages]: VerifyMessages[K] extends string | ((arg: string) => string) ? K : never }[keyof VerifyMessages];

/** The outcome of one check, to be put in words in the reader's language. */
export interface Finding {
  id: CheckId;
  ok: boolean;
  key: FindingKey;
  /** The message's argument: a name, a reason or a size. */
  arg?: string;
  /** The message's argument when it is a date (ISO 8601), to be formatted for the reader. */
  date?: string;
}

export const pass = (id: CheckId, key: FindingKey, extra: Pick<Finding, 'arg' | 'date'> = {}): Finding => ({ id, ok: true, key, ...extra });
export const fail = (id: CheckId, key: FindingKey, extra: Pick<Finding, 'arg' | 'date'> = {}): Finding => ({ id, ok: false, key, ...extra });

/** A check that ends the verification: the input cannot be taken further. */
export class Rejected extends Error {
  constructor(readonly finding: Finding) {
    super(finding.key);
  }
}

/** What a verification found: the badge as far as it could be read, and every check. */
export interface Verification {
  verified: boolean;
  checks: Finding[];
  badge?: { version: '2.0' | '3.0'; name: string; issuer?: string; image?: string; issuedOn?: string };
}
