/**
 * Builds each `Intl` formatter (or canonical tag) once per language and options: building one
 * takes far longer than using it, and a page of 100 cards asks for the same few hundreds of times.
 * The keys are few (languages × zones × option sets), so the cache needs no bound.
 */
export function memo<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(...args)));
    return value;
  };
}

/**
 * The digits each catalogue language is written with, so that every engine shows the same: their
 * locale data differ (WebKit writes `ar` with Arabic-Indic digits, Chromium and Firefox with Latin
 * ones, as current CLDR does). All sixteen use Latin digits (`latn`), Arabic included: the kit's
 * Arabic readers live in European cities, where the codes on posters, dates and prices around the
 * widgets are in Latin digits. A page that wants others says so in its tag: `lang="ar-u-nu-arab"`.
 */
export const DIGITS: Readonly<Record<string, string>> = {
  en: 'latn', lt: 'latn', et: 'latn', lv: 'latn', it: 'latn', nl: 'latn', ro: 'latn', de: 'latn',
  fr: 'latn', es: 'latn', pt: 'latn', sl: 'latn', fi: 'latn', pl: 'latn', uk: 'latn', ar: 'latn',
};

/** The tag to format numbers and dates with: the language's digits from DIGITS, unless the tag names its own. */
export const formattingLocale = memo((lang: string): string => {
  try {
    const locale = new Intl.Locale(lang);
    const digits = DIGITS[locale.language];
    return locale.numberingSystem || !digits ? lang : new Intl.Locale(lang, { numberingSystem: digits }).toString();
  } catch {
    return lang; // not a valid tag: Intl says so where it is used
  }
});

const dateTimeFormat = memo(
  (lang: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(formattingLocale(lang), options),
);
const numberFormat = memo(
  (lang: string, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(formattingLocale(lang), options),
);

/** Plural forms keyed by `Intl.PluralRules` category; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = memo((lang: string) => new Intl.PluralRules(lang));

/**
 * A plural chooser for one language: `plural(3, { one: '# playlist', other: '# playlists' })`.
 * Its `Intl` objects are built at the first count, not when a catalogue is loaded: the first ones
 * a page builds load locale data, a cost a page showing no count should not pay.
 */
export function pluralFor(lang: string): (count: number, forms: PluralForms) => string {
  return (count, forms) => (forms[pluralRules(lang).select(count)] ?? forms.other).replaceAll('#', numberFormat(lang).format(count));
}

/** "5 minutes ago", "vakar": how long ago a moment was, in the largest fitting unit. */
export function relativeTime(lang: string, at: number, now = Date.now()): string {
  const seconds = Math.round((at - now) / 1000);
  const format = relativeTimeFormat(lang);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

const relativeTimeFormat = memo((lang: string) => new Intl.RelativeTimeFormat(formattingLocale(lang), { numeric: 'auto' }));

/** The visitor's IANA time zone, as the browser reports it. */
export function visitorTimeZone(): string {
  return dateTimeFormat('en', {}).resolvedOptions().timeZone;
}

const isKnownZone = memo((zone: string) => {
  try {
    dateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
});

/** `zone` when the browser knows it; the API may send a name this browser's tz data lacks. */
function knownZone(zone: string, fallback: string): string {
  return isKnownZone(zone) ? zone : fallback;
}

/** "GMT+03:00": a zone's offset at one moment, to tell whether two zones show the same clock. */
function offsetAt(zone: string, at: Date): string {
  const parts = dateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

const DATE_TIME: Record<'long' | 'short', Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  short: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

export interface EventTime {
  /** Start to end on the event's own clock, its zone named when the visitor's clock differs. */
  event: string;
  /** The same span on the visitor's clock; only when it differs from the event's. */
  visitor?: string;
}

/**
 * When an event happens, in the UI language: one range in the event's time zone ("Tuesday, May 17,
 * 2022, 1:00 – 2:30 PM"); multi-day events show both dates, and a missing end shows the start only.
 * A visitor's zone that is empty or unknown to the browser is the browser's own.
 */
export function eventTime(
  lang: string,
  event: { startsAt: string; endsAt?: string | undefined; timeZone: string },
  visitorZone: string,
  length: 'long' | 'short' = 'long',
): EventTime {
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : undefined;
  visitorZone = knownZone(visitorZone, visitorTimeZone());
  const zone = knownZone(event.timeZone, visitorZone);
  const differs = offsetAt(zone, start) !== offsetAt(visitorZone, start);
  const span = (timeZone: string) => {
    const format = dateTimeFormat(lang, {
      ...DATE_TIME[length],
      timeZone,
      ...(differs ? { timeZoneName: 'short' as const } : {}),
    });
    return end && end > start ? format.formatRange(start, end) : format.format(start);
  };
  return differs ? { event: span(zone), visitor: span(visitorZone) } : { event: span(zone) };
}

/**
 * Builds what `eventTime` and `formatDuration` use for one language and length, with a sample
 * event on the visitor's clock (an unknown or empty zone is the browser's). The first date
 * formatter a page builds loads the locale's date data, and the first range and duration formats
 * load theirs: most of a first card's render.
 */
export function prepareEventTimes(lang: string, length: 'long' | 'short', visitorZone: string): void {
  eventTime(lang, { startsAt: '2024-01-01T10:00Z', endsAt: '2024-01-01T11:00Z', timeZone: visitorZone }, visitorZone, length);
  formatDuration(lang, 'PT1H30M');
}

/**
 * `prepareEventTimes` in a task of its own, once per language, length and zone (the visitor's
 * when empty, as in `eventTime`). A widget calls it once its read has gone out, so that the wait
 * for IndexedDB or the API pays for the formatters instead of the render after it.
 */
export const prepareEventTimesSoon = memo((lang: string, length: 'long' | 'short', visitorZone: string) =>
  setTimeout(() => prepareEventTimes(lang, length, visitorZone)),
);

const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A minimal `Intl.DurationFormat` type (TypeScript's DOM library does not describe it yet). */
type DurationFormatConstructor = new (
  lang: string,
  options: Record<string, string>,
) => { format(duration: Record<string, number>): string };

const intlWithDurations = Intl as unknown as { DurationFormat?: DurationFormatConstructor };
const durationFormat = memo(
  (lang: string, options: Record<string, string>) => new intlWithDurations.DurationFormat!(formattingLocale(lang), options),
);
const listFormat = memo((lang: string) => new Intl.ListFormat(lang, { type: 'unit', style: 'narrow' }));

/**
 * An ISO 8601 duration in words, the units in full and side by side: `PT1H30M` is "1 hour
 * 30 minutes", "1 tund 30 minutit", "1 valanda 30 minučių". `Intl.DurationFormat` where the browser
 * has it, else the same from `Intl.NumberFormat` units. Undefined for a malformed or zero duration.
 */
export function formatDuration(lang: string, iso: string): string | undefined {
  const match = DURATION.exec(iso.trim());
  if (!match) return undefined;
  const amounts = DURATION_UNITS.map((unit, i) => [unit, Number(match[i + 1] ?? 0)] as const).filter(([, n]) => n > 0);
  if (amounts.length === 0) return undefined;
  // `narrow` joins the units with spaces; each unit present is still spelled out in full.
  const options: Record<string, string> = { style: 'narrow' };
  for (const [unit] of amounts) options[`${unit}s`] = 'long';
  if (intlWithDurations.DurationFormat) return durationFormat(lang, options).format(Object.fromEntries(amounts.map(([unit, n]) => [`${unit}s`, n])));
  const parts = amounts.map(([unit, n]) => numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
  return listFormat(lang).format(parts);
}
