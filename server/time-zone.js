// Offsets of IANA time zones from the platform's own time-zone data (Intl), with no library.

/**
 * Minutes east of UTC in `timeZone` at the instant `ms`.
 * @param {number} ms
 * @param {string} timeZone IANA
 */
export function offsetMinutes(ms, timeZone) {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
