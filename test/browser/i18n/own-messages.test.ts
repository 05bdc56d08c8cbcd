// The catalogue sets that elements loaded on demand bring with them (`withOwnMessages`): in every
// language, every message of the element's English set, of the same kind, beside the kit's own.
// Checks particular to one set are in the files beside this one.
import { expect } from '@open-wc/testing';
import { CLAIM_MESSAGES } from '../../../src/i18n/claim-messages.js';
import { en as claimEn } from '../../../src/i18n/claim/en.js';
import { en as kitEn } from '../../../src/i18n/locales/en.js';
import { withOwnMessages } from '../../../src/i18n/own-messages.js';
import { LANGUAGES, loadCatalogue, type MessageSource } from '../../../src/i18n/localize.js';
import { en as organiserEn } from '../../../src/i18n/organiser/en.js';
import { MY_BADGES_MESSAGES } from '../../../src/i18n/my-badges-messages.js';
import { en as myBadgesEn } from '../../../src/i18n/my-badges/en.js';
import { ORGANISER_MESSAGES } from '../../../src/i18n/organiser-messages.js';
import { PATH_CLAIM_MESSAGES } from '../../../src/i18n/path-claim-messages.js';
import { en as playlistEn } from '../../../src/i18n/playlist/en.js';
import { en as scannerEn } from '../../../src/i18n/scanner/en.js';
import { SCANNER_MESSAGES } from '../../../src/i18n/scanner-messages.js';
import { en as verifyEn } from '../../../src/i18n/verify/en.js';
import { VERIFY_MESSAGES } from '../../../src/i18n/verify-messages.js';

const SETS: [string, MessageSource<object>, object][] = [
  ['qr-scanner', SCANNER_MESSAGES, scannerEn],
  ['badge-claim', CLAIM_MESSAGES, claimEn],
  ['badge-verify', VERIFY_MESSAGES, verifyEn],
  ['claim-review and claim-kiosk', ORGANISER_MESSAGES, organiserEn],
  ['my-badges', MY_BADGES_MESSAGES, { ...myBadgesEn, ...playlistEn }],
  ['playlist-card', PATH_CLAIM_MESSAGES, { ...claimEn, ...playlistEn }],
];

for (const [element, set, en] of SETS) {
  describe(`${element} catalogues`, () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      it(`${lang} has every message English has, of the same kind, beside the kit's own`, async () => {
        const messages = (await set.load(lang)) as Record<string, unknown>;
        const kit = await loadCatalogue(lang);
        for (const [key, message] of Object.entries(en)) {
          expect(messages, `${lang} lacks "${key}"`).to.have.property(key);
          expect(typeof messages[key], `${lang}: "${key}"`).to.equal(typeof message);
        }
        // The kit's words come with them, in the same language.
        expect(messages.retry).to.equal(kit.retry);
        expect(Object.keys(messages).sort()).to.deep.equal([...Object.keys(kitEn), ...Object.keys(en)].sort());
      });
    }

    it('is English for a language without a catalogue', async () => {
      const messages = (await set.load('ga-IE')) as Record<string, unknown>;
      for (const [key, message] of Object.entries(en)) expect(messages[key]).to.equal(message);
      expect(messages.retry).to.equal(kitEn.retry);
    });
  });
}

describe('an element’s own words while they load', () => {
  it('are English, while the kit’s words are already in the language', async () => {
    const kit = await loadCatalogue('lt');
    // An element whose Lithuanian words never arrive (a chunk still on its way).
    const set = withOwnMessages({ ownWord: 'Own word' }, { lt: () => new Promise(() => undefined) });
    void set.load('lt');
    expect(set.has('lt')).to.equal(false);
    expect(set.message('lt', 'retry')).to.equal(kit.retry);
    expect(set.message('lt', 'ownWord')).to.equal('Own word');
  });
});
