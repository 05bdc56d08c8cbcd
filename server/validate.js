// Checks JSON request bodies and query parameters against their JSON Schema (schemas.js): each
// problem of a body is a 422 naming the field, of a parameter a 400 naming the parameter, with the
// error code and a message for people.
import Ajv2020 from 'ajv/dist/2020.js';
import { badRequest, invalid } from './http.js';

/** An e-mail address as the API accepts it, around any white space (trimmed before use). */
const EMAIL = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

const ajv = new Ajv2020({
  allErrors: true,
  useDefaults: true,
  formats: { email: EMAIL },
  keywords: ['x-error'],
});

const FORMAT_MESSAGES = { email: 'This is not a valid e-mail address.' };

/** Which of a field's problems is answered first, as its checks ran before. */
const KEYWORD_ORDER = ['type', 'required', 'const', 'enum', 'pattern', 'minItems', 'maxItems', 'minimum', 'maximum', 'maxLength', 'not', 'format'];

/**
 * @typedef {object} Problem
 * @property {(string | number)[]} path where in the body, e.g. `['recipients', 3, 'email']`
 * @property {string | undefined} field the path as the error names it, e.g. `recipients[3].email`; undefined for the body itself
 * @property {string} keyword the schema keyword it fails, e.g. `maxLength`
 * @property {Record<string, any>} schema the schema of the value at `path`
 * @property {number[]} rank where the problem sorts among the body's others
 */

/**
 * A checker for bodies of `schema`: it lists a body's problems (none when it is valid), first the
 * one a person would fix first: in the order of the schema's properties, and for each value its
 * shape before its length.
 * @param {Record<string, any>} schema
 * @returns {(body: unknown) => Problem[]}
 */
export function bodyChecker(schema) {
  const validate = ajv.compile(schema);
  return (body) => {
    dropNulls(schema, body);
    if (validate(body)) return [];
    const problems = (validate.errors ?? []).map((error) => {
      const path = error.instancePath.split('/').slice(1).map(unescape);
      if (error.keyword === 'required') path.push(error.params.missingProperty);
      return { path, keyword: error.keyword, ...locate(schema, body, path) };
    });
    return problems.sort((a, b) => compareRanks(a.rank, b.rank) || KEYWORD_ORDER.indexOf(a.keyword) - KEYWORD_ORDER.indexOf(b.keyword));
  };
}

/**
 * `body` when `check` finds nothing wrong with it; its first problem as a 422 otherwise.
 * @template T
 * @param {(body: unknown) => Problem[]} check
 * @param {unknown} body
 * @returns {T}
 */
export function checked(check, body) {
  const [first] = check(body);
  if (first) throw refusal(first);
  return /** @type {T} */ (body);
}

/**
 * For handlers that answer a missing or forbidden resource (404, 403) before a body's fields: a
 * body that is no JSON object is refused at once, its fields when the returned function is called.
 * @template T
 * @param {(body: unknown) => Problem[]} check
 * @param {unknown} body
 * @returns {() => T} `body` once its fields are found acceptable
 */
export function checkedAfterLookup(check, body) {
  const [first] = check(body);
  if (first && first.field === undefined) throw refusal(first);
  return () => checked(check, body);
}

/**
 * The 422 for a problem: the field's `x-error` code, else `<field>_invalid`.
 * @param {Problem} problem
 */
export function refusal(problem) {
  const name = problem.path.findLast((step) => typeof step === 'string');
  const code = problem.schema['x-error']?.code ?? (name === undefined ? 'invalid_body' : `${name}_invalid`);
  return invalid(code, message(problem), problem.field);
}

/** The checkers of parameter schemas, each compiled once. */
const parameterCheckers = new WeakMap();

/**
 * A checker of `{ value }` for a parameter's schema: below the root, where Ajv reads `default`.
 * @param {Record<string, any>} schema
 * @returns {import('ajv').ValidateFunction}
 */
function parameterChecker(schema) {
  let check = parameterCheckers.get(schema);
  if (!check) parameterCheckers.set(schema, (check = ajv.compile({ type: 'object', properties: { value: schema } })));
  return check;
}

