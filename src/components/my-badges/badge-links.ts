import type { ClaimRecord } from '../../repository/repository.js';

/**
 * Where an issued badge can be seen, kept and shown: its readable page (the credential's or the
 * assertion's URL, which answers HTML to a browser), its baked image, and LinkedIn's "add
 * certification" form filled in. `undefined` before the badge is issued.
 */
export interface BadgeLinks {
  page: string;
  /** The PNG with the credential baked in (Open Badges 3.0 only). */
  image?: string;
  linkedIn: string;
}

export function badgeLinks(claim: ClaimRecord): BadgeLinks | undefined {
  const page = claim.credentialUrl ?? claim.assertionUrl;
  if (claim.status !== 'issued' || !page) return undefined;
  return {
    page,
    ...(claim.credentialUrl ? { image: `${claim.credentialUrl}/badge.png` } : {}),
    linkedIn: linkedInUrl(claim, page),
  };
}

/** LinkedIn's add-to-profile link for a certification, with name, issuer, date and URL filled in. */
function linkedInUrl(claim: ClaimRecord, page: string): string {
  const issued = new Date(claim.createdAt);
  const url = new URL('https://www.linkedin.com/profile/add');
  url.searchParams.set('startTask', 'CERTIFICATION_NAME');
  url.searchParams.set('name', claim.badge.name);
  if (claim.badge.issuerName) url.searchParams.set('organizationName', claim.badge.issuerName);
  url.searchParams.set('issueYear', String(issued.getUTCFullYear()));
  url.searchParams.set('issueMonth', String(issued.getUTCMonth() + 1));
  url.searchParams.set('certUrl', page);
  url.searchParams.set('certId', claim.claimId);
  return url.href;
}

/** A file name for the downloaded image: the badge's name in plain letters. */
export function imageFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'badge'}.png`;
}
