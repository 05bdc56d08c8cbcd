// The organisers' words beyond what every set is checked for (own-messages.test.ts): translated,
// and the messages that take values show them.
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../../src/i18n/localize.js';
import { en } from '../../../src/i18n/organiser/en.js';
import { ORGANISER_MESSAGES } from '../../../src/i18n/organiser-messages.js';

describe('<claim-review> and <claim-kiosk> catalogues', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} is translated, and shows the values it is given`, async () => {
      const messages = await ORGANISER_MESSAGES.load(lang);
      // Sentences are translated (names such as "E-mail" or "Badge" may be the same word).
      const sentences = (Object.keys(en) as (keyof typeof en)[]).filter((key) => typeof en[key] === 'string' && (en[key] as string).includes(' '));
      for (const key of sentences) expect(messages[key], `${lang}: "${key}" is English`).not.to.equal(en[key]);
      expect(messages.kioskClaimed(7)).to.contain('7');
      expect(messages.reviewConflict('Vilnius')).to.contain('Vilnius');
    });
  }
});
