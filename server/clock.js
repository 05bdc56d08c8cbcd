// The server's clock: real time, or a fake one that tests freeze and move forward (kiosk code
// periods and claim-code validity windows are read from it).

/**
 * @typedef {object} Clock
 * @property {() => number} now milliseconds since the epoch
 * @property {(ms: number) => void} freeze stops the clock at `ms`
 * @property {(ms: number) => void} advance moves the clock forward, frozen or not
 * @property {() => void} real back to the source's time
 * @property {() => boolean} frozen
 */

/**
 * @param {() => number} source the time when nothing is faked
 * @returns {Clock}
 */
export function createClock(source) {
  /** @type {number | undefined} */
  let stopped;
  let offset = 0;
  return {
    now: () => stopped ?? source() + offset,
    freeze(ms) {
      stopped = ms;
      offset = 0;
    },
    advance(ms) {
      if (stopped === undefined) offset += ms;
      else stopped += ms;
    },
    real() {
      stopped = undefined;
      offset = 0;
    },
    frozen: () => stopped !== undefined,
  };
}
