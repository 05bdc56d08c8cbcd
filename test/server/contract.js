// Checks an API answer against the OpenAPI document the server publishes: its status must be
// documented for the route, and its body must match the documented schema for its content type.
// The suites' request helper runs every answer through this, so any drift fails a test.
import Ajv2020 from 'ajv/dist/2020.js';
import { openApiDocument } from '../../server/openapi.js';

const document = openApiDocument('http://localhost/api', { maxUploadBytes: 1024 });
// Formats (uri, email, date-time) are the document's documentation; shapes and values are checked.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(document, 'api');

/** Route patterns of the document as regular expressions over the path below the base. */
const routes = Object.keys(document.paths).map((path) => ({
  path,
  pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+').replace(/[.]/g, '\\.')}$`),
}));

/** JSON Pointer escaping of one token. */
const pointer = (token) => token.replaceAll('~', '~0').replaceAll('/', '~1');

const validators = new Map();
function validator(ref) {
  if (!validators.has(ref)) validators.set(ref, ajv.getSchema(ref) ?? ajv.compile({ $ref: ref }));
  return validators.get(ref);
}

/**
 * Throws when an answer from the API is not what the document says.
 * @param {string} method
 * @param {string} path below the API's base path, e.g. `/activities/13965`
 * @param {{ status: number, body: unknown, headers: Headers }} response
 */
export function assertDocumented(method, path, response) {
  if (method === 'OPTIONS' || path.startsWith('/__test/')) return; // preflights and test controls are not the API
  const what = `${method} ${path} answered ${response.status}`;
  const route = routes.find((candidate) => candidate.pattern.test(path));
  const operation = route && document.paths[route.path][method.toLowerCase()];
  let ref;
  let type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
  if (!operation) {
    // Unknown routes and methods answer the common error.
    if (response.status !== 404 && response.status !== 405 && response.status !== 400) throw new Error(`${what}, which the document does not describe`);
    ref = 'api#/components/schemas/Error';
  } else {
    const answer = operation.responses[response.status];
    if (!answer) throw new Error(`${what}, a status the document does not list for this route`);
    if (!answer.content) {
      if (type !== '') throw new Error(`${what} with a ${type} body, which the document does not describe`);
      return;
    }
    if (!answer.content[type]) throw new Error(`${what} as ${type}, not as ${Object.keys(answer.content).join(' or ')}`);
    if (!type.endsWith('json')) return;
    ref = `api#/paths/${pointer(route.path)}/${method.toLowerCase()}/responses/${response.status}/content/${pointer(type)}/schema`;
  }
  const validate = validator(ref);
  if (!validate(response.body)) {
    throw new Error(`${what} with a body the document rejects: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(response.body).slice(0, 500)}`);
  }
}
