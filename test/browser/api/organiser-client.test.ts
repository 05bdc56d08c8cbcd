import { expect } from '@open-wc/testing';
import { ApiError } from '../../../src/api/errors.js';
import { organiserClient, RestOrganiserClient } from '../../../src/api/organiser-client.js';
import { RestClient } from '../../../src/api/rest-client.js';
import type { BadgeClient } from '../../../src/api/client.js';
import { API, ORGANISER_TOKEN, resetServer } from '../helpers/server.js';

const rest = new RestClient({ api: API });
const organiser = new RestOrganiserClient(rest);

describe('organiser client', () => {
  beforeEach(resetServer);

  it('issues a badge to a list of people, reporting duplicates and invalid addresses', async () => {
    const recipients = [
      { name: 'Ona', email: 'ona@example.org' },
      { name: 'Ona again', email: 'ONA@example.org' },
      { name: 'Nobody', email: 'not-an-address' },
    ];
    const results = await organiser.issueBadge('strategist-2022', recipients, ORGANISER_TOKEN);
    expect(results.map((r) => r.status)).to.deep.equal(['issued', 'duplicate', 'invalid']);
    expect(results[0]!.claimId).to.be.a('string');
    expect(results[1]!.claimId).to.equal(results[0]!.claimId);
  });

  it('revokes an issued badge: its status says so', async () => {
    const [issued] = await organiser.issueBadge('strategist-2022', [{ name: 'Petras', email: 'petras@example.org' }], ORGANISER_TOKEN);
    const revoked = await organiser.revokeClaim(issued!.claimId!, 'Issued by mistake.', ORGANISER_TOKEN);
    expect(revoked.status).to.equal('revoked');
    const again = await organiser.revokeClaim(issued!.claimId!, undefined, ORGANISER_TOKEN).catch((error: unknown) => error);
    expect(again).to.be.instanceOf(ApiError);
    expect((again as ApiError).status).to.equal(409);
  });

  it('is refused with another organiser’s token', async () => {
    const refused = await organiser.getKiosk('strategist-2022', 30, 'demo-organiser-turin').catch((error: unknown) => error);
    expect((refused as ApiError).status).to.equal(403);
  });

  it('is the platform’s own when its client has one, and says so when there is none', () => {
    const custom = { ...organiser } as RestOrganiserClient;
    const platform = { organiser: custom } as unknown as BadgeClient;
    expect(organiserClient(platform)).to.equal(custom);
    expect(organiserClient(rest)).to.be.instanceOf(RestOrganiserClient);
    expect(() => organiserClient({} as BadgeClient)).to.throw(ApiError, 'no organiser features');
  });
});
