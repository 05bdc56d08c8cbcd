// One rule for a request body or query parameter lives in one place: the request schemas the
// server checks bodies and parameters with are the ones its OpenAPI document publishes, and a body
// or parameter the published schema rejects is the one the server refuses, on the field the
// schema names.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { openApiDocument } from '../../server/openapi.js';
import * as requestSchemas from '../../server/schemas.js';
import { SEED } from '../../server/seed-data.js';
import { organiser, postClaim, postJson, request, startApi, strategistClaim, webinarClaim } from './helpers.js';

let server;
let document;
before(async () => {
  server = await startApi();
  document = (await request(`${server.base}/openapi.json`)).body;
});
after(() => server.close());

/** A JSON Schema validator that knows nothing of the server: formats are not checked. */
const publishedValidator = (schema) => new Ajv2020({ strict: false, validateFormats: false }).compile(schema);

/** The field name the API uses for a path in a body, e.g. `proofClaims[0].token`. */
const fieldOf = (path) => path.reduce((field, step) => (typeof step === 'number' ? `${field}[${step}]` : field ? `${field}.${step}` : step), '');

/** A value the schema accepts, built from it alone. */
function example(schema) {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'object') return Object.fromEntries((schema.required ?? []).map((name) => [name, example(schema.properties[name])]));
  if (schema.type === 'array') return [example(schema.items)];
  if (schema.type === 'integer') return schema.minimum ?? 0;
  return schema.format === 'email' ? 'someone@example.org' : 'x';
}

/** `body` with the value at `path` set, or removed for undefined. */
function withValue(body, path, value) {
  if (path.length === 0) return value;
  const copy = structuredClone(body);
  let target = copy;
  for (const step of path.slice(0, -1)) target = target[step];
  if (value === undefined) delete target[path.at(-1)];
  else target[path.at(-1)] = value;
  return copy;
}

/**
 * Bodies that break one rule of `schema` each, made from a valid `body`: a required property
 * left out, a value of the wrong type or constant, text that is too long, blank or holds NUL, a
 * list that is too long.
 * @returns {Generator<{ what: string, path: (string | number)[], body: unknown }>}
 */
function* broken(schema, body, path = []) {
  const at = (value) => withValue(body, path, value);
  const value = path.reduce((current, step) => current?.[step], body);
  const where = fieldOf(path) || 'the body';
  if (schema.enum) yield { what: `${where} none of ${schema.enum.join(', ')}`, path, body: at(`not ${schema.enum[0]}`) };
  if ('const' in schema) yield { what: `${where} not ${JSON.stringify(schema.const)}`, path, body: at(String(schema.const)) };
  if (schema.type === 'string') {
    yield { what: `${where} a number`, path, body: at(42) };
    if (schema.maxLength !== undefined) yield { what: `${where} too long`, path, body: at('x'.repeat(schema.maxLength + 1)) };
    if (schema.pattern !== undefined) yield { what: `${where} blank`, path, body: at('  ') };
    if (schema.not?.pattern === '\\u0000') yield { what: `${where} with NUL`, path, body: at('a\u0000b') };
  }
  if (schema.type === 'object') {
    yield { what: `${where} a list`, path, body: at(['x']) };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const child = [...path, name];
      if (schema.required?.includes(name)) yield { what: `${fieldOf(child)} missing`, path: child, body: withValue(body, child, undefined) };
      yield* broken(property, value?.[name] === undefined ? withValue(body, child, example(property)) : body, child);
    }
    for (const name of schema.additionalProperties ? Object.keys(value) : []) yield* broken(schema.additionalProperties, body, [...path, name]);
  }
  if (schema.type === 'array') {
    yield { what: `${where} an object`, path, body: at({}) };
    if (schema.maxItems !== undefined) {
      yield { what: `${where} too long`, path, body: at(Array.from({ length: schema.maxItems + 1 }, () => example(schema.items))) };
    }
    yield* broken(schema.items, value.length > 0 ? body : at([example(schema.items)]), [...path, 0]);
  }
}

