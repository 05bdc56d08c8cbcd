import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../../src/i18n/localize.js';
import { en } from '../../../src/i18n/playlist/en.js';
import { PLAYLIST_MESSAGES } from '../../../src/i18n/playlist-messages.js';

describe('learning path catalogues', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has every message English has, of the same kind`, async () => {
      const messages = await PLAYLIST_MESSAGES.load(lang);
      expect(messages).not.to.equal(en);
      for (const [key, message] of Object.entries(en)) {
        expect(messages, `${lang} lacks "${key}"`).to.have.property(key);
        expect(typeof messages[key as keyof typeof en], `${lang}: "${key}"`).to.equal(typeof message);
      }
      expect(Object.keys(messages).sort(), `${lang} has no message English lacks`).to.deep.equal(Object.keys(en).sort());
      // Progress reads as numbers in the language: both counts appear, in order.
      expect(messages.playlistProgress(2, 5)).to.match(/2\D+5/);
    });
  }

  it('falls back to English for a language without a catalogue', async () => {
    expect(await PLAYLIST_MESSAGES.load('ga-IE')).to.equal(en);
  });
});
