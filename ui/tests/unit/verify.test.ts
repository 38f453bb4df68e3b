// @vitest-environment node
// The verification page's verifier against the vectors the Rust crate made
// (crates/mosaic-attest/tests/credential.rs writes tests/support/credential-vectors.json).
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import vectors from '../support/credential-vectors.json';
import {
  digestMatches,
  extractFromPdf,
  isCanonical,
  verifyPair,
  verifyText,
  writeNumber,
  type Verified,
  type VerifiedDigest,
} from '../../src/verify/credential';

/** "level assessed confirmed by Maria Rossi (teacher, ed23-…)" as the Rust `describe` says it. */
function describe_(v: Verified['claims'][number]['vouchers'][number]): string {
  return v.by === 'confirmation'
    ? `${v.kind.replace(/_/g, ' ')} confirmed by ${v.signer} (${v.role}, ${v.fingerprint})`
    : `attendance verified by ${v.organiser} (${v.fingerprint}): ${v.event}, ${v.date}, ${v.hours} h`;
}

describe('CV credential verifier', () => {
  it('verifies the good vector as the Rust verifier does', async () => {
    const r = await verifyText(vectors.good);
    if (!r.ok) throw r.problem;
    const v = r.value as Verified;
    expect(v.form).toBe('full');
    expect(v.holder).toBe(vectors.holder);
    expect(v.portfolio).toBe(vectors.portfolio);
    expect(v.ownerFingerprint).toBe(vectors.owner_fingerprint);
    expect(v.claims).toHaveLength(5);
    expect(v.claims.map((c) => c.section)).toEqual(vectors.claims.map((c) => c.section));
    expect(v.claims.map((c) => c.vouchers.map(describe_))).toEqual(vectors.claims.map((c) => c.vouchers));
    expect(new Date(v.issuedAt * 1000).getUTCFullYear()).toBeGreaterThan(2020);
  });

  it('shows the display fields of each section', async () => {
    const r = await verifyText(vectors.good);
    if (!r.ok) throw r.problem;
    const v = r.value as Verified;
    const lang = v.claims[0]?.display;
    expect(lang?.section).toBe('languages');
    if (lang?.section === 'languages') {
      expect(lang.code).toBeTruthy();
      expect(lang.levels.length).toBeGreaterThan(0);
      for (const l of lang.levels) expect(l.level).toMatch(/^(pre-A1|A1|A2|B1|B2|C1|C2)$/);
    }
    // The same words as the Rust summary (tests/credential.rs).
    expect(v.claims[0]?.summary).toContain('listening B1');
    expect(v.claims[0]?.summary).toContain('assessed by a teacher (Maria Rossi)');
    const act = v.claims[3]?.display;
    expect(act?.section === 'activities' && act.date).toBe('2026-11-29');
  });

  it('reads a community activity (a kind added later) and its check-in as the Rust crate writes them', async () => {
    const r = await verifyText(vectors.community);
    if (!r.ok) throw r.problem;
    const v = r.value as Verified;
    const festival = v.claims.find((c) => c.display.section === 'activities' && c.display.kind === 'cultural_festival');
    expect(festival).toBeTruthy();
    expect(festival?.vouchers.map(describe_)).toContain(
      `attendance verified by Integra Foundation (${festival?.vouchers[0]?.fingerprint}): Harvest festival, 2026-11-28, 4 h`,
    );
  });

  it('accepts the text in lower case, with line breaks, or as a link fragment', async () => {
    const lower = `MV1:${vectors.good.slice(4).toLowerCase()}`;
    const broken = vectors.good.replace(/(.{60})/g, '$1\n ');
    for (const text of [lower, broken, `https://example.org/verify.html#${vectors.good}`]) {
      const r = await verifyText(text);
      expect(r.ok, text.slice(0, 40)).toBe(true);
    }
  });

  it('verifies the digest and matches it to the good credential', async () => {
    const r = await verifyText(vectors.digest);
    if (!r.ok) throw r.problem;
    const d = r.value as VerifiedDigest;
    expect(d.form).toBe('digest');
    expect(d.claims).toBe(5);
    expect(d.ownerFingerprint).toBe(vectors.owner_fingerprint);
    expect(d.portfolio).toBe(vectors.portfolio);
    expect(digestMatches(d, vectors.good)).toBe(true);
    const pair = await verifyPair(vectors.digest, vectors.good);
    expect(pair.ok).toBe(true);
  });

  it('refuses a digest paired with another credential', async () => {
    const other = vectors.tampered.claim_dropped;
    const d = (await verifyText(vectors.digest)) as { ok: true; value: VerifiedDigest };
    expect(digestMatches(d.value, other)).toBe(false);
    const pair = await verifyPair(vectors.digest, other);
    expect(pair.ok).toBe(false);
  });

  // What credential.rs's tests expect of each (tests/credential.rs).
  const expected: Record<string, [string, string]> = {
    changed_character: ['signature', 'signature does not verify'],
    claim_dropped: ['signature', 'signature does not verify'],
    level_raised: ['differs', 'differs from what Maria Rossi (teacher'],
    confirmation_moved: ['other-entry', 'signed for another entry'],
  };
  for (const [name, text] of Object.entries(vectors.tampered)) {
    it(`rejects the tampered vector ${name}`, async () => {
      const r = await verifyText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem.code).toBe(expected[name]?.[0]);
        expect(r.problem.message).toContain(expected[name]?.[1]);
        expect(r.problem.message).toMatch(/^(not a valid CV credential|the CV credential)/);
      }
    });
  }

  it('rejects a changed digest', async () => {
    const d = vectors.digest;
    const i = d.length - 20;
    const changed = d.slice(0, i) + (d[i] === 'A' ? 'B' : 'A') + d.slice(i + 1);
    const r = await verifyText(changed);
    expect(r.ok).toBe(false);
  });

  const garbage = ['', 'MV1:', 'MVD1:', 'hello world', 'MV1:AAAA', 'MV1:01!!', 'MVD1:ABCDEFGH', '#', 'MV1:' + 'A'.repeat(200), 'ME1:AAAA'];
  for (const g of garbage) {
    it(`rejects ${JSON.stringify(g.slice(0, 20))} with a message`, async () => {
      const r = await verifyText(g);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.message.length).toBeGreaterThan(10);
    });
  }

  it('names the missing prefix', async () => {
    const r = await verifyText('hello');
    expect(!r.ok && r.problem.code).toBe('prefix');
    expect(!r.ok && r.problem.message).toContain('it should start with MV1:');
  });

  it('never throws on random bytes after a prefix', async () => {
    const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 50; i++) {
      const len = Math.floor(rand() * 300);
      const body = Array.from({ length: len }, () => A[Math.floor(rand() * 32)]).join('');
      const r = await verifyText((rand() < 0.5 ? 'MV1:' : 'MVD1:') + body);
      expect(r.ok).toBe(false);
    }
  });
});

