import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import type { ActivityCard } from '../../../src/components/activity-card/activity-card.js';
import { DIGITS, eventTime, formatDuration, pluralFor, prepareEventTimes, visitorTimeZone } from '../../../src/i18n/format.js';
import { en } from '../../../src/i18n/locales/en.js';
import { canonicalLanguage, catalogueLanguage, LANGUAGES, loadCatalogue } from '../../../src/i18n/localize.js';
import { API } from '../helpers/server.js';
import { part, partText, waitForPart } from '../helpers/components.js';

/** The Vilnius activity 13965. */
const VILNIUS = { startsAt: '2022-05-17T13:00:00+03:00', endsAt: '2022-05-17T14:30:00+03:00', timeZone: 'Europe/Vilnius' };

describe('languages', () => {
  describe('catalogues', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      it(`${lang} has every message English has, of the same kind`, async () => {
        const messages = await loadCatalogue(lang);
        expect(messages).not.to.equal(en);
        for (const [key, message] of Object.entries(en)) {
          expect(messages, `${lang} lacks "${key}"`).to.have.property(key);
          expect(typeof messages[key as keyof typeof en], `${lang}: "${key}"`).to.equal(typeof message);
        }
      });
    }

    it('falls back from a regional tag to its language, then to English', () => {
      expect(catalogueLanguage('lt-LT')).to.equal('lt');
      expect(catalogueLanguage('ET')).to.equal('et');
      expect(catalogueLanguage('fr-BE')).to.equal('fr');
      expect(catalogueLanguage('ga-IE')).to.equal('en');
    });

    it('uses the plural forms of each language', async () => {
      const [lt, et] = await Promise.all([loadCatalogue('lt'), loadCatalogue('et')]);
      expect([1, 2, 10, 21].map((n) => lt.playlists(n))).to.deep.equal([
        'Įtraukta į 1 grojaraštį',
        'Įtraukta į 2 grojaraščius',
        'Įtraukta į 10 grojaraščių',
        'Įtraukta į 21 grojaraštį',
      ]);
      expect([1, 3].map((n) => et.playlists(n))).to.deep.equal(['Lisatud esitusloendisse (1)', 'Lisatud esitusloenditesse (3)']);
      expect([1, 3].map((n) => en.playlists(n))).to.deep.equal(['Added to 1 playlist', 'Added to 3 playlists']);
      expect([1, 5, 12].map((n) => lt.activitiesShown(n))).to.deep.equal(['Rodoma 1 veikla', 'Rodomos 5 veiklos', 'Rodoma 12 veiklų']);
      const [ar, pl] = await Promise.all([loadCatalogue('ar'), loadCatalogue('pl')]);
      expect([0, 1, 2, 3, 11, 100].map((n) => ar.activitiesShown(n))).to.deep.equal([
        'لا توجد أنشطة معروضة',
        'يُعرض نشاط واحد',
        'يُعرض نشاطان',
        'تُعرض 3 أنشطة',
        'يُعرض 11 نشاطًا',
        'يُعرض 100 نشاط',
      ]);
      expect([1, 3, 5, 22].map((n) => pl.myBadgesUpdated(n))).to.deep.equal([
        'Zaktualizowano 1 zgłoszenie.',
        'Zaktualizowano 3 zgłoszenia.',
        'Zaktualizowano 5 zgłoszeń.',
        'Zaktualizowano 22 zgłoszenia.',
      ]);
    });

    it('reads a CMS-style or broken language tag instead of failing', async () => {
      expect(canonicalLanguage('lt_LT')).to.equal('lt-LT');
      expect(canonicalLanguage('not a language')).to.equal('en');
      const card = await fixture<ActivityCard>(html`<activity-card api=${API} lang="et_EE" activity-id="13965"></activity-card>`);
      await waitForPart(card, 'title');
      expect(part(card, 'base')!.lang).to.equal('et-EE');
    });

    it('sets dir="rtl" for a right-to-left UI language', async () => {
      const card = await fixture<ActivityCard>(html`<activity-card api=${API} lang="ar" activity-id="13965"></activity-card>`);
      await waitForPart(card, 'base');
      expect(part(card, 'base')!.dir).to.equal('rtl');
    });

    it('mirrors the layout in Arabic: the start side is on the right', async () => {
      const wrapper = await fixture(html`<div style="width: 600px">
        <activity-card api=${API} lang="ar" activity-id="13965" visitor-time-zone="Europe/Vilnius"></activity-card>
        <activity-card api=${API} lang="en" activity-id="13965" visitor-time-zone="Europe/Vilnius"></activity-card>
      </div>`);
      const [arabic, english] = [...wrapper.querySelectorAll<ActivityCard>('activity-card')];
      await waitUntil(() => part(arabic!, 'badge')?.querySelector('strong') && part(english!, 'badge')?.querySelector('strong'));
      const sides = (card: ActivityCard) => {
        const image = part(card, 'badge')!.querySelector('.badge-image')!.getBoundingClientRect();
        const claim = part(card, 'claim')!.getBoundingClientRect();
        const base = part(card, 'base')!.getBoundingClientRect();
        return { imageFirst: image.left < part(card, 'badge')!.querySelector('.badge-text')!.getBoundingClientRect().left, claimAtLeft: claim.left - base.left < base.right - claim.right };
      };
      expect(sides(english!)).to.deep.equal({ imageFirst: true, claimAtLeft: true });
      expect(sides(arabic!)).to.deep.equal({ imageFirst: false, claimAtLeft: false });
      expect(partText(arabic!, 'claim')).to.equal('احصل على شارة النشاط');
      await expect(arabic).to.be.accessible();
    });
  });

  describe('digits', () => {
    it('writes each language with the digits the kit chose for it, the same in every engine', () => {
      const arabicIndic = /[\u0660-\u0669\u06F0-\u06F9]/;
      for (const lang of LANGUAGES) {
        expect(DIGITS[lang], lang).to.equal('latn');
        const when = eventTime(lang, { startsAt: '2022-05-17T10:00:00Z', endsAt: '2022-05-17T11:30:00Z', timeZone: 'Europe/Vilnius' }, 'Europe/Vilnius');
        expect(when.event, lang).to.match(/17/).and.not.match(arabicIndic);
        expect(pluralFor(lang)(1234, { other: '#' }), lang).to.match(/1.?234/);
      }
      // a page may still ask for other digits in its language tag
      expect(pluralFor('ar-u-nu-arab')(12, { other: '#' })).to.equal('١٢');
    });
  });

  describe('durations', () => {
    it('spells an ISO 8601 duration out in each language', () => {
      expect(formatDuration('en', 'PT1H30M')).to.equal('1 hour 30 minutes');
      expect(formatDuration('lt', 'PT1H30M')).to.equal('1 valanda 30 minučių');
      expect(formatDuration('et', 'PT1H30M')).to.equal('1 tund 30 minutit');
      expect(formatDuration('en', 'P2DT3H')).to.equal('2 days 3 hours');
      expect(formatDuration('en', 'PT45M')).to.equal('45 minutes');
    });

    it('gives nothing for a malformed or empty duration', () => {
      expect(formatDuration('en', 'about an hour')).to.equal(undefined);
      expect(formatDuration('en', 'PT0M')).to.equal(undefined);
    });

    it('says the same without Intl.DurationFormat', () => {
      const intl = Intl as unknown as { DurationFormat?: unknown };
      const original = intl.DurationFormat;
      delete intl.DurationFormat;
      try {
        expect(formatDuration('en', 'PT1H30M')).to.equal('1 hour 30 minutes');
        expect(formatDuration('et', 'PT1H30M')).to.equal('1 tund 30 minutit');
        expect(formatDuration('lt', 'PT1H30M')).to.equal('1 valanda 30 minučių');
      } finally {
        intl.DurationFormat = original;
      }
    });
  });

  describe('event times', () => {
    it('shows an event in Vilnius on the Vilnius clock to a visitor in Vilnius, in three languages', () => {
      expect(eventTime('en', VILNIUS, 'Europe/Vilnius').event).to.match(/^Tuesday, May 17, 2022, 1:00\s?–\s?2:30\sPM$/);
      expect(eventTime('lt', VILNIUS, 'Europe/Vilnius').event).to.equal('2022 m. gegužės 17 d., antradienis 13:00–14:30');
      expect(eventTime('et', VILNIUS, 'Europe/Vilnius').event).to.equal('teisipäev, 17. mai 2022 13:00–14:30');
      expect(eventTime('en', VILNIUS, 'Europe/Vilnius').visitor).to.equal(undefined);
    });

    it('names the zone and adds the visitor’s time for a visitor in New York', () => {
      const { event, visitor } = eventTime('en', VILNIUS, 'America/New_York');
      expect(event).to.match(/1:00\s?–\s?2:30\sPM GMT\+3$/);
      expect(visitor).to.match(/^Tuesday, May 17, 2022, 6:00\s?–\s?7:30\sAM EDT$/);
    });

    it('prepares its formatters for any language, length and zone, and shows the same times after', () => {
      const before = eventTime('lt', VILNIUS, 'America/New_York', 'short');
      for (const lang of ['lt', 'ar', 'en-GB']) {
        for (const length of ['long', 'short'] as const) {
          for (const zone of ['America/New_York', 'Mars/Olympus_Mons', '']) expect(() => prepareEventTimes(lang, length, zone)).not.to.throw();
        }
      }
      expect(eventTime('lt', VILNIUS, 'America/New_York', 'short')).to.deep.equal(before);
    });

    it('shows an event on the browser’s clock when the page names no visitor’s zone', () => {
      expect(eventTime('en', VILNIUS, '')).to.deep.equal(eventTime('en', VILNIUS, visitorTimeZone()));
    });

    it('names no zone for a visitor on the same clock under another name', () => {
      expect(eventTime('en', VILNIUS, 'Europe/Riga').visitor).to.equal(undefined);
    });

    it('handles the visitor’s date being another day (Tokyo), a missing end and several days', () => {
      const late = { startsAt: '2022-05-17T20:00:00+03:00', timeZone: 'Europe/Vilnius' };
      const { event, visitor } = eventTime('en', late, 'Asia/Tokyo');
      expect(event).to.match(/^Tuesday, May 17, 2022(,| at) 8:00\sPM GMT\+3$/);
      expect(visitor).to.match(/^Wednesday, May 18, 2022(,| at) 2:00\sAM GMT\+9$/);
      const camp = { startsAt: '2027-07-05T09:00:00+03:00', endsAt: '2027-07-09T15:00:00+03:00', timeZone: 'Europe/Vilnius' };
      expect(eventTime('en', camp, 'Europe/Vilnius', 'short').event).to.match(/^Mon, Jul 5, 2027(,| at) 9:00\sAM – Fri, Jul 9, 2027(,| at) 3:00\sPM$/);
    });

    it('survives a time zone the browser does not know, from the API or the page', () => {
      const odd = { ...VILNIUS, timeZone: 'Mars/Olympus_Mons' };
      expect(eventTime('en', odd, 'Europe/Vilnius').visitor).to.equal(undefined);
      expect(eventTime('en', VILNIUS, 'Mars/Olympus_Mons').event).to.contain('May 17, 2022');
    });
  });
});
