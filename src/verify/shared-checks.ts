import { fail, pass, type Finding } from './findings.js';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Whether an Open Badges identity (2.0 `recipient`, 3.0 `identifier`) is this e-mail address:
 * hashed as `sha256$` + hex(SHA-256(address + salt)), or in plain text.
 */
export async function recipientFinding(
  identities: { identity?: unknown; hashed?: unknown; salt?: unknown; type?: unknown }[],
  email: string,
): Promise<Finding> {
  const emails = identities.filter((i) => i.type === 'email' || i.type === 'emailAddress');
  if (emails.length === 0) return fail('recipient', 'verifyRecipientUnknown');
  const address = email.trim().toLowerCase();
  for (const { identity, hashed, salt } of emails) {
    if (typeof identity !== 'string') continue;
    if (!hashed && identity.toLowerCase() === address) return pass('recipient', 'verifyRecipientOk');
    const [algorithm, digest] = identity.split('$');
    if (hashed && algorithm?.toLowerCase() === 'sha256') {
      const data = new TextEncoder().encode(address + (typeof salt === 'string' ? salt : ''));
      if (hex(await crypto.subtle.digest('SHA-256', data)) === digest?.toLowerCase()) return pass('recipient', 'verifyRecipientOk');
    }
  }
  return fail('recipient', 'verifyRecipientMismatch');
}

/** Validity dates: not before `from`, not after `until`. */
export function datesFinding(from: string | undefined, until: string | undefined, now: Date): Finding {
  if (from && Date.parse(from) > now.getTime()) return fail('dates', 'verifyNotYetValid', { date: from });
  if (until && Date.parse(until) < now.getTime()) return fail('dates', 'verifyExpired', { date: until });
  return from ? pass('dates', 'verifyValidSince', { date: from }) : pass('dates', 'verifyValid');
}
