// The kit's client types (src/api/types.ts) against the server's schemas (the OpenAPI document):
// every schema property is a property of the matching interface, optional exactly when the schema
// does not require it, and the interfaces add nothing the API does not send.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';
import { openApiDocument } from '../../server/openapi.js';

const TYPES = 'src/api/types.ts';
const { schemas } = openApiDocument('http://localhost/api', { maxUploadBytes: 1024 }).components;

/** Interface name in src/api/types.ts → schema name in the document, where they differ. */
const SCHEMA_OF = { ClaimSubmission: 'ClaimRequest' };
const CHECKED = ['Place', 'Organiser', 'Category', 'Skill', 'Activity', 'ActivityPage', 'Task', 'Issuer', 'Badge', 'Claim', 'ClaimSubmission', 'Evidence'];

/** The properties of each exported interface: name → optional. */
function interfaces() {
  const source = ts.createSourceFile(TYPES, readFileSync(TYPES, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {Map<string, Map<string, boolean>>} */
  const found = new Map();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const members = new Map();
    for (const member of statement.members) {
      if (ts.isPropertySignature(member)) members.set(member.name.getText(source).replace(/^['"]|['"]$/g, ''), Boolean(member.questionToken));
    }
    found.set(statement.name.text, members);
  }
  return found;
}

test('the client types match the API schemas property for property', () => {
  const declared = interfaces();
  for (const name of CHECKED) {
    const schema = schemas[SCHEMA_OF[name] ?? name];
    const members = declared.get(name);
    assert.ok(schema, `a schema for ${name}`);
    assert.ok(members, `${TYPES} declares ${name}`);
    const required = new Set(schema.required ?? []);
    assert.deepEqual([...members.keys()].sort(), Object.keys(schema.properties).sort(), `${name}: the same properties`);
    for (const [property, optional] of members) {
      assert.equal(optional, !required.has(property), `${name}.${property} is ${required.has(property) ? 'required' : 'optional'} in the API`);
    }
  }
});
