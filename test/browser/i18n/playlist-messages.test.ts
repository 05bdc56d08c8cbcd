// The learning paths' words beyond what every set is checked for (own-messages.test.ts).
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../../src/i18n/localize.js';
import { PATH_CLAIM_MESSAGES } from '../../../src/i18n/path-claim-messages.js';

describe('learning path catalogues', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} reads progress as numbers in the language: both counts appear, in order`, async () => {
      expect((await PATH_CLAIM_MESSAGES.load(lang)).playlistProgress(2, 5)).to.match(/2\D+5/);
    });
  }
});
