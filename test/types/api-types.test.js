// The kit's client types (src/api/types.ts) against the server's schemas (the OpenAPI document):
// every schema property is a property of the matching interface, optional exactly when the schema
// does not require it, of the same kind (string, number, boolean, the same string literals, an
// array of the same kind, an object, or null), and the interfaces add nothing the API does not send.
// The organiser's interfaces read only part of what the API sends, and may take as optional what
// it always sends; what they read is there, of the same kind.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { openApiDocument } from '../../server/openapi.js';

const TYPES = 'src/api/types.ts';
const { schemas } = openApiDocument('http://localhost/api', { maxUploadBytes: 1024 }).components;

/** Interface name in src/api/types.ts → schema name in the document, where they differ. */
const SCHEMA_OF = { ClaimSubmission: 'ClaimRequest' };
const CHECKED = [
  'Place',
  'Organiser',
  'Category',
  'Skill',
  'Activity',
  'ActivityPage',
  'Task',
  'Issuer',
  'Badge',
  'Claim',
  'ClaimSubmission',
  'Evidence',
  'PlaylistStep',
  'Playlist',
  'PlaylistPage',
];

/** The organiser's interfaces → their schema. */
const READ_FROM = {
  ReviewClaim: (all) => all.ReviewClaim,
  ReviewPage: (all) => all.ReviewPage,
  EvidenceFile: (all) => all.EvidenceFile,
  KioskCode: (all) => all.Kiosk,
  IssueResult: (all) => all.IssueResult.properties.items.items,
};

const source = ts.createSourceFile(TYPES, readFileSync(TYPES, 'utf8'), ts.ScriptTarget.Latest, true);

/** The file's type aliases and interfaces by name. */
const declarations = new Map(
  source.statements
    .filter((statement) => ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))
    .map((statement) => [statement.name.text, statement]),
);

/**
 * The kinds a TypeScript type allows, each as `string`, `number`, `boolean`, `null`, `object`,
 * `"literal"` or `array<kind>`, sorted and joined by `|`.
 * @param {ts.TypeNode} node
 * @returns {string}
 */
function typeKind(node) {
  if (ts.isUnionTypeNode(node)) return join(node.types.map(typeKind));
  if (ts.isParenthesizedTypeNode(node)) return typeKind(node.type);
  if (ts.isArrayTypeNode(node)) return `array<${typeKind(node.elementType)}>`;
  if (ts.isTypeLiteralNode(node)) return 'object';
  if (ts.isLiteralTypeNode(node)) {
    if (node.literal.kind === ts.SyntaxKind.NullKeyword) return 'null';
    if (ts.isStringLiteral(node.literal)) return JSON.stringify(node.literal.text);
    if (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword) return 'boolean';
  }
  if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
  if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number';
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name === 'Record') return 'object';
    if (name === 'Array') return `array<${typeKind(/** @type {ts.TypeNode} */ (node.typeArguments?.[0]))}>`;
    const declared = declarations.get(name);
    if (declared && ts.isTypeAliasDeclaration(declared)) return typeKind(declared.type);
    if (declared) return 'object';
  }
  throw new Error(`${TYPES}: no kind for the type ${node.getText()}`);
}

/**
 * The kinds a JSON Schema allows, as `typeKind` names them.
 * @param {Record<string, any>} schema
 * @returns {string}
 */
function schemaKind(schema) {
  if (schema.$ref) return schemaKind(schemas[schema.$ref.split('/').pop()]);
  if (schema.allOf) return 'object';
  if ('const' in schema) return typeof schema.const === 'string' ? JSON.stringify(schema.const) : typeof schema.const;
  if (schema.enum) return join(schema.enum.map((value) => JSON.stringify(value)));
  const types = [schema.type].flat();
  assert.ok(types.every(Boolean), `a type in the schema ${JSON.stringify(schema).slice(0, 200)}`);
  return join(
    types.map((type) => {
      if (type === 'integer') return 'number';
      if (type === 'array') return `array<${schemaKind(schema.items)}>`;
      return type;
    }),
  );
}

/**
 * The properties and required names of an object schema, those of every part of an `allOf` too.
 * @returns {{ properties: Record<string, any>, required: Set<string> }}
 */