// serde_json 1.0.154 (Cargo.lock) writes floats with zmij: its tests give 1.0, 43210.1,
// 6.62607015e-34, 3.439070283483335e+35, 2.9802322387695312e-8.
describe('canonical JSON as serde_json writes it', () => {
  it('zmij examples', () => {
    for (const x of ['1.0', '43210.0', '43210.1', '-5942736479622170.0', '6.62607015e-34', '3.439070283483335e+35', '2.9802322387695312e-8', '5e-324', '544431068535091.6'])
      expect(writeNumber(x)).toBe(x);
  });
  it('numbers', () => {
    expect(writeNumber('1.5')).toBe('1.5');
    expect(writeNumber('3.0')).toBe('3.0');
    expect(writeNumber('3')).toBe('3');
    expect(writeNumber('0.1')).toBe('0.1');
    expect(writeNumber('1e21')).toBe('1e+21');
    expect(writeNumber('0.00001')).toBe('0.00001');
    expect(writeNumber('0.000001')).toBe('1e-6');
    expect(writeNumber('18446744073709551616')).toBe('1.8446744073709552e+19');
    expect(writeNumber('1e-7')).toBe('1e-7');
    expect(writeNumber('123456.789')).toBe('123456.789');
    expect(writeNumber('0.0001')).toBe('0.0001');
    expect(writeNumber('1.5e300')).toBe('1.5e+300');
    expect(writeNumber('1e16')).toBe('1e+16');
    expect(writeNumber('1e15')).toBe('1000000000000000.0');
    expect(writeNumber('-2.25')).toBe('-2.25');
  });
  it('texts', () => {
    expect(isCanonical('{"a":1,"b":[1.5,"x"]}')).toBe(true);
    expect(isCanonical('{"b":1,"a":1}')).toBe(false);
    expect(isCanonical('{"a":1, "b":1}')).toBe(false);
    expect(isCanonical('{"a":1,"a":1}')).toBe(false);
    expect(isCanonical('{"h":1.50}')).toBe(false);
    expect(isCanonical('{"h":3.0}')).toBe(true);
    expect(isCanonical('{"h":1E2}')).toBe(false);
    expect(isCanonical('{"s":"caf\\u00e9"}')).toBe(false);
    expect(isCanonical('{"s":"café"}')).toBe(true);
    expect(isCanonical('{"s":"a\\nb\\u001f"}')).toBe(true);
    expect(isCanonical('{"s":"a\\/b"}')).toBe(false);
    expect(isCanonical('{"a":{"z":null,"y":true}}')).toBe(false);
    expect(isCanonical('{"a":{"y":true,"z":null}}')).toBe(true);
  });
});

