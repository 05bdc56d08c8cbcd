import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../../src/i18n/localize.js';
import { en } from '../../../src/i18n/organiser/en.js';
import { ORGANISER_MESSAGES } from '../../../src/i18n/organiser-messages.js';

describe('<claim-review> and <claim-kiosk> catalogues', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has every message English has, of the same kind, translated`, async () => {
      const messages = await ORGANISER_MESSAGES.load(lang);
      expect(messages).not.to.equal(en);
      for (const [key, message] of Object.entries(en)) {
        expect(messages, `${lang} lacks "${key}"`).to.have.property(key);
        expect(typeof messages[key as keyof typeof en], `${lang}: "${key}"`).to.equal(typeof message);
      }
      expect(Object.keys(messages).sort(), `${lang} has no message English lacks`).to.deep.equal(Object.keys(en).sort());
      // Sentences are translated (names such as "E-mail" or "Badge" may be the same word).
      const sentences = (Object.keys(en) as (keyof typeof en)[]).filter((key) => typeof en[key] === 'string' && (en[key] as string).includes(' '));
      for (const key of sentences) expect(messages[key], `${lang}: "${key}" is English`).not.to.equal(en[key]);
      // Messages with a value show it.
      expect(messages.kioskClaimed(7)).to.contain('7');
      expect(messages.reviewConflict('Vilnius')).to.contain('Vilnius');
    });
  }

  it('falls back to English for a language without a catalogue', async () => {
    expect(await ORGANISER_MESSAGES.load('ga-IE')).to.equal(en);
  });
});
