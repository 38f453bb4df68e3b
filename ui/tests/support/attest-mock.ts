// TEST CODE ONLY. The organiser/check-in commands of src-tauri/src/attest.rs for the
// in-memory backend, with REAL Ed25519 signatures (WebCrypto) in the same binary layout and
// text form as crates/mosaic-attest (see its DESIGN.md), so a code drawn as a QR code in the
// browser test can be decoded and verified outside the page. A code made by the Rust crate
// verifies here too (tests/unit/attest-mock.test.ts).

type Json = Record<string, any>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
// The order of `ActivityKind::ALL` (the kind byte of a check-in code).
const KINDS = ['language_cafe', 'international_lunch', 'information_session', 'workshop', 'conference', 'volunteering', 'escape_game', 'other',
  'cooking_class', 'cultural_festival', 'crafts', 'celebration', 'language_exchange', 'community_project'];
const CHECKIN = { tag: 1, prefix: 'MC1:', domain: 'mosaic-attest/check-in/v1' };
const RECEIPT = { tag: 2, prefix: 'MR1:', domain: 'mosaic-attest/receipt/v1' };
const VALID_SECS = 120;
const SKEW_SECS = 90;

function fail(kind: string, message: string): never {
  throw { kind, message };
}

export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function unbase32(text: string): Uint8Array | null {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of text) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return null;
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

function clip(s: string, max = 48): Uint8Array {
  let b = enc.encode(s);
  while (b.length > max) {
    s = s.slice(0, -1);
    b = enc.encode(s);
  }
  return b;
}

function uuidBytes(id: string): Uint8Array {
  const hex = id.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}

function uuidText(b: Uint8Array): string {
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function days(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function dateOf(d: number): string {
  return new Date(d * 86_400_000).toISOString().slice(0, 10);
}

class Writer {
  parts: number[] = [];
  constructor(tag: number) {
    this.parts.push(tag);
  }
  bytes(b: Uint8Array) {
    this.parts.push(...b);
    return this;
  }
  u8(v: number) {
    this.parts.push(v & 255);
    return this;
  }
  u16(v: number) {
    this.parts.push((v >>> 8) & 255, v & 255);
    return this;
  }
  u32(v: number) {
    this.parts.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
    return this;
  }
  str(s: string) {
    const b = clip(s);
    this.u8(b.length);
    return this.bytes(b);
  }
}

class Reader {
  at = 0;
  constructor(private b: Uint8Array) {}
  take(n: number): Uint8Array {
    if (this.at + n > this.b.length) fail('code', 'not a valid code: cut short');
    const out = this.b.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }
  u8(): number {
    return this.take(1)[0] ?? 0;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  u32(): number {
    return ((this.u16() << 16) >>> 0) + this.u16();
  }
  i32() {
    return this.u32() | 0;
  }
  str() {
    try {
      return dec.decode(this.take(this.u8()));
    } catch {
      return fail('code', 'not a valid code: text is not UTF-8');
    }
  }
  done() {
    if (this.at !== this.b.length) fail('code', 'not a valid code: unexpected bytes at the end');
  }
}

function message(domain: string, body: Uint8Array): Uint8Array {
  const d = enc.encode(domain);
  const m = new Uint8Array(d.length + 1 + body.length);
  m.set(d);
  m.set(body, d.length + 1);
  return m;
}

async function sign(kind: typeof CHECKIN, w: Writer, key: CryptoKey): Promise<string> {
  const body = Uint8Array.from(w.parts);
  const sig = new Uint8Array(await crypto.subtle.sign('Ed25519', key, message(kind.domain, body) as BufferSource));
  const all = new Uint8Array(body.length + sig.length);
  all.set(body);
  all.set(sig, body.length);
  return kind.prefix + base32(all);
}

function bytesOf(kind: typeof CHECKIN, text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').toUpperCase();
  if (!clean.startsWith(kind.prefix)) fail('code', `not a valid code: it should start with ${kind.prefix}`);
  const b = unbase32(clean.slice(kind.prefix.length));
  if (!b || b.length < 65 || b[0] !== kind.tag) fail('code', 'not a valid code: damaged text');
  return b;
}

async function verifySig(kind: typeof CHECKIN, all: Uint8Array, publicKey: Uint8Array): Promise<void> {
  const body = all.slice(0, all.length - 64);
  const sig = all.slice(all.length - 64);
  let ok = false;
  try {
    const key = await crypto.subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
    ok = await crypto.subtle.verify('Ed25519', key, sig as BufferSource, message(kind.domain, body) as BufferSource);
  } catch {
    ok = false;
  }
  if (!ok) fail('code', 'the check-in code\'s signature does not verify: it was forged or altered');
}

export async function fingerprint(publicKey: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey as BufferSource)).slice(0, 8);
  const hex = Array.from(d, (x) => x.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join('-');
}

export interface VerifiedCode {
  event: { id: string; title: string; kind: string; date: string; hours: number };
  issued_at: number;
  valid_secs: number;
  organiser_key: Uint8Array;
  organiser_name: string;
  bytes: Uint8Array;
}

/** Decodes a check-in code and verifies its signature by the key it names. */
export async function verifyCode(text: string): Promise<VerifiedCode> {
  const all = bytesOf(CHECKIN, text);
  const r = new Reader(all.slice(0, all.length - 64));
  r.u8();
  const id = uuidText(r.take(16));
  const kind = KINDS[r.u8()] ?? fail('code', 'not a valid code: unknown activity kind');
  const date = dateOf(r.i32());
  const hours = r.u16() / 60;
  const issued_at = r.u32();
  const valid_secs = r.u16();
  const organiser_key = r.take(32);
  const organiser_name = r.str();
  const title = r.str();
  r.done();
  await verifySig(CHECKIN, all, organiser_key);
  return { event: { id, title, kind, date, hours }, issued_at, valid_secs, organiser_key, organiser_name, bytes: all };
}

interface Key {
  pair: CryptoKeyPair;
  public: Uint8Array;
}

async function newKey(): Promise<Key> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return { pair, public: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)) };
}

