// Every plural message of every catalogue gives exactly the forms its language has, as
// Intl.PluralRules names them (Arabic: zero, one, two, few, many, other; Polish: one, few, many,
// other…), so no count falls back to a wrong form.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const DIR = 'src/i18n/locales';
/** Sets of messages loaded with one element (src/i18n/<set>/<lang>.ts) that hold plural messages. */
const SETS = ['src/i18n/claim'];

for (const file of readdirSync(DIR)) {
  const lang = file.replace(/\.ts$/, '');
  test(`${lang}: plural messages have the forms of ${lang}`, () => {
    const sources = [DIR, ...SETS].map((dir) => readFileSync(`${dir}/${file}`, 'utf8'));
    for (const source of sources) {
      assert.match(source, new RegExp(`pluralFor\\('${lang}'\\)`), 'each catalogue uses its own plural rules');
    }
    const expected = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    const calls = sources.flatMap((source) => [...source.matchAll(/plural\(\w+,\s*\{([^}]*)\}\)/g)]);
    assert.equal(calls.length, 4, 'four plural messages');
    for (const [, forms] of calls) {
      const keys = [...forms.matchAll(/(\w+):\s*['`]/g)].map((m) => m[1]).sort();
      assert.deepEqual(keys, expected, forms.trim().slice(0, 80));
    }
  });
}
