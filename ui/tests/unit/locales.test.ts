// Every locales/<lang>/*.ftl parses without junk and has every message of locales/en/<same file>.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FluentParser, Junk, Message, Term } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../locales');
const langs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const parser = new FluentParser({ withSpans: false });

function ids(path: string): { ids: string[]; junk: string[] } {
  const ast = parser.parse(readFileSync(path, 'utf8'));
  const out: string[] = [];
  const junk: string[] = [];
  for (const e of ast.body) {
    if (e instanceof Message) out.push(e.id.name);
    else if (e instanceof Term) out.push(`-${e.id.name}`);
    else if (e instanceof Junk) junk.push(`${e.annotations.map((a) => a.message).join('; ')}: ${e.content.slice(0, 80)}`);
  }
  return { ids: out, junk };
}

const enFiles = readdirSync(join(root, 'en')).filter((f) => f.endsWith('.ftl'));

describe('locales', () => {
  it('include English and the app languages', () => {
    for (const l of ['en', 'ar', 'fa', 'ps', 'ti', 'so', 'uk', 'tr', 'fr', 'de', 'it', 'mt', 'sv', 'el', 'nl',
      'ckb', 'kmr', 'fa-AF', 'am', 'ur', 'ru', 'es', 'bn', 'sq', 'om', 'sw']) {
      expect(langs).toContain(l);
    }
  });

  for (const lang of langs) {
    const files = readdirSync(join(root, lang)).filter((f) => f.endsWith('.ftl'));
    for (const file of files) {
      it(`${lang}/${file} parses without errors and has no duplicate ids`, () => {
        const { ids: found, junk } = ids(join(root, lang, file));
        expect(junk).toEqual([]);
        expect(found.filter((id, i) => found.indexOf(id) !== i)).toEqual([]);
      });
    }
    for (const file of enFiles) {
      it(`${lang}/${file} has every key of en/${file}`, () => {
        const path = join(root, lang, file);
        expect(existsSync(path), `${path} is missing`).toBe(true);
        const have = new Set(ids(path).ids);
        const missing = ids(join(root, 'en', file)).ids.filter((id) => !have.has(id));
        expect(missing).toEqual([]);
      });
    }
  }
});
