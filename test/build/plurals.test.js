// Every plural message of every catalogue gives exactly the forms its language has, as
// Intl.PluralRules names them (Arabic: zero, one, two, few, many, other; Polish: one, few, many,
// other…), so no count falls back to a wrong form.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const DIR = 'src/i18n/locales';

for (const file of readdirSync(DIR)) {
  const lang = file.replace(/\.ts$/, '');
  test(`${lang}: plural messages have the forms of ${lang}`, () => {
    const source = readFileSync(`${DIR}/${file}`, 'utf8');
    assert.match(source, new RegExp(`pluralFor\\('${lang}'\\)`), 'the catalogue uses its own plural rules');
    const expected = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    const calls = [...source.matchAll(/plural\(\w+,\s*\{([^}]*)\}\)/g)];
    assert.equal(calls.length, 4, 'four plural messages');
    for (const [, forms] of calls) {
      const keys = [...forms.matchAll(/(\w+):\s*['`]/g)].map((m) => m[1]).sort();
      assert.deepEqual(keys, expected, forms.trim().slice(0, 80));
    }
  });
}