function objectSchema(schema) {
  if (schema.$ref) return objectSchema(schemas[schema.$ref.split('/').pop()]);
  const parts = [schema, ...(schema.allOf ?? []).map(objectSchema)];
  return {
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
    required: new Set(parts.flatMap((part) => [...(part.required ?? [])])),
  };
}

const join = (kinds) => [...new Set(kinds.flatMap((kind) => kind.split('|')))].sort().join('|');

/** The properties of each checked interface: name → { optional, kind }. */
function members(name) {
  const declared = declarations.get(name);
  assert.ok(declared && ts.isInterfaceDeclaration(declared), `${TYPES} declares the interface ${name}`);
  return new Map(
    declared.members.filter(ts.isPropertySignature).map((member) => [
      member.name.getText(source).replace(/^['"]|['"]$/g, ''),
      { optional: Boolean(member.questionToken), kind: typeKind(/** @type {ts.TypeNode} */ (member.type)) },
    ]),
  );
}

describe('the client types match the API schemas property for property', () => {
  for (const name of CHECKED) {
    test(name, () => {
      const schema = schemas[SCHEMA_OF[name] ?? name];
      assert.ok(schema, `a schema for ${name}`);
      const properties = members(name);
      const required = new Set(schema.required ?? []);
      assert.deepEqual([...properties.keys()].sort(), Object.keys(schema.properties).sort(), `${name}: the same properties`);
      for (const [property, { optional, kind }] of properties) {
        assert.equal(optional, !required.has(property), `${name}.${property} is ${required.has(property) ? 'required' : 'optional'} in the API`);
        assert.equal(kind, schemaKind(schema.properties[property]), `${name}.${property}: the same kind in the API`);
      }
    });
  }
});

describe('the organiser types read what the API sends', () => {
  for (const [name, schemaOf] of Object.entries(READ_FROM)) {
    test(name, () => {
      const { properties, required } = objectSchema(schemaOf(schemas));
      for (const [property, { optional, kind }] of members(name)) {
        assert.ok(property in properties, `${name}.${property} is sent by the API`);
        if (!optional) assert.ok(required.has(property), `${name}.${property} is always sent by the API`);
        assert.equal(kind, schemaKind(properties[property]), `${name}.${property}: the same kind in the API`);
      }
    });
  }
});

test('the comment field of claim-review takes as much as the API', () => {
  const file = 'src/api/organiser-client.ts';
  const client = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const declaration = client.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => [...statement.declarationList.declarations])
    .find((candidate) => candidate.name.getText() === 'MAX_COMMENT_LENGTH');
  assert.ok(declaration?.initializer && ts.isNumericLiteral(declaration.initializer), `${file} declares MAX_COMMENT_LENGTH as a number`);
  assert.equal(Number(declaration.initializer.text), schemas.Review.properties.comment.maxLength);
});

describe('the kinds compared', () => {
  const kindOf = (text) => {
    const file = ts.createSourceFile('probe.ts', `type Probe = ${text};`, ts.ScriptTarget.Latest, true);
    const alias = /** @type {ts.TypeAliasDeclaration} */ (file.statements[0]);
    return typeKind(alias.type);
  };

  test('tell apart what a change on either side would change', () => {
    assert.equal(kindOf('string | null'), schemaKind({ type: ['string', 'null'] }));
    assert.equal(kindOf("'a' | 'b'"), schemaKind({ type: 'string', enum: ['b', 'a'] }));
    assert.equal(kindOf('number'), schemaKind({ type: 'integer', minimum: 0 }));
    assert.equal(kindOf('boolean'), schemaKind({ const: true }));
    assert.equal(kindOf('string[]'), schemaKind({ type: 'array', items: { type: 'string' } }));
    assert.equal(kindOf('Record<string, string[]>'), schemaKind({ type: 'object', additionalProperties: {} }));
    assert.notEqual(kindOf('string'), schemaKind({ type: 'integer' }));
    assert.notEqual(kindOf('string'), schemaKind({ type: ['string', 'null'] }));
    assert.notEqual(kindOf("'a' | 'b'"), schemaKind({ type: 'string', enum: ['a', 'b', 'c'] }));
    assert.notEqual(kindOf("'a' | 'b'"), schemaKind({ type: 'string' }));
    assert.notEqual(kindOf('string[]'), schemaKind({ type: 'array', items: { type: 'integer' } }));
    assert.notEqual(kindOf('number'), schemaKind({ type: 'boolean' }));
  });
});