describe('request schemas', () => {
  it('the document publishes the very schemas the server checks bodies with', () => {
    const published = openApiDocument(server.base, { maxUploadBytes: 1024 }).components.schemas;
    const bodies = Object.entries(requestSchemas).filter(([name, value]) => typeof value === 'object' && name !== 'QueryParameters');
    for (const [name, schema] of bodies) {
      assert.equal(published[name], schema, name);
      assert.deepEqual(document.components.schemas[name], JSON.parse(JSON.stringify(schema)), `${name} as served`);
    }
  });

  it('POST /claims refuses exactly the bodies the published schema rejects, on the field it names', async () => {
    const schema = document.components.schemas.ClaimRequest;
    const validate = publishedValidator(schema);
    const valid = webinarClaim();
    assert.ok(validate(valid), 'the valid claim is valid to the document');
    assert.equal((await postClaim(server.base, valid)).status, 201);

    const cases = [...broken(schema, valid)];
    assert.ok(cases.length >= 30, `${cases.length} broken bodies`);
    const kinds = new Set(cases.map(({ what }) => what.split(' ').slice(1).join(' ')));
    for (const kind of ['missing', 'a number', 'too long', 'blank', 'with NUL', 'a list', 'an object']) assert.ok(kinds.has(kind), kind);

    for (const { what, path, body } of cases) {
      assert.equal(validate(body), false, `the document rejects a claim with ${what}`);
      const { status, body: answer } = await postClaim(server.base, body);
      assert.equal(status, 422, `the server refuses a claim with ${what}: ${JSON.stringify(answer)}`);
      // Answers are named by their task (`answers.t2`), not by their place in its list.
      const field = fieldOf(path[0] === 'answers' ? path.slice(0, 2) : path) || undefined;
      assert.equal(answer.error.field, field, `a claim with ${what} is refused on ${field}`);
    }
  });

  it('POST /claims/{id}/review refuses exactly the bodies the published schema rejects, on the field it names', async () => {
    const schema = document.components.schemas.Review;
    const validate = publishedValidator(schema);
    const pending = await postClaim(server.base, strategistClaim());
    assert.equal(pending.body.status, 'pending-review');
    const cases = [...broken(schema, { decision: 'approve', comment: 'Well done.' })];
    assert.ok(cases.length >= 10, `${cases.length} broken bodies`);
    for (const { what, path, body } of cases) {
      assert.equal(validate(body), false, `the document rejects a review with ${what}`);
      const { status, body: answer } = await postJson(`${server.base}/claims/${pending.body.id}/review`, body, organiser);
      assert.equal(status, 422, `the server refuses a review with ${what}: ${JSON.stringify(answer)}`);
      assert.equal(answer.error.field, fieldOf(path) || undefined, `a review with ${what} is refused on ${fieldOf(path)}`);
    }
    const { status, body } = await postJson(`${server.base}/claims/${pending.body.id}/review`, { decision: 'approve', comment: 'c'.repeat(schema.properties.comment.maxLength) }, organiser);
    assert.equal(status, 200, JSON.stringify(body));
  });

  it('POST /claims takes text up to the published limits', async () => {
    const { properties } = document.components.schemas.ClaimRequest;
    const name = 'n'.repeat(properties.recipient.properties.name.maxLength);
    const emailLimit = properties.recipient.properties.email.maxLength;
    const email = `${'e'.repeat(emailLimit - '@example.org'.length)}@example.org`;
    const answer = 'a'.repeat(properties.answers.additionalProperties.items.maxLength);
    const claim = webinarClaim({ recipient: { name, email }, answers: { t2: [answer] } });
    assert.ok(publishedValidator(document.components.schemas.ClaimRequest)(claim));
    const { status, body } = await postClaim(server.base, claim);
    assert.equal(status, 201, JSON.stringify(body));
  });

  it('the document publishes the very schemas the server checks query parameters with', () => {
    const published = openApiDocument(server.base, { maxUploadBytes: 1024 });
    const parameters = Object.values(published.paths)
      .flatMap((operations) => Object.values(operations))
      .flatMap((operation) => operation.parameters ?? [])
      .filter((parameter) => parameter.in === 'query' && parameter.name !== 'cursor');
    assert.ok(parameters.length >= 18, `${parameters.length} query parameters`);
    const schemas = Object.values(requestSchemas.QueryParameters);
    for (const { name, schema } of parameters) assert.ok(schemas.includes(schema), `${name} has a schema of QueryParameters`);
    for (const [name, schema] of Object.entries(requestSchemas.QueryParameters)) {
      assert.ok(parameters.some((parameter) => parameter.schema === schema), `${name} is published`);
    }
  });

  it('every query parameter takes the values its published schema takes and refuses the others, as the document says', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, { get }]) => {
      const parameters = (get?.parameters ?? []).filter((parameter) => parameter.in === 'query' && parameter.name !== 'cursor');
      return parameters.length > 0 ? [{ path: path.replace('{id}', SEED.badgeId), get, parameters }] : [];
    });
    assert.deepEqual(operations.map(({ path }) => path), ['/activities', '/badges', `/badges/${SEED.badgeId}/kiosk`, '/claims', '/playlists']);
    const kinds = new Set();
    for (const { path, get, parameters } of operations) {
      const headers = get.security ? organiser : {};
      for (const { name, schema, style, explode } of parameters) {
        const validate = publishedValidator(schema);
        for (const { what, value, takes } of queryValues(schema)) {
          kinds.add(what);
          const decoded = decode(schema, value, { style, explode });
          assert.equal(validate(decoded), takes, `the document ${takes ? 'takes' : 'refuses'} ${name} ${what}`);
          const url = `${server.base}${path}?${new URLSearchParams({ [name]: value })}`;
          const { status, body } = await request(url, { headers });
          const refused = status === 400 && body.error.field === name;
          assert.ok(status < 500, `${path} with ${name} ${what}: ${status}`);
          assert.equal(refused, !takes, `${path} ${takes ? 'takes' : 'refuses'} ${name} ${what}: ${status} ${JSON.stringify(body)}`);
          if (refused) {
            assert.equal(body.error.code, schema['x-error']?.code ?? `invalid_${name}`, `${path} with ${name} ${what}`);
            if (schema['x-error']?.message) assert.equal(body.error.message, schema['x-error'].message);
          }
        }
      }
    }
    const expected = ['at its minimum', 'at its maximum', 'below its minimum', 'above its maximum', 'not a number', 'not a whole number'];
    expected.push('one of its values', 'none of its values', 'at its longest', 'too long', 'with NUL');
    expected.push('one id', 'the most ids', 'too many ids', 'the most ids with one repeated', 'no ids', 'an id with NUL');
    assert.deepEqual([...kinds].sort(), expected.sort());
  });
});

