// The CV credential's verifier for the static verification page: the same checks, in the same
// order and with the same words, as crates/mosaic-attest/src/credential.rs (`verify_text`,
// `verify_full`, `verify_digest`, `digest_matches`, `extract_from_pdf`). Pure: no DOM.
//
// Byte layouts (crates/mosaic-attest/src/wire.rs): u16/i32/u32/i64 big-endian, `str` = one
// length byte + UTF-8, a statement = tag byte || fields || Ed25519 signature (64 bytes) over
// `domain || 0x00 || everything before the signature`; text form = prefix + RFC 4648 base32
// without padding (whitespace ignored, lower case accepted).
//
// What a signature proves: the holder of that key signed these bytes. Not that the key belongs
// to the named person or organisation: readers compare fingerprints.
import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

ed.hashes.sha512 = sha512;

export const PREFIX = 'MV1:';
export const DIGEST_PREFIX = 'MVD1:';
/** A credential never inflates past this: a hostile file cannot exhaust memory. */
export const MAX_INFLATED = 1 << 20;

const TAG = 0x05;
const INNER_TAG = 0x07;
const DIGEST_TAG = 0x06;
const DOMAIN = 'mosaic-attest/credential/v1';
const DIGEST_DOMAIN = 'mosaic-attest/credential-digest/v1';
const WHAT = 'CV credential';
const DIGEST_WHAT = 'CV credential digest';
const ME1 = { tag: 0x04, domain: 'mosaic-attest/endorsement/v1', what: 'signed confirmation' };
const MC1 = { tag: 0x01, domain: 'mosaic-attest/check-in/v1', what: 'check-in code' };
const SIG_LEN = 64;

export const SECTIONS = ['languages', 'certificates', 'programmes', 'experience', 'activities'] as const;
export type Section = (typeof SECTIONS)[number];
export const KINDS = ['attendance', 'certificate_seen', 'level_assessed', 'work_experience', 'programme_result'] as const;
export type Kind = (typeof KINDS)[number];
const KIND_SECTION: Record<Kind, Section> = {
  attendance: 'activities',
  certificate_seen: 'certificates',
  level_assessed: 'languages',
  work_experience: 'experience',
  programme_result: 'programmes',
};
export const ROLES = ['mentor', 'organiser', 'teacher'] as const;
export type Role = (typeof ROLES)[number];
/** In the order of `ActivityKind::ALL`: a check-in code carries the kind as its place here. */
export const ACTIVITY_KINDS = [
  'language_cafe', 'international_lunch', 'information_session', 'workshop', 'conference', 'volunteering', 'escape_game', 'other',
  'cooking_class', 'cultural_festival', 'crafts', 'celebration', 'language_exchange', 'community_project',
] as const;
export const SKILLS = ['listening', 'reading', 'spoken_interaction', 'spoken_production', 'writing'] as const;

/** Why a text was refused: `code` picks the page's translated sentence, `message` is the Rust
 * verifier's English wording, `args` the placeables (a claim's label, a signer). */
export type ProblemCode =
  | 'prefix' // not a MV1:/MVD1: text (or nothing given)
  | 'damaged' // base32, layout, compression: `detail` says which
  | 'signature' // the credential's (or digest's) own signature
  | 'voucher-damaged' // a confirmation or check-in code that does not verify
  | 'other-portfolio'
  | 'other-entry'
  | 'differs' // the claim differs from what the signer confirmed
  | 'other-event' // a check-in code for another event
  | 'claim-invalid' // a claim's JSON: not UTF-8, not JSON, not canonical, not the entry's shape
  | 'unknown-voucher'
  | 'digest-mismatch' // the digest was signed for another credential
  | 'no-credential'; // no MV1: text in the PDF

export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly args: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface Confirmation {
  by: 'confirmation';
  kind: Kind;
  signer: string;
  role: Role;
  fingerprint: string;
  /** Unix seconds. */
  signedAt: number;
}

export interface Attendance {
  by: 'attendance';
  organiser: string;
  fingerprint: string;
  event: string;
  date: string;
  hours: number;
}

export type Voucher = Confirmation | Attendance;

