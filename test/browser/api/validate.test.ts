import { expect } from '@open-wc/testing';
import { ApiError } from '../../../src/api/errors.js';
import { decode } from '../../../src/api/validate.js';

const activity = (fields: Record<string, unknown> = {}) => ({
  id: 'a1',
  title: 'Strategies',
  startsAt: '2030-01-01T10:00:00+02:00',
  timeZone: 'Europe/Vilnius',
  organiser: { id: 'o1', name: 'Vilnius' },
  ...fields,
});

function failure(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the decoder to refuse');
}

describe('decoders', () => {
  it('leaves unknown fields out and fills the documented defaults', () => {
    const decoded = decode.activity(activity({ secret: 'x', organiser: { id: 7, name: 'Vilnius', internal: true } }));
    expect(decoded).to.deep.equal({
      ...activity(),
      organiser: { id: '7', name: 'Vilnius' },
      skills: [],
      playlistCount: 0,
      language: '',
    });
  });

  it('drops link and image URLs that are not http(s), and keeps the rest of the entity', () => {
    const decoded = decode.activity(activity({ url: 'javascript:alert(1)', imageUrl: 'data:image/png;base64,AA', onlineUrl: 42 }));
    expect([decoded.url, decoded.imageUrl, decoded.onlineUrl]).to.deep.equal([undefined, undefined, undefined]);
    expect(decoded.title).to.equal('Strategies');
  });

  it('refuses an entity with a missing or wrongly typed field, naming the field', () => {
    expect(failure(() => decode.activity(activity({ title: 42 }))).message).to.contain('activity.title');
    expect(failure(() => decode.activity(activity({ startsAt: 'soon' }))).message).to.contain('activity.startsAt');
    expect(failure(() => decode.badge({ id: 'b', name: 'B', description: '', issuer: { id: 'i', name: 'I' } })).message).to.contain('badge.tasks');
    expect(failure(() => decode.activity(activity({ description: 5 }))).code).to.equal('bad_response');
  });

  it('decodes each item of a batch on its own, reporting the malformed ones by id', () => {
    const { items, invalid } = decode.activityBatch({ items: [activity({ id: 'a1' }), activity({ id: 'a2', title: null }), activity({ id: 9 }), { title: 'no id' }] });
    expect(items.map((a) => a.id)).to.deep.equal(['a1', '9']);
    expect(invalid.map((i) => i.id)).to.deep.equal(['a2', undefined]);
    expect(invalid[0]!.error.message).to.contain('batch.items[1].title');
  });

  it('refuses a batch whose items are not a list', () => {
    expect(failure(() => decode.badgeBatch({ items: 5 })).code).to.equal('bad_response');
    expect(failure(() => decode.badgeBatch(null)).code).to.equal('bad_response');
  });
});