describe('PDF extraction', () => {
  it('finds the credential in a compressed or stored stream', async () => {
    const z = deflateSync(Buffer.from(vectors.good));
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Length 5 >>\nstream\nhello\nendstream\nendobj\n2 0 obj\n<< /Filter /FlateDecode >>\nstream\n'),
      z,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    expect(await extractFromPdf(new Uint8Array(pdf))).toBe(vectors.good);
    const plain = Buffer.from(`%PDF-1.4\nstream\r\n${vectors.good}\r\nendstream\n`);
    expect(await extractFromPdf(new Uint8Array(plain))).toBe(vectors.good);
    expect(await extractFromPdf(new Uint8Array(Buffer.from('%PDF-1.4\nstream\nnothing\nendstream\n')))).toBe(null);
  });
  it('tries the /EmbeddedFile stream first', async () => {
    const other = vectors.tampered.claim_dropped;
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Length 9 >>\nstream\n'),
      deflateSync(Buffer.from(other)),
      Buffer.from('\nendstream\nendobj\n2 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode >>\nstream\n'),
      deflateSync(Buffer.from(vectors.good)),
      Buffer.from('\nendstream\nendobj\n'),
    ]);
    expect(await extractFromPdf(new Uint8Array(pdf))).toBe(vectors.good);
  });
});

describe('the page\'s languages', () => {
  it('are the app\'s, each with a verify.ftl', async () => {
    const app = await import('../../src/lib/i18n.svelte');
    const page = await import('../../src/verify/i18n.svelte');
    expect(page.AVAILABLE.map((l) => l.code)).toEqual(app.LOCALES.map((l) => l.code));
    for (const l of app.LOCALES) expect(page.dirOf(l.code), l.code).toBe(app.dirOf(l.code));
    expect(page.pick(['de-AT', 'en'])).toBe('de');
    expect(page.pick(['fa-AF'])).toBe('fa-AF');
    expect(page.pick(['zz', 'ar-SY'])).toBe('ar');
    expect(page.pick([])).toBe('en');
  });
});