export interface SkillLevel {
  skill: (typeof SKILLS)[number];
  level: string;
  /** Who judged it, as the owner entered it: self, teacher, exam, mentor. */
  assessor: string;
  assessorName?: string;
}

/** The few fields the page shows, per section (the full JSON is in `fields`). */
export type Display =
  | { section: 'languages'; code: string; levels: SkillLevel[] }
  | { section: 'certificates'; title: string; issuer?: string; level?: string; issuedOn?: string }
  | { section: 'programmes'; title: string; provider?: string }
  | { section: 'experience'; role: string; employer?: string; start?: string; end?: string }
  | { section: 'activities'; kind: string; title?: string; date: string; hours?: number };

export interface VerifiedClaim {
  section: Section;
  entry: string;
  /** The entry's facts as signed (parsed canonical JSON). */
  fields: Record<string, unknown>;
  /** A short English label (what error messages name). */
  summary: string;
  display: Display;
  /** None: the holder's own word. */
  vouchers: Voucher[];
}

export interface Verified {
  form: 'full';
  portfolio: string;
  holder: string;
  ownerFingerprint: string;
  /** Unix seconds. */
  issuedAt: number;
  claims: VerifiedClaim[];
  /** SHA-256 (hex) of the credential's decoded bytes: what a digest names. */
  sha256: string;
}

export interface VerifiedDigest {
  form: 'digest';
  portfolio: string;
  ownerFingerprint: string;
  issuedAt: number;
  claims: number;
  sha256: string;
}

export type Verdict = { ok: true; value: Verified | VerifiedDigest } | { ok: false; problem: Problem };

// ---------------------------------------------------------------------------------------------
// wire

