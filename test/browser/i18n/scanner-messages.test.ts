import { expect } from '@open-wc/testing';
import { en as kitEn } from '../../../src/i18n/locales/en.js';
import { LANGUAGES, loadCatalogue } from '../../../src/i18n/localize.js';
import { en } from '../../../src/i18n/scanner/en.js';
import { SCANNER_MESSAGES } from '../../../src/i18n/scanner-messages.js';

describe('qr-scanner catalogues', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has every message English has, of the same kind, beside the kit's own`, async () => {
      const messages = await SCANNER_MESSAGES.load(lang);
      const kit = await loadCatalogue(lang);
      for (const [key, message] of Object.entries(en)) {
        expect(messages, `${lang} lacks "${key}"`).to.have.property(key);
        expect(typeof messages[key as keyof typeof en], `${lang}: "${key}"`).to.equal(typeof message);
      }
      // The kit's words come with them, in the same language.
      expect(messages.retry).to.equal(kit.retry);
      expect(Object.keys(messages).sort()).to.deep.equal([...Object.keys(kitEn), ...Object.keys(en)].sort());
      expect(messages.scanCameraNumber(2)).to.contain('2');
    });
  }

  it('is English for a language without a catalogue', async () => {
    const messages = await SCANNER_MESSAGES.load('ga-IE');
    expect(messages.scanStart).to.equal(en.scanStart);
    expect(messages.retry).to.equal(kitEn.retry);
  });
});
