// Counts failed claim-code attempts per client address in a sliding window, so codes cannot be
// guessed by trying many.

/**
 * @typedef {object} AttemptLimiter
 * @property {(key: string) => number} retryAfter seconds until `key` may try again; 0 when it may now
 * @property {(key: string) => void} fail records a failed attempt
 * @property {() => void} clear forgets every attempt
 */

/** Above this many tracked addresses, expired entries are swept so the map cannot grow forever. */
const SWEEP_ABOVE = 10_000;

/**
 * @param {{ max: number, windowMs: number }} limits
 * @returns {AttemptLimiter}
 */
export function createAttemptLimiter({ max, windowMs }) {
  /** @type {Map<string, number[]>} failure times per key, oldest first */
  const failures = new Map();

  const recent = (key, now) => {
    const times = (failures.get(key) ?? []).filter((time) => now - time < windowMs);
    if (times.length > 0) failures.set(key, times);
    else failures.delete(key);
    return times;
  };

  return {
    retryAfter(key) {
      const now = Date.now();
      const times = recent(key, now);
      return times.length >= max ? Math.max(1, Math.ceil((times[0] + windowMs - now) / 1000)) : 0;
    },
    fail(key) {
      const now = Date.now();
      if (failures.size > SWEEP_ABOVE) for (const other of [...failures.keys()]) recent(other, now);
      failures.set(key, [...recent(key, now), now]);
    },
    clear() {
      failures.clear();
    },
  };
}