const malformed = (what: string, why: string) => new Problem('damaged', `not a valid ${what}: ${why}`, { why });
const badSignature = (what: string) => new Problem('signature', `the ${what}'s signature does not verify: it was forged or altered`);

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(data: string): Uint8Array | null {
  // data_encoding's BASE32_NOPAD: only these lengths, and the unused trailing bits are zero.
  if ([1, 3, 6].includes(data.length % 8)) return null;
  const out = new Uint8Array(Math.floor((data.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of data) {
    const v = B32.indexOf(c);
    if (v < 0) return null;
    value = ((value << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out[at++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

/** wire::from_text: the bytes of a text form after checking its prefix. */
function fromText(prefix: string, text: string, what: string): Uint8Array {
  const clean = text.replace(/\s/gu, '').replace(/[a-z]/g, (c) => c.toUpperCase());
  if (!clean.startsWith(prefix)) {
    throw new Problem('prefix', `not a valid ${what}: it should start with ${prefix}; was the whole code copied?`, { prefix });
  }
  const bytes = base32Decode(clean.slice(prefix.length));
  if (!bytes) throw malformed(what, 'damaged text (a character is wrong or missing)');
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

class Reader {
  private at = 0;
  constructor(
    private readonly buf: Uint8Array,
    tag: number,
    private readonly what: string,
  ) {
    if (buf.length === 0) throw malformed(what, 'empty');
    if (buf[0] !== tag) throw malformed(what, 'wrong kind or version');
    this.at = 1;
  }
  take(n: number): Uint8Array {
    if (this.buf.length - this.at < n) throw malformed(this.what, 'cut short');
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  u8(): number {
    return this.take(1)[0] ?? 0;
  }
  u16(): number {
    const b = this.take(2);
    return ((b[0] ?? 0) << 8) | (b[1] ?? 0);
  }
  u32(): number {
    return new DataView(this.take(4).slice().buffer).getUint32(0);
  }
  i32(): number {
    return new DataView(this.take(4).slice().buffer).getInt32(0);
  }
  i64(): number {
    return Number(new DataView(this.take(8).slice().buffer).getBigInt64(0));
  }
  str(): string {
    const len = this.u8();
    try {
      return utf8.decode(this.take(len));
    } catch (e) {
      if (e instanceof Problem) throw e;
      throw malformed(this.what, 'text is not UTF-8');
    }
  }
  finish(): void {
    if (this.at !== this.buf.length) throw malformed(this.what, 'unexpected bytes at the end');
  }
}

/** keys::public_key: refuses bytes that are not a curve point. */
function publicKey(bytes: Uint8Array, what: string): Uint8Array {
  try {
    ed.Point.fromBytes(bytes);
  } catch {
    throw malformed(what, 'not a public key');
  }
  return bytes;
}

/** wire::verify: the signature over `domain || 0 || body` by `key`. */
function verifySig(bytes: Uint8Array, domain: string, key: Uint8Array, what: string): void {
  if (bytes.length < SIG_LEN + 1) throw malformed(what, 'too short');
  const body = bytes.subarray(0, bytes.length - SIG_LEN);
  const sig = bytes.subarray(bytes.length - SIG_LEN);
  const d = encoder.encode(domain);
  const msg = new Uint8Array(d.length + 1 + body.length);
  msg.set(d, 0);
  msg.set(body, d.length + 1);
  let ok = false;
  try {
    // RFC 8032 semantics (canonical encodings), as ed25519-dalek's `verify`.
    ok = ed.verify(sig, msg, key, { zip215: false });
  } catch {
    ok = false;
  }
  if (!ok) throw badSignature(what);
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** keys::fingerprint: the first 8 bytes of SHA-256 of the key, as four groups of 4 hex digits. */
export function fingerprint(key: Uint8Array): string {
  return (hex(sha256(key).subarray(0, 8)).match(/.{4}/g) ?? []).join('-');
}

function uuid(b: Uint8Array): string {
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Days since 1970-01-01 as YYYY-MM-DD (chrono's NaiveDate display). */
function daysToDate(days: number, what: string): string {
  const d = new Date(days * 86_400_000);
  const y = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || y < -262_143 || y > 262_142) throw malformed(what, 'date out of range');
  const yy = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : y < 0 ? `-${String(-y).padStart(4, '0')}` : `+${y}`;
  return `${yy}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// zlib

/** Inflates zlib-format bytes, at most `limit` bytes out; null when damaged or too large.
 * `lenient` keeps what came out before an error (trailing bytes after the stream in a PDF). */
export async function inflate(data: Uint8Array, limit = MAX_INFLATED, lenient = false): Promise<Uint8Array | null> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
  } catch {
    return null;
  }
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      parts.push(value);
    }
  } catch {
    if (!lenient || total === 0) return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// canonical JSON (crates/mosaic-attest/src/endorse.rs `canonical`: object keys sorted, no
// spaces, numbers and strings as serde_json writes them).
//
// JSON.parse loses what canonicality depends on (1.5 vs 1.50, 3 vs 3.0, escapes, duplicate
// keys), so the claim is read by a small parser that keeps each number as written, then written
// back the way serde_json's Value would be written, and the result must equal the received text
// byte for byte. The hash a confirmation signed is always of the exact bytes received.

type Json = null | boolean | string | { num: string } | Json[] | Array<[string, Json]> & { obj: true };
const MAX_DEPTH = 128; // serde_json's recursion limit

class JsonParser {
  at = 0;
  constructor(private readonly s: string) {}
  fail(): never {
    throw new SyntaxError(`at ${this.at}`);
  }
  ws() {
    while (/[ \t\n\r]/.test(this.s[this.at] ?? '')) this.at++;
  }
  value(depth: number): Json {
    if (depth > MAX_DEPTH) this.fail();
    this.ws();
    const c = this.s[this.at];
    if (c === '{') {
      this.at++;
      const out = [] as unknown as Array<[string, Json]> & { obj: true };
      out.obj = true;
      this.ws();
      if (this.s[this.at] === '}') {
        this.at++;
        return out;
      }
      for (;;) {
        this.ws();
        if (this.s[this.at] !== '"') this.fail();
        const k = this.string();
        this.ws();
        if (this.s[this.at++] !== ':') this.fail();
        out.push([k, this.value(depth + 1)]);
        this.ws();
        const n = this.s[this.at++];
        if (n === '}') return out;
        if (n !== ',') this.fail();
      }
    }
    if (c === '[') {
      this.at++;
      const out: Json[] = [];
      this.ws();
      if (this.s[this.at] === ']') {
        this.at++;
        return out;
      }
      for (;;) {
        out.push(this.value(depth + 1));
        this.ws();
        const n = this.s[this.at++];
        if (n === ']') return out;
        if (n !== ',') this.fail();
      }
    }
    if (c === '"') return this.string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.s.startsWith(word, this.at)) {
        this.at += word.length;
        return v;
      }
    }
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.at, this.at + 400));
    if (!m) this.fail();
    this.at += m[0].length;
    return { num: m[0] };
  }
  string(): string {
    this.at++; // the opening quote
    let out = '';
    for (;;) {
      const c = this.s[this.at++];
      if (c === undefined) this.fail();
      if (c === '"') return out;
      if (c < ' ') this.fail();
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.at++];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === 'u') {
        const h = this.s.slice(this.at, this.at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail();
        out += String.fromCharCode(parseInt(h, 16));
        this.at += 4;
      } else this.fail();
    }
  }
  parse(): Json {
    const v = this.value(0);
    this.ws();
    if (this.at !== this.s.length) this.fail();
    return v;
  }
}

/** A string as serde_json writes it. */
function writeString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A number as serde_json's Value writes it: integers in i64/u64 range as written; anything
 * else as an f64 in the shortest form that reads back (serde_json 1.0.154 formats with zmij:
 * 1.5, 3.0, 0.00001, 1e+16, 1.5e-7; fixed notation for decimal exponents -5..=15). */
export function writeNumber(lexeme: string): string | null {
  if (/^-?(0|[1-9][0-9]*)$/.test(lexeme)) {
    const n = BigInt(lexeme);
    if (n >= -(2n ** 63n) && n < 2n ** 64n) return n.toString();
  }
  const x = Number(lexeme);
  if (!Number.isFinite(x)) return null;
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant = '', exp = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const kk = Number(exp) + 1; // the decimal point's position after the first digit
  const len = digits.length;
  const sign = x < 0 ? '-' : '';
  let body: string;
  if (len <= kk && kk <= 16) body = `${digits}${'0'.repeat(kk - len)}.0`;
  else if (0 < kk && kk <= 16) body = `${digits.slice(0, kk)}.${digits.slice(kk)}`;
  else if (-5 < kk && kk <= 0) body = `0.${'0'.repeat(-kk)}${digits}`;
  else {
    const e = kk - 1;
    body = `${digits[0]}${len > 1 ? `.${digits.slice(1)}` : ''}e${e > 0 ? '+' : ''}${e}`;
  }
  return sign + body;
}

/** UTF-8 byte order (Rust's String ordering) = code point order. */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return x.length - y.length;
}

/** The canonical text of a parsed value, or null when it has duplicate keys or a number
 * serde_json could not hold. */
function canonical(v: Json): string | null {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return writeString(v);
  if (!Array.isArray(v)) return writeNumber(v.num);
  if ('obj' in v) {
    const entries = [...(v as Array<[string, Json]>)].sort((a, b) => byCodePoint(a[0], b[0]));
    const parts: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      const [k, x] = entries[i] as [string, Json];
      if (i > 0 && entries[i - 1]?.[0] === k) return null;
      const c = canonical(x);
      if (c === null) return null;
      parts.push(`${writeString(k)}:${c}`);
    }
    return `{${parts.join(',')}}`;
  }
  const parts: string[] = [];
  for (const x of v as Json[]) {
    const c = canonical(x);
    if (c === null) return null;
    parts.push(c);
  }
  return `[${parts.join(',')}]`;
}

/** Whether `text` is valid JSON in canonical form (exported for the tests). */
export function isCanonical(text: string): boolean {
  try {
    return canonical(new JsonParser(text).parse()) === text;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// claims

interface RawClaim {
  section: Section;
  entry: string;
  json: Uint8Array;
  vouchers: Array<[number, Uint8Array]>;
}

function readClaim(r: Reader): RawClaim {
  const section = SECTIONS[r.u8()];
  if (!section) throw malformed(WHAT, 'unknown section');
  const entry = uuid(r.take(16));
  const json = r.take(r.u16()).slice();
  const n = r.u8();
  const vouchers: Array<[number, Uint8Array]> = [];
  for (let i = 0; i < n; i++) {
    const kind = r.u8();
    vouchers.push([kind, r.take(r.u16()).slice()]);
  }
  return { section, entry, json, vouchers };
}

const invalidClaim = (why: string, args: Record<string, string> = {}) =>
  new Problem('claim-invalid', `not a valid ${WHAT}: ${why}`, { why, ...args });

type Obj = Record<string, unknown>;
const str = (o: Obj, k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);

function need(o: Obj, keys: string[], section: string): void {
  for (const k of keys) {
    if (!(k in o)) throw invalidClaim(`a claim: missing field \`${k}\``, { section });
  }
}

/** claims::level_sources: "listening B1, reading B1: exam or certificate (CELI); writing A2: self-assessed". */
function levelSources(levels: SkillLevel[]): string {
  const groups: Array<[string, string[]]> = [];
  for (const l of levels) {
    const name = l.assessorName?.trim();
    const named = (what: string) => (name ? `${what} (${name})` : what);
    const source =
      l.assessor === 'self' ? 'self-assessed'
      : l.assessor === 'teacher' ? named('assessed by a teacher')
      : l.assessor === 'exam' ? named('exam or certificate')
      : named('assessed by a mentor');
    const cell = `${l.skill.replace(/_/g, ' ')} ${l.level}`;
    const g = groups.find(([s]) => s === source);
    if (g) g[1].push(cell);
    else groups.push([source, [cell]]);
  }
  return groups.map(([source, cells]) => `${cells.join(', ')}: ${source}`).join('; ');
}

/** The fields shown and a short English label; refuses a claim that is not the section's
 * entry (the Rust verifier parses it into its type). */
function describe(section: Section, f: Obj): { display: Display; summary: string } {
  const opt = (k: string) => str(f, k);
  switch (section) {
    case 'languages': {
      need(f, ['id', 'code'], section);
      const history = Array.isArray(f.history) ? (f.history as Obj[]) : [];
      // Language::current_assessments: per skill, the latest assessment naming it (stable sort by date).
      const sorted = history.map((a, i) => ({ a, i })).sort((x, y) => {
        const dx = String(x.a?.date ?? '');
        const dy = String(y.a?.date ?? '');
        return dx < dy ? -1 : dx > dy ? 1 : x.i - y.i;
      });
      const levels: SkillLevel[] = [];
      for (const skill of SKILLS) {
        for (let i = sorted.length - 1; i >= 0; i--) {
          const a = sorted[i]?.a ?? {};
          const level = (a.levels as Obj | undefined)?.[skill];
          if (typeof level === 'string') {
            levels.push({ skill, level, assessor: String(a.assessor ?? ''), assessorName: str(a, 'assessor_name') });
            break;
          }
        }
      }
      const code = opt('code') ?? '';
      return {
        display: { section, code, levels },
        summary: `language ${code}: ${levelSources(levels)}`,
      };
    }
    case 'certificates': {
      need(f, ['id', 'title', 'kind'], section);
      const title = opt('title') ?? '';
      let s = `certificate: ${title}`;
      if (opt('issuer')) s += `, issued by ${opt('issuer')}`;
      if (opt('level')) s += `, level ${opt('level')}`;
      if (opt('issued_on')) s += `, ${opt('issued_on')}`;
      return { display: { section, title, issuer: opt('issuer'), level: opt('level'), issuedOn: opt('issued_on') }, summary: s };
    }
    case 'programmes': {
      need(f, ['id', 'title'], section);
      const title = opt('title') ?? '';
      return { display: { section, title, provider: opt('provider') }, summary: `programme: ${title} ${opt('provider') ?? ''}`.trim() };
    }
    case 'experience': {
      need(f, ['id', 'role'], section);
      const role = opt('role') ?? '';
      const [start, end] = [opt('start'), opt('end')];
      const when = start && end ? `, ${start} to ${end}` : start ? `, since ${start}` : '';
      return {
        display: { section, role, employer: opt('employer'), start, end },
        summary: `work: ${role} at ${opt('employer') ?? ''}${when}`,
      };
    }
    case 'activities': {
      need(f, ['id', 'kind', 'date'], section);
      const kind = opt('kind') ?? 'other';
      const hours = typeof f.hours === 'number' ? f.hours : undefined;
      const date = opt('date') ?? '';
      return {
        display: { section, kind, title: opt('title'), date, hours },
        summary: `activity: ${kind.replace(/_/g, ' ')} ${opt('title') ?? ''}, ${date}${hours !== undefined ? `, ${hours} h` : ''}`,
      };
    }
  }
}

interface Endorsement {
  portfolio: string;
  entry: string;
  kind: Kind;
  fieldsHash: Uint8Array;
  signer: string;
  role: Role;
  fingerprint: string;
  signedAt: number;
}

/** endorse::Endorsement::verify over the statement's bytes. */
function readEndorsement(bytes: Uint8Array): Endorsement {
  const body = bytes.subarray(0, Math.max(0, bytes.length - SIG_LEN));
  const r = new Reader(body, ME1.tag, ME1.what);
  const portfolio = uuid(r.take(16));
  const entry = uuid(r.take(16));
  const kind = KINDS[r.u8()];
  if (!kind) throw malformed(ME1.what, 'unknown kind');
  const fieldsHash = r.take(32).slice();
  const key = r.take(32).slice();
  const role = ROLES[r.u8()];
  if (!role) throw malformed(ME1.what, 'unknown role');
  const signedAt = r.i64();
  const signer = r.str();
  r.finish();
  verifySig(bytes, ME1.domain, publicKey(key, ME1.what), ME1.what);
  return { portfolio, entry, kind, fieldsHash, signer, role, fingerprint: fingerprint(key), signedAt };
}

/** checkin::CheckInCode::from_bytes. */
function readCheckIn(bytes: Uint8Array) {
  const body = bytes.subarray(0, Math.max(0, bytes.length - SIG_LEN));
  const r = new Reader(body, MC1.tag, MC1.what);
  r.take(16); // event id
  const kind = ACTIVITY_KINDS[r.u8()];
  if (!kind) throw malformed(MC1.what, 'unknown activity kind');
  const date = daysToDate(r.i32(), MC1.what);
  const hours = r.u16() / 60;
  r.u32(); // issued at
  r.u16(); // valid secs
  const key = r.take(32).slice();
  const organiser = r.str();
  const title = r.str();
  r.finish();
  verifySig(bytes, MC1.domain, publicKey(key, MC1.what), MC1.what);
  return { kind, date, hours, organiser, title, fingerprint: fingerprint(key) };
}

/** A voucher's own failure names the claim (the page says which claim's voucher failed). */
function asVoucherProblem(e: unknown, label: string): never {
  if (e instanceof Problem && (e.code === 'damaged' || e.code === 'signature')) {
    throw new Problem('voucher-damaged', e.message, { ...e.args, claim: label });
  }
  throw e;
}

/** A claim's short name: its title, role or language code. */
export function label(d: Display): string {
  switch (d.section) {
    case 'languages':
      return d.code;
    case 'certificates':
    case 'programmes':
      return d.title;
    case 'experience':
      return d.role;
    case 'activities':
      return d.title ?? d.kind.replace(/_/g, ' ');
  }
}

function signerLabel(e: Endorsement): string {
  return `${e.signer} (${e.role}, ${e.fingerprint})`;
}

function checkClaim(portfolio: string, c: RawClaim): VerifiedClaim {
  let text: string;
  try {
    text = utf8.decode(c.json);
  } catch {
    throw invalidClaim('a claim is not UTF-8');
  }
  let fields: unknown;
  try {
    fields = JSON.parse(text);
  } catch (e) {
    throw invalidClaim(`a claim is not valid JSON: ${(e as Error).message}`);
  }
  // The JSON must be in canonical form, so the hash a confirmation signed is the one shown.
  if (!isCanonical(text)) throw invalidClaim('a claim is not in canonical form');
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw invalidClaim('a claim: not an entry');
  const f = fields as Obj;
  const hash = sha256(c.json);
  const { display, summary } = describe(c.section, f);
  const name = label(display);
  const vouchers: Voucher[] = [];
  for (const [kind, bytes] of c.vouchers) {
    if (kind === 1) {
      let e: Endorsement;
      try {
        e = readEndorsement(bytes);
      } catch (err) {
        asVoucherProblem(err, name);
      }
      if (e.portfolio !== portfolio) {
        throw new Problem('other-portfolio', `not a valid ${WHAT}: a confirmation of \`${summary}\` was signed for another portfolio`, { claim: name });
      }
      if (e.entry !== c.entry || KIND_SECTION[e.kind] !== c.section) {
        throw new Problem('other-entry', `not a valid ${WHAT}: a confirmation of \`${summary}\` was signed for another entry`, { claim: name });
      }
      if (hex(e.fieldsHash) !== hex(hash)) {
        throw new Problem('differs', `not a valid ${WHAT}: \`${summary}\` differs from what ${signerLabel(e)} confirmed`, {
          claim: name,
          signer: e.signer,
          fingerprint: e.fingerprint,
        });
      }
      vouchers.push({ by: 'confirmation', kind: e.kind, signer: e.signer, role: e.role, fingerprint: e.fingerprint, signedAt: e.signedAt });
    } else if (kind === 2) {
      let code: ReturnType<typeof readCheckIn>;
      try {
        code = readCheckIn(bytes);
      } catch (err) {
        asVoucherProblem(err, name);
      }
      const attended = f.attended === undefined ? true : f.attended;
      if (c.section !== 'activities' || f.date !== code.date || attended !== true) {
        throw new Problem('other-event', `not a valid ${WHAT}: the check-in code on \`${summary}\` is for another event`, { claim: name });
      }
      vouchers.push({ by: 'attendance', organiser: code.organiser, fingerprint: code.fingerprint, event: code.title, date: code.date, hours: code.hours });
    } else {
      throw new Problem('unknown-voucher', `not a valid ${WHAT}: a voucher of an unknown kind`, { claim: name });
    }
  }
  return { section: c.section, entry: c.entry, fields: f, summary, display, vouchers };
}

// ---------------------------------------------------------------------------------------------
// the two forms

/** Verifies a `MV1:` credential: its signature first, then inflate, then every claim. */
export async function verifyFull(text: string): Promise<Verified> {
  const bytes = fromText(PREFIX, text, WHAT);
  const bodyLen = Math.max(0, bytes.length - SIG_LEN);
  const r = new Reader(bytes.subarray(0, bodyLen), TAG, WHAT);
  const ownerKey = r.take(32).slice();
  const compressed = r.take(Math.max(0, bodyLen - 33));
  r.finish();
  verifySig(bytes, DOMAIN, publicKey(ownerKey, WHAT), WHAT);
  const inner = await inflate(compressed);
  if (!inner) throw malformed(WHAT, 'damaged (it does not decompress)');

  const ir = new Reader(inner, INNER_TAG, WHAT);
  const portfolio = uuid(ir.take(16));
  const issuedAt = ir.i64();
  const holder = ir.str();
  const count = ir.u16();
  const raw: RawClaim[] = [];
  for (let i = 0; i < count; i++) raw.push(readClaim(ir));
  ir.finish();
  const claims = raw.map((c) => checkClaim(portfolio, c));
  return { form: 'full', portfolio, holder, ownerFingerprint: fingerprint(ownerKey), issuedAt, claims, sha256: hex(sha256(bytes)) };
}

/** Verifies a `MVD1:` digest: which credential (by the SHA-256 of its bytes) a CV was issued with. */
export function verifyDigest(text: string): VerifiedDigest {
  const bytes = fromText(DIGEST_PREFIX, text, DIGEST_WHAT);
  const bodyLen = Math.max(0, bytes.length - SIG_LEN);
  const r = new Reader(bytes.subarray(0, bodyLen), DIGEST_TAG, DIGEST_WHAT);
  const portfolio = uuid(r.take(16));
  const ownerKey = r.take(32).slice();
  const issuedAt = r.i64();
  const claims = r.u16();
  const sha = r.take(32);
  r.finish();
  verifySig(bytes, DIGEST_DOMAIN, publicKey(ownerKey, DIGEST_WHAT), DIGEST_WHAT);
  return { form: 'digest', portfolio, ownerFingerprint: fingerprint(ownerKey), issuedAt, claims, sha256: hex(sha) };
}

/** True when `digest` was signed for exactly the credential `full` (same bytes). */
export function digestMatches(digest: VerifiedDigest, full: string): boolean {
  return hex(sha256(fromText(PREFIX, full, WHAT))) === digest.sha256;
}

/** The text after the last `#` (a scanned link's fragment), trimmed. */
export function fromLink(text: string): string {
  const parts = text.split('#');
  return (parts[parts.length - 1] ?? '').trim();
}

/** Verifies a `MV1:` or `MVD1:` text (or a link ending in `#` and one); never throws. */
export async function verifyText(input: string): Promise<Verdict> {
  try {
    const text = fromLink(input);
    if (text.slice(0, DIGEST_PREFIX.length).toUpperCase() === DIGEST_PREFIX) return { ok: true, value: verifyDigest(text) };
    return { ok: true, value: await verifyFull(text) };
  } catch (e) {
    return { ok: false, problem: e instanceof Problem ? e : new Problem('damaged', `not a valid ${WHAT}: ${String(e)}`, { why: String(e) }) };
  }
}

/** A digest checked against the full credential (the PDF's attached file): both must verify
 * and the digest must name the credential's bytes. Never throws. */
export async function verifyPair(digestText: string, fullText: string): Promise<Verdict> {
  const d = await verifyText(digestText);
  if (!d.ok || d.value.form !== 'digest') return d;
  const f = await verifyText(fullText);
  if (!f.ok || f.value.form !== 'full') return f;
  if (f.value.sha256 !== d.value.sha256 || f.value.ownerFingerprint !== d.value.ownerFingerprint) {
    return { ok: false, problem: new Problem('digest-mismatch', 'the CV credential digest was signed for another credential than the attached one') };
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// PDF

function find(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first ?? 0, from); i >= 0 && i + needle.length <= hay.length; i = hay.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const latin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const STREAM = latin('stream');
const ENDSTREAM = latin('endstream');

const EMBEDDED = latin('/EmbeddedFile');

/** Each stream of a PDF with up to 256 bytes of what precedes it (its dictionary). */
function streams(pdf: Uint8Array): Array<[Uint8Array, Uint8Array]> {
  const out: Array<[Uint8Array, Uint8Array]> = [];
  let at = 0;
  for (;;) {
    const keyword = find(pdf, STREAM, at);
    if (keyword < 0) break;
    const start = keyword + STREAM.length;
    at = start;
    let dataStart: number;
    if (pdf[start] === 13 && pdf[start + 1] === 10) dataStart = start + 2;
    else if (pdf[start] === 10 && start + 1 < pdf.length) dataStart = start + 1;
    else continue;
    const end = find(pdf, ENDSTREAM, dataStart);
    if (end < 0) break;
    out.push([pdf.subarray(Math.max(0, keyword - 256), keyword), pdf.subarray(dataStart, end)]);
    at = end + ENDSTREAM.length;
  }
  return out;
}

/** Finds the credential in a PDF (credential.rs `extract_from_pdf`): the attached file's
 * stream, zlib-compressed by the PDF writer, or stored plainly. Streams whose dictionary says
 * `/EmbeddedFile` are tried first; every stream that inflates (or is stored) as a `MV1:` text
 * is a candidate. Finding it proves nothing: `verifyFull` does. */
export async function extractFromPdf(pdf: Uint8Array): Promise<string | null> {
  const lossy = new TextDecoder('utf-8');
  const all = streams(pdf);
  const embedded = all.filter(([dict]) => find(dict, EMBEDDED, 0) >= 0);
  const others = all.filter(([dict]) => find(dict, EMBEDDED, 0) < 0);
  for (const [, data] of [...embedded, ...others]) {
    // Only a zlib header is worth inflating (CM 8, header check a multiple of 31).
    const zlib = data.length > 2 && ((data[0] ?? 0) & 0x0f) === 8 && (((data[0] ?? 0) << 8) | (data[1] ?? 0)) % 31 === 0;
    const inflated = zlib ? await inflate(data, MAX_INFLATED, true) : null;
    const bytes = inflated ?? data;
    if (!lossy.decode(bytes.subarray(0, 64)).trim().startsWith(PREFIX)) continue;
    const text = lossy.decode(bytes).trim();
    if (text.startsWith(PREFIX)) return text;
  }
  return null;
}