/** The attest commands over the given portfolios (the memory backend's). */
export function createAttest(portfolio: (id: string) => Json, log: (id: string, entry: string) => void, uuid: () => string) {
  let organiser: { name: string; organisation: string | null; key: Key } | null = null;
  const events: Json[] = [];
  const registers = new Map<string, Json[]>();
  const attendeeKeys = new Map<string, Key>();

  const info = async () =>
    organiser && {
      name: organiser.name,
      organisation: organiser.organisation,
      public_key: Array.from(organiser.key.public, (x) => x.toString(16).padStart(2, '0')).join(''),
      fingerprint: await fingerprint(organiser.key.public),
    };
  const requireOrganiser = () => organiser ?? fail('not_found', 'no organiser identity on this device');
  const event = (id: string) => events.find((e) => e.id === id) ?? fail('not_found', `no event ${id}`);

  async function issue(ev: Json, now: number): Promise<string> {
    const org = requireOrganiser();
    const w = new Writer(CHECKIN.tag)
      .bytes(uuidBytes(ev.id)).u8(KINDS.indexOf(ev.kind)).u32(days(ev.date) >>> 0).u16(Math.round(ev.hours * 60))
      .u32(now).u16(VALID_SECS).bytes(org.key.public).str(org.name).str(ev.title);
    return sign(CHECKIN, w, org.key.pair.privateKey);
  }

  async function checkIn(id: string, text: string): Promise<Json> {
    const p = portfolio(id);
    const code = await verifyCode(text);
    const now = Math.floor(Date.now() / 1000);
    const proofs = await Promise.all(p.activities.filter((a: Json) => a.proof).map(async (a: Json) => {
      try {
        return { a, c: await verifyCode(a.proof) };
      } catch {
        return null;
      }
    }));
    const same = proofs.find((x) => x && x.c.event.id === code.event.id && String(x.c.organiser_key) === String(code.organiser_key));
    if (!same) {
      if (now > code.issued_at + code.valid_secs) fail('expired', 'this check-in code expired');
      if (code.issued_at > now + SKEW_SECS) fail('future', 'this check-in code is dated in the future');
    }
    let activity = same?.a.id;
    if (!same) {
      activity = uuid();
      p.activities.push({ id: activity, kind: code.event.kind, title: code.event.title, date: code.event.date, hours: code.event.hours,
        organiser: code.organiser_name, attended: true, proof: CHECKIN.prefix + base32(code.bytes) });
      log(id, activity);
    }
    let key = attendeeKeys.get(id);
    if (!key) attendeeKeys.set(id, (key = await newKey()));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', code.bytes as BufferSource)).slice(0, 16);
    const w = new Writer(RECEIPT.tag).bytes(uuidBytes(code.event.id)).bytes(digest).bytes(code.organiser_key).bytes(key.public)
      .u32(now).str(p.profile.name_latin);
    return {
      activity, recorded: !same, event_id: code.event.id, title: code.event.title, date: code.event.date, hours: code.event.hours,
      organiser: code.organiser_name, fingerprint: await fingerprint(code.organiser_key),
      receipt: await sign(RECEIPT, w, key.pair.privateKey),
    };
  }

  async function receipt(evId: string, text: string): Promise<Json> {
    const org = requireOrganiser();
    const ev = event(evId);
    const all = bytesOf(RECEIPT, text);
    const r = new Reader(all.slice(0, all.length - 64));
    r.u8();
    const id = uuidText(r.take(16));
    r.take(16);
    const orgKey = r.take(32);
    const attendee = r.take(32);
    const at = r.u32();
    const name = r.str();
    r.done();
    await verifySig(RECEIPT, all, attendee);
    if (id !== ev.id) fail('other_event', `this receipt is for another event (${id}), not ${ev.id}`);
    if (String(orgKey) !== String(org.key.public)) fail('other_event', 'this receipt answers a code from another organiser');
    const list = registers.get(ev.id) ?? [];
    const fp = await fingerprint(attendee);
    const already = list.some((a) => a.fingerprint === fp);
    if (!already) list.push({ name, fingerprint: fp, checked_in_at: at });
    registers.set(ev.id, list);
    return { outcome: already ? 'already_listed' : 'added', attendee: name, fingerprint: fp };
  }

  const commands: Record<string, (args: any) => Promise<unknown>> = {
    organiser_info: async () => (await info()) ?? null,
    organiser_init: async (a) => {
      if (organiser) fail('invalid', 'this device already has an organiser identity');
      if (!String(a.name ?? '').trim()) fail('invalid', "the organiser's name is required");
      organiser = { name: a.name.trim(), organisation: a.organisation ?? null, key: await newKey() };
      return info();
    },
    events: async () => structuredClone(events),
    create_event: async (a) => {
      requireOrganiser();
      const e = a.event;
      if (!String(e.title ?? '').trim()) fail('invalid', 'an event needs a title');
      if (!(e.hours > 0 && e.hours <= 24)) fail('invalid', 'hours must be more than 0 and at most 24');
      const ev = { id: uuid(), title: e.title.trim(), kind: e.kind, date: e.date, hours: e.hours, place: e.place ?? null, programme: null, module: null };
      events.push(ev);
      return structuredClone(ev);
    },
    event_code: async (a) => issue(event(a.event), Math.floor(Date.now() / 1000)),
    event_receipt: async (a) => receipt(a.event, a.receipt),
    event_register: async (a) => structuredClone(registers.get(event(a.event).id) ?? []),
    check_in: async (a) => checkIn(a.id, a.code),
    attendance_sources: async (a) => {
      // As mosaic_attest::source: the proof must verify and still match the entry's date.
      const out: Record<string, Json> = {};
      for (const act of portfolio(a.id).activities) {
        if (!act.proof) {
          out[act.id] = { source: 'self_reported' };
          continue;
        }
        try {
          const c = await verifyCode(act.proof);
          out[act.id] = c.event.date === act.date && act.attended
            ? { source: 'verified', organiser: c.organiser_name, fingerprint: await fingerprint(c.organiser_key), event_id: c.event.id }
            : { source: 'invalid_proof', reason: 'the entry no longer matches the signed event' };
        } catch (e) {
          out[act.id] = { source: 'invalid_proof', reason: String(e) };
        }
      }
      return out;
    },
  };
  return commands;
}