/**
 * The query parameter `name` read as its schema says (see `QueryParameters` in schemas.js): text
 * trimmed, a whole number as a number, a list from its comma-separated items, trimmed, each once.
 * Absent or empty, it is the schema's default, else null; a list is never absent.
 * @param {URLSearchParams} query
 * @param {string} name
 * @param {Record<string, any>} schema
 * @returns {any}
 * @throws {import('./http.js').HttpError} 400 `invalid_<name>` (or the schema's `x-error` code) when the value breaks the schema
 */
export function queryParameter(query, name, schema) {
  const raw = query.get(name);
  let value;
  if (schema.type === 'array') value = [...new Set((raw ?? '').split(',').map((item) => item.trim()).filter(Boolean))];
  else if (schema.type === 'integer') value = raw === null || raw === '' ? undefined : /^\d+$/.test(raw) ? Number(raw) : raw;
  else value = raw?.trim() || undefined;
  if (value === undefined) return schema.default ?? null;
  const validate = parameterChecker(schema);
  if (validate({ value })) return value;
  const [keyword] = (validate.errors ?? []).map((error) => error.keyword).sort((a, b) => KEYWORD_ORDER.indexOf(a) - KEYWORD_ORDER.indexOf(b));
  const text = keyword === 'maxLength' && !schema['x-error']?.message ? `${name} is too long.` : message({ field: name, keyword, schema });
  throw badRequest(schema['x-error']?.code ?? `invalid_${name}`, text, name);
}

/** @param {Pick<Problem, 'field' | 'keyword' | 'schema'>} problem */
function message({ field, keyword, schema }) {
  if (schema['x-error']?.message) return schema['x-error'].message;
  if (keyword === 'format') return FORMAT_MESSAGES[schema.format] ?? `${field} is not ${schema.format}.`;
  if (keyword === 'maxLength') return `${field} must be at most ${schema.maxLength} characters.`;
  // The schemas use `not` for one rule only: no NUL character in text.
  if (keyword === 'not') return `${field} must not contain NUL characters.`;
  if (schema.enum) return `${field} must be ${schema.enum.join(' or ')}.`;
  if (schema.type === 'string') return `${field} is required and must be text.`;
  if (schema.type === 'integer') return `${field} must be a whole number from ${schema.minimum} to ${schema.maximum}.`;
  if (schema.type === 'object') return `${field ?? 'The request body'} must be a JSON object.`;
  return `${field} is not acceptable.`;
}

/**
 * Removes the optional properties sent as null, which count as absent (as clients have long sent
 * them), from `value` and what it holds.
 * @param {Record<string, any>} schema
 * @param {unknown} value
 */
function dropNulls(schema, value) {
  if (Array.isArray(value)) {
    if (schema.items) for (const item of value) dropNulls(schema.items, item);
  } else if (typeof value === 'object' && value !== null) {
    const record = /** @type {Record<string, unknown>} */ (value);
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (record[key] === null && !schema.required?.includes(key)) delete record[key];
      else dropNulls(property, record[key]);
    }
  }
}

/** JSON Pointer unescaping of one token; array indices as numbers. */
const unescape = (token) => (/^\d+$/.test(token) ? Number(token) : token.replaceAll('~1', '/').replaceAll('~0', '~'));

/**
 * The schema of the value at `path`, the path as a field name, and its rank: per step, the
 * position of the property in its schema (or of the key in the body, or the array index).
 */
function locate(schema, body, path) {
  let current = schema;
  let value = body;
  const rank = [];
  let field;
  for (const step of path) {
    if (typeof step === 'number') {
      current = current.items ?? {};
      rank.push(step);
      field = `${field}[${step}]`;
    } else {
      const known = Object.keys(current.properties ?? {}).indexOf(step);
      rank.push(known >= 0 ? known : Object.keys(current.properties ?? {}).length + Object.keys(value ?? {}).indexOf(step));
      current = current.properties?.[step] ?? current.additionalProperties ?? {};
      field = field === undefined ? step : `${field}.${step}`;
    }
    value = value?.[step];
  }
  return { schema: current, field, rank };
}

/** Earlier steps first; a value before what is inside it. */
function compareRanks(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
