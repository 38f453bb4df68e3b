// Every message with a numeric variable chooses its words by plural category, in every locale,
// with every CLDR category that locale has (ar: zero one two few many other; mt: one two few
// many other...). Categories come from the platform's Intl.PluralRules, so new CLDR data is
// picked up without editing this test.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  FluentParser, FunctionReference, Message, NumberLiteral, Pattern, Placeable, SelectExpression,
  VariableReference, type Expression, type PatternElement,
} from '@fluent/syntax';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../locales');
const langs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const parser = new FluentParser({ withSpans: false });

/** Variables the app passes as numbers (see the t(...) calls). Counted ones need their own selector. */
const COUNTED = ['count', 'hours', 'languages', 'activities', 'pulled', 'pushed', 'comments', 'confirmations'];
// 'done of total': the grammar may agree with either, so either may carry the selector.
// Percentages and bounds ($pct, $min, $max) are shown as figures with a sign or in a range,
// where no word agrees with them, so they need no selector of their own.
const NUMERIC = new Set([...COUNTED, 'done', 'total']);

function varOf(e: Expression): string | null {
  if (e instanceof VariableReference) return e.id.name;
  if (e instanceof FunctionReference && e.id.name === 'NUMBER') {
    const a = e.arguments.positional[0];
    return a instanceof VariableReference ? a.id.name : null;
  }
  return null;
}

interface Found { used: Set<string>; selects: { variable: string; keys: string[] }[] }

function walk(elements: PatternElement[], found: Found): void {
  for (const el of elements) {
    if (!(el instanceof Placeable)) continue;
    const e = el.expression;
    if (e instanceof SelectExpression) {
      const v = varOf(e.selector);
      if (v) found.selects.push({ variable: v, keys: e.variants.map((x) => (x.key instanceof NumberLiteral ? x.key.value : x.key.name)) });
      for (const variant of e.variants) walk(variant.value.elements, found);
    } else if (e instanceof Placeable) walk([e], found);
    else {
      const v = varOf(e as Expression);
      if (v) found.used.add(v);
    }
  }
}

function messages(path: string): Map<string, Found> {
  const out = new Map<string, Found>();
  for (const entry of parser.parse(readFileSync(path, 'utf8')).body) {
    if (!(entry instanceof Message) || !(entry.value instanceof Pattern)) continue;
    const found: Found = { used: new Set(), selects: [] };
    walk(entry.value.elements, found);
    out.set(entry.id.name, found);
  }
  return out;
}

const en = messages(join(root, 'en/app.ftl'));
const numericIds = [...en].filter(([, f]) => [...f.used].some((v) => NUMERIC.has(v))).map(([id]) => id);

describe('plurals', () => {
  it('knows which messages carry numbers', () => {
    expect(numericIds).toEqual(expect.arrayContaining(['act-total', 'prog-hours-value', 'mentor-summary', 'share-synced']));
  });

  for (const lang of langs) {
    const path = join(root, lang, 'app.ftl');
    if (!existsSync(path)) continue;
    const code = lang === 'en' ? 'en' : lang;
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    it(`${lang}: every message with a number has a plural selector with ${categories.join(' ')}`, () => {
      const have = messages(path);
      const problems: string[] = [];
      for (const id of numericIds) {
        const f = have.get(id);
        if (!f) continue; // a missing key is locales.test.ts's job
        const numericSelects = f.selects.filter((s) => NUMERIC.has(s.variable));
        if (numericSelects.length === 0) problems.push(`${id}: no plural selector`);
        for (const v of COUNTED) {
          if (en.get(id)?.used.has(v) && !f.selects.some((s) => s.variable === v)) problems.push(`${id}: no selector on $${v}`);
        }
        for (const s of numericSelects) {
          const missing = categories.filter((c) => !s.keys.includes(c));
          if (missing.length) problems.push(`${id}: $${s.variable} lacks ${missing.join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
