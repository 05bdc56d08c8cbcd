// A small method + path router over patterns such as `/claims/:id/evidence`.
import { badRequest, hasNul } from './http.js';

/**
 * @typedef {object} Route
 * @property {string} method
 * @property {string} path pattern with `:name` segments
 * @property {(ctx: any) => any} handler
 */

/**
 * @typedef {object} RouteMatch
 * @property {string} pattern the matched route pattern, or `*` when no path matched
 * @property {Route} [route] the route for this method, when there is one
 * @property {Record<string, string>} params decoded path parameters
 * @property {string[]} allowed methods the matched path supports
 */

/**
 * @param {Route[]} routes
 * @returns {(method: string, path: string) => RouteMatch}
 */
export function createRouter(routes) {
  /** @type {Map<string, Route[]>} routes grouped by path pattern, in table order */
  const byPath = new Map();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
  const patterns = [...byPath.keys()].map((path) => ({ path, segments: path.split('/').slice(1) }));

  return (method, path) => {
    const segments = path.split('/').slice(1);
    for (const pattern of patterns) {
      const params = matchSegments(pattern.segments, segments);
      if (!params) continue;
      const candidates = byPath.get(pattern.path) ?? [];
      return {
        pattern: pattern.path,
        route: candidates.find((route) => route.method === method),
        params,
        allowed: candidates.map((route) => route.method),
      };
    }
    return { pattern: '*', params: {}, allowed: [] };
  };
}

/** Matches path segments against pattern segments; returns decoded params or null. */
function matchSegments(pattern, segments) {
  if (pattern.length !== segments.length) return null;
  /** @type {Record<string, string>} */
  const params = {};
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i].startsWith(':')) {
      if (segments[i] === '') return null;
      params[pattern[i].slice(1)] = decodeSegment(segments[i]);
    } else if (pattern[i] !== segments[i]) {
      return null;
    }
  }
  return params;
}

function decodeSegment(segment) {
  let decoded;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw badRequest('invalid_path', 'The request path is not correctly percent-encoded.');
  }
  if (hasNul(decoded)) throw badRequest('invalid_path', 'The request path must not contain NUL characters.');
  return decoded;
}
