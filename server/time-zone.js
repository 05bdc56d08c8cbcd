// Offsets of IANA time zones from the platform's own time-zone data (Intl), with no library.

/** One formatter per time zone: making one costs far more than using it (a calendar asks hundreds of times). */
const formatters = new Map();

/**
 * Minutes east of UTC in `timeZone` at the instant `ms`.
 * @param {number} ms
 * @param {string} timeZone IANA
 */
export function offsetMinutes(ms, timeZone) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
