// Checks for JSON request bodies; each failure is a 422 naming the field.
import { hasNul, invalid } from './http.js';

/**
 * The value as a plain object, or a 422.
 * @param {unknown} value
 * @param {string} [field] where it sits in the body; the whole body when omitted
 * @param {string} [code] the error code; `<field>_invalid` by default
 * @returns {Record<string, unknown>}
 */
export function requireObject(value, field, code = field ? `${field}_invalid` : 'invalid_body') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(code, `${field ?? 'The request body'} must be a JSON object.`, field);
  }
  return /** @type {Record<string, unknown>} */ (value);
}

/**
 * A trimmed, non-empty string of at most `max` characters, or a 422 with `code`.
 * @param {unknown} value
 * @param {string} field
 * @param {string} code
 * @param {number} max
 */
export function requireText(value, field, code, max) {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw invalid(code, `${field} is required and must be text.`, field);
  if (text.length > max) throw invalid(code, `${field} must be at most ${max} characters.`, field);
  if (hasNul(text)) throw invalid(code, `${field} must not contain NUL characters.`, field);
  return text;
}

/**
 * Like `requireText`, but absent (undefined or null) gives undefined.
 * @param {unknown} value
 * @param {string} field
 * @param {string} code
 * @param {number} max
 */
export function optionalText(value, field, code, max) {
  return value === undefined || value === null ? undefined : requireText(value, field, code, max);
}

/**
 * A whole number within [min, max]; absent gives `fallback` when there is one.
 * @param {unknown} value
 * @param {string} field
 * @param {number} min
 * @param {number} max
 * @param {number} [fallback]
 */
export function requireInteger(value, field, min, max, fallback) {
  if (value === undefined && fallback !== undefined) return fallback;
  if (!Number.isInteger(value) || /** @type {number} */ (value) < min || /** @type {number} */ (value) > max) {
    throw invalid(`${field}_invalid`, `${field} must be a whole number from ${min} to ${max}.`, field);
  }
  return /** @type {number} */ (value);
}
