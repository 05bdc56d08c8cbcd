import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../../src/i18n/localize.js';
import { en } from '../../../src/i18n/verify/en.js';
import { VERIFY_MESSAGES } from '../../../src/i18n/verify-messages.js';

describe('<badge-verify> catalogues', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has every message English has, of the same kind`, async () => {
      const messages = await VERIFY_MESSAGES.load(lang);
      expect(messages).not.to.equal(en);
      for (const [key, message] of Object.entries(en)) {
        expect(messages, `${lang} lacks "${key}"`).to.have.property(key);
        expect(typeof messages[key as keyof typeof en], `${lang}: "${key}"`).to.equal(typeof message);
      }
      expect(Object.keys(messages).sort(), `${lang} has no message English lacks`).to.deep.equal(Object.keys(en).sort());
    });
  }

  it('falls back to English for a language without a catalogue', async () => {
    expect(await VERIFY_MESSAGES.load('ga-IE')).to.equal(en);
    expect(VERIFY_MESSAGES.get('ga')).to.equal(en);
  });
});