/**
 * Query string values of a parameter made from its published schema alone: just inside its
 * bounds, just outside them and of the wrong type, each with whether the schema takes it.
 * @returns {Generator<{ what: string, value: string, takes: boolean }>}
 */
function* queryValues(schema) {
  if (schema.type === 'integer') {
    yield { what: 'at its minimum', value: String(schema.minimum), takes: true };
    yield { what: 'at its maximum', value: String(schema.maximum), takes: true };
    yield { what: 'below its minimum', value: String(schema.minimum - 1), takes: false };
    yield { what: 'above its maximum', value: String(schema.maximum + 1), takes: false };
    yield { what: 'not a number', value: 'ten', takes: false };
    yield { what: 'not a whole number', value: `${schema.minimum}.5`, takes: false };
  } else if (schema.enum) {
    for (const value of schema.enum) yield { what: 'one of its values', value, takes: true };
    yield { what: 'none of its values', value: `not ${schema.enum[0]}`, takes: false };
  } else if (schema.type === 'string') {
    yield { what: 'at its longest', value: 'x'.repeat(schema.maxLength), takes: true };
    yield { what: 'too long', value: 'x'.repeat(schema.maxLength + 1), takes: false };
    if (schema.not?.pattern === '\\u0000') yield { what: 'with NUL', value: 'a\u0000b', takes: false };
  } else if (schema.type === 'array') {
    const ids = (count) => Array.from({ length: count }, (_, index) => `id-${index}`);
    yield { what: 'one id', value: 'id-0', takes: true };
    yield { what: 'the most ids', value: ids(schema.maxItems).join(','), takes: true };
    yield { what: 'too many ids', value: ids(schema.maxItems + 1).join(','), takes: false };
    yield { what: 'the most ids with one repeated', value: [...ids(schema.maxItems), 'id-0'].join(','), takes: true };
    yield { what: 'no ids', value: '', takes: schema.minItems === undefined };
    if (schema.items.not?.pattern === '\\u0000') yield { what: 'an id with NUL', value: 'id-0,a\u0000b', takes: false };
  }
}

/**
 * A query string value as the document describes it: a whole number as a number, a list
 * (`style: form`, not exploded) from its comma-separated items, each counted once.
 */
function decode(schema, value, { style, explode }) {
  if (schema.type === 'integer') return /^\d+$/.test(value) ? Number(value) : value;
  if (schema.type === 'array') {
    assert.equal(style, 'form');
    assert.equal(explode, false);
    return [...new Set(value.split(',').filter(Boolean))];
  }
  return value;
}
