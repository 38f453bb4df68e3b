// TEST CODE ONLY. An in-memory stand-in for the Tauri commands (src-tauri/src/commands.rs)
// so the UI can be exercised in jsdom and in Chromium with `mockIPC`. It mirrors the
// command names, argument names, result shapes and error shape ({ kind, message }),
// and the core's summary rules (latest level per skill, attended activities only).

import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { createAttest } from './attest-mock';

ed.hashes.sha512 = sha512;

type Json = Record<string, any>;

interface Stored {
  role: string;
  portfolio: Json;
  history: Json[];
}

const SECTIONS = ['languages', 'certificates', 'programmes', 'activities', 'experience', 'education', 'skills', 'stories', 'goals', 'competences', 'reflections'];
const COMPETENCES = ['self_regulation', 'flexibility', 'wellbeing', 'empathy', 'communication', 'collaboration',
  'growth_mindset', 'critical_thinking', 'managing_learning'];
const GOAL_AREAS = ['education', 'work', 'volunteering', 'language', 'everyday_life'];
const REQUIRED: Record<string, string> = {
  certificates: 'title', programmes: 'title', experience: 'role', education: 'qualification', skills: 'name', stories: 'title',
  goals: 'title',
};
const LEVELS = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const SKILLS = ['listening', 'reading', 'spoken_interaction', 'spoken_production', 'writing'];

function fail(kind: string, message: string): never {
  throw { kind, message };
}

function uuid(): string {
  return crypto.randomUUID();
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}

function checkEntry(section: string, e: Json): void {
  const req = REQUIRED[section];
  if (req && (typeof e[req] !== 'string' || e[req].trim() === '')) fail('invalid', `invalid $.${req}: is required`);
  // Like the core: well-formed, and the primary subtag a known ISO 639 code (here: one Intl can name).
  const knownLanguage = (code: string) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)
    && new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code.split('-')[0] ?? '') !== undefined;
  if (section === 'languages' && !knownLanguage(e.code ?? '')) fail('invalid', `invalid $.code: \`${e.code}\` is not a language code`);
  if (section === 'activities' && !/^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '')) fail('invalid', 'invalid $.date: is not a date');
  if (section === 'reflections') {
    // As the core: some words, a new word, a photo or a voice note; a voice note is audio.
    const said = ['did', 'learned', 'met'].some((k) => typeof e[k] === 'string' && e[k].trim() !== '')
      || (e.new_words ?? []).some((w: string) => w.trim() !== '') || (e.photos ?? []).length > 0 || e.voice;
    if (!said) fail('invalid', 'invalid $.did: a reflection needs some words, a photo or a voice note');
    if (e.voice && !String(e.voice.mime).startsWith('audio/')) fail('invalid', 'invalid $.voice.mime: must be a sound recording');
  }
  if (section === 'goals') {
    if (!GOAL_AREAS.includes(e.area)) fail('invalid', `invalid $.area: unknown variant \`${e.area}\``);
    (e.steps ?? []).forEach((st: Json, i: number) => {
      if (typeof st.text !== 'string' || !st.text.trim()) fail('invalid', `invalid $.steps[${i}].text: is required`);
    });
  }
  for (const k of ['hours', 'min_attendance_pct', 'pass_mark_pct', 'attendance_pct', 'score_pct']) {
    if (e[k] != null && (typeof e[k] !== 'number' || e[k] < 0)) fail('invalid', `invalid $.${k}: out of range`);
  }
}

function withDefaults(section: string, e: Json): Json {
  const d: Record<string, Json> = {
    languages: { history: [], evidence: [] },
    certificates: { attachments: [], verification: { state: 'unverified' } },
    programmes: { modules: [] },
    activities: { attended: true },
    experience: { kind: 'paid' },
    education: { recognition: 'not_requested' },
    stories: { body: '', visibility: 'private' },
    goals: { steps: [], state: 'open' },
    reflections: { did: '', learned: '', met: '', visibility: 'private' },
  };
  const out = { ...(d[section] ?? {}), ...e };
  if (section === 'programmes') {
    out.requires = out.requires ?? [];
    out.modules = out.modules.map((m: Json) => ({ status: 'planned', optional: false, ...m }));
  }
  return out;
}

/** Mirrors `Programme::judge` in crates/mosaic-core/src/model/programme.rs. */
function judgeModule(p: Json, m: Json) {
  const min = m.min_attendance_pct ?? p.min_attendance_pct ?? null;
  const mark = m.pass_mark_pct ?? p.pass_mark_pct ?? null;
  const unmet: Json[] = [];
  if (m.status === 'failed') unmet.push({ rule: 'failed' });
  else if (m.status !== 'completed') unmet.push({ rule: 'not_completed', status: m.status });
  if (min != null) {
    if (m.attendance_pct == null) unmet.push({ rule: 'attendance_missing', min_pct: min });
    else if (m.attendance_pct + 1e-9 < min) unmet.push({ rule: 'attendance_below', attendance_pct: m.attendance_pct, min_pct: min });
  }
  if (mark != null) {
    if (m.score_pct == null) unmet.push({ rule: 'score_missing', pass_mark_pct: mark });
    else if (m.score_pct + 1e-9 < mark) unmet.push({ rule: 'score_below', score_pct: m.score_pct, pass_mark_pct: mark });
  }
  const finished = m.status === 'completed' || m.status === 'failed';
  const final = unmet.some((u) => ['failed', 'attendance_below', 'score_below'].includes(u.rule));
  const verdict = unmet.length === 0 ? 'met' : finished && final ? 'not_met' : 'pending';
  return { name: m.name, required: !m.optional, status: m.status, min_attendance_pct: min, pass_mark_pct: mark, verdict, unmet };
}

/** Mirrors `Programme::progress_among` (prerequisites looked up by template id). */
function progress(p: Json, all: Json[], seen: string[] = []): Json {
  const modules: Json[] = p.modules ?? [];
  const judged = modules.map((m) => judgeModule(p, m));
  let weighted = 0;
  let weight = 0;
  for (const m of modules) {
    if (m.attendance_pct != null) {
      const w = m.hours > 0 ? m.hours : 1;
      weighted += m.attendance_pct * w;
      weight += w;
    }
  }
  const unmet: Json[] = [];
  if (!judged.some((m) => m.required)) unmet.push({ rule: 'no_required_modules' });
  const own = p.template_id ? [...seen, p.template_id] : seen;
  for (const wanted of p.requires ?? []) {
    const cands = all.filter((o) => o.id !== p.id && o.template_id === wanted);
    const met = !own.includes(wanted) && cands.some((o) => progress(o, all, own).verdict === 'met');
    if (!met) unmet.push({ rule: 'prerequisite_not_met', template_id: wanted, title: cands[0]?.title ?? null });
  }
  const req = judged.filter((m) => m.required);
  const verdict = req.some((m) => m.verdict === 'not_met') ? 'not_met'
    : unmet.length === 0 && req.every((m) => m.verdict === 'met') ? 'met' : 'pending';
  const requirements_met = verdict === 'met' ? true : verdict === 'not_met' ? false : null;
  const completed = modules.filter((m) => m.status === 'completed').length;
  const hours_total = modules.reduce((n, m) => n + (m.hours ?? 0), 0);
  const att = weight > 0 ? weighted / weight : null;
  const g = { modules_total: modules.length, modules_completed: completed, hours_total, attendance_pct: att,
    modules: judged, unmet, verdict, requirements_met };
  return { id: p.id, title: p.title, stage: p.stage ?? null, template_id: p.template_id ?? null,
    modules_total: modules.length, modules_completed: completed, attendance_pct: att, requirements_met, progress: g, verdict };
}

/** The two I Belong templates, as `ProgrammeTemplate::builtin()` returns them. */
export const TEMPLATES: Json[] = [1, 2].map((n) => {
  const mod = (key: string, name: string, hours: number, min: number | null, mark: number) => ({
    key, name: { text: name, fluent_id: `tpl-mod-${key}` }, hours, level: `MQF ${n}`,
    ...(min == null ? {} : { min_attendance_pct: min }), pass_mark_pct: mark, optional: false });
  return {
    format: 'mosaic-programme-template', version: 1, id: `mt-ibelong-stage-${n}`, revision: 1,
    title: { text: `I Belong, Stage ${n}`, fluent_id: `tpl-mt-ibelong-stage-${n}` },
    provider: 'Integration and Anti-Racism Unit, Human Rights Directorate (Malta)', country: 'MT',
    stage: `Stage ${n}`, level: `MQF ${n}`, requires: n === 1 ? [] : ['mt-ibelong-stage-1'],
    ...(n === 1 ? { min_attendance_pct: 80, pass_mark_pct: 50 } : {}),
    modules: n === 1
      ? [mod('maltese', 'Maltese', 20, 80, 50), mod('english', 'English', 20, 80, 50), mod('cultural-orientation', 'Cultural orientation', 20, 80, 50)]
      : [mod('maltese', 'Maltese', 50, null, 65), mod('cultural-orientation', 'Cultural orientation', 120, 80, 75)],
  };
});

export function instantiate(tpl: Json, id: string): Json {
  return {
    id, title: tpl.title.text, provider: tpl.provider, stage: tpl.stage, level: tpl.level, template_id: tpl.id,
    requires: tpl.requires, modules: tpl.modules.map((m: Json) => ({
      name: m.name.text, key: m.key, status: 'planned', optional: m.optional, level: m.level, hours: m.hours,
      min_attendance_pct: m.min_attendance_pct ?? null, pass_mark_pct: m.pass_mark_pct })),
    min_attendance_pct: tpl.min_attendance_pct ?? null, pass_mark_pct: tpl.pass_mark_pct ?? null,
  };
}

export function summarize(id: string, s: Stored) {
  const p = s.portfolio;
  const languages = [...p.languages].sort((a: Json, b: Json) => a.code.localeCompare(b.code)).map((l: Json) => {
    const levels: Json = {};
    for (const a of [...l.history].sort((x: Json, y: Json) => x.date.localeCompare(y.date))) {
      for (const k of SKILLS) if (a.levels[k] && LEVELS.includes(a.levels[k])) levels[k] = a.levels[k];
    }
    return { code: l.code, levels };
  }).filter((l: Json) => Object.keys(l.levels).length > 0);
  const attended = p.activities.filter((a: Json) => a.attended !== false);
  return {
    id,
    role: s.role,
    name_latin: p.profile.name_latin,
    name_own_script: p.profile.name_own_script ?? null,
    city: p.profile.city ?? null,
    languages,
    programmes: [...p.programmes].sort((a: Json, b: Json) => a.title.localeCompare(b.title) || (a.stage ?? '').localeCompare(b.stage ?? ''))
      .map((g: Json) => { const { verdict: _v, ...row } = progress(g, p.programmes); return row; }),
    activities_attended: attended.length,
    activity_hours: attended.reduce((n: number, a: Json) => n + (a.hours ?? 0), 0),
    activities_confirmed: attended.filter((a: Json) => (a.endorsements ?? []).length > 0).length,
    last_activity: attended.map((a: Json) => a.date).sort().pop() ?? null,
    entries: SECTIONS.reduce((n, k) => n + (p[k]?.length ?? 0), 0),
  };
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);
const sha256Hex = (bytes: Uint8Array) => hex(sha256(bytes));
function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
/** RFC 3339 to the second, as the core writes `published_at`/`withdrawn_at`. */
const secondsIso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** A time-ordered id (UUID v7 layout), so consents list oldest first in id order as the core's. */
function uuid7(): string {
  const ms = Date.now().toString(16).padStart(12, '0');
  const r = crypto.randomUUID();
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${r.slice(15, 18)}-${r.slice(19)}`;
}

/** Mirrors `Checker::required`/`short` for a consent's one-line fields. */
function checkShort(field: string, value: string, required: boolean): void {
  if (required && value.trim() === '') fail('invalid', `invalid $.${field}: is required`);
  if (value.length > 300 * 4 || [...value].length > 300) {
    fail('invalid', `invalid $.${field}: is too long (${utf8(value).length} bytes; at most 300 characters)`);
  }
  if (/[\n\r]/.test(value)) fail('invalid', `invalid $.${field}: must be a single line`);
}

/** Mirrors `ConsentView::from`: a consent without its key seed, every field present. */
function consentView(c: Json): Json {
  return { id: c.id, story: c.story, organisation: c.organisation, testimonial_id: c.testimonial_id, title: c.title,
    included_photo: c.included_photo ?? null, first_name: c.first_name ?? null, given_at: c.given_at,
    withdrawn_at: c.withdrawn_at ?? null, public_key: c.public_key };
}

/** Mirrors `mosaic_core::testimonial::withdrawal_notice` (real Ed25519, same bytes every time). */
function withdrawalNotice(c: Json): string {
  const signed = { format: 'mosaic-testimonial-withdrawal', version: 1, testimonial_id: c.testimonial_id,
    organisation: c.organisation, withdrawn_at: c.withdrawn_at, public_key: c.public_key };
  const msg = utf8(`mosaic-testimonial-withdrawal/v1\n${JSON.stringify(signed)}`);
  const signature = base64(ed.sign(msg, Uint8Array.from(c.secret_key.match(/../g).map((h: string) => parseInt(h, 16)))));
  return JSON.stringify({ ...signed, signature }, null, 2);
}

export interface MemoryBackend {
  handle(cmd: string, args: any, headers?: Record<string, string>): unknown;
  feedback: Map<string, Json[]>;
  store: Map<string, Stored>;
  attachments: Map<string, { mime: string; bytes: Uint8Array }>;
  deleted: Set<string>;
  /** The options of every CV made through `render_cv`. */
  cvs: Json[];
  /** Copies saved through the save dialog, and files opened in the system's viewer. */
  saved: { from: string; to: string }[];
  opened: string[];
  calls: string[];
  /** Goal proposals per portfolio (tests add one for the owner's own portfolio). */
  proposals: Map<string, Json[]>;
  /** Testimonial consents per portfolio, as the core keeps them on this device only
   * (with their key seed); `portfolio` merges them in without it. */
  consents: Map<string, Json[]>;
  /** The text of the files written into the exports folder that the tests read
   * (testimonials and withdrawal notices), by path. */
  exports: Map<string, string>;
  /** The relay address each portfolio syncs through, recorded by its first sync or share
   * (as mosaic_sync records it; later syncs keep it until `move_relay` changes it). */
  relays: Map<string, string>;
  /** Relay addresses that belong to one deployment, a group per deployment (tests add
   * groups); see `move_relay` for the rule used for addresses in no group. */
  deployments: string[][];
}

export function createBackend(seed: { mentee?: boolean } = {}): MemoryBackend {
  const store = new Map<string, Stored>();
  const attachments = new Map<string, { mime: string; bytes: Uint8Array }>();
  /** Exported files deleted through `delete_export`. */
  const deleted = new Set<string>();
  const cvs: Json[] = [];
  const saved: { from: string; to: string }[] = [];
  const opened: string[] = [];
  const calls: string[] = [];
  /** The app lock as the shell keeps it. (The real PIN check is Argon2id in Rust; this
   * test backend only mirrors what the UI sees: locked commands fail, wrong PINs back off.) */
  let pin: string | null = null;
  let locked = false;
  let wrongPins = 0;
  const LOCK_COMMANDS = new Set(['lock_state', 'unlock', 'lock', 'app_info']);
  /** Per portfolio: mentors it was shared with, and feedback items (sync is not simulated). */
  const members = new Map<string, Json[]>();
  const feedback = new Map<string, Json[]>();
  /** Goal proposals per portfolio (a mentor's, as mosaic_sync keeps them in feedback). */
  const proposals = new Map<string, Json[]>();
  const declined = new Set<string>();
  const consents = new Map<string, Json[]>();
  const exports = new Map<string, string>();
  const writeExport = (path: string, text: string) => {
    exports.set(path, text);
    deleted.delete(path);
    return path;
  };
  const relays = new Map<string, string>();
  const deployments: string[][] = [];

  const get = (id: string): Stored => store.get(id) ?? fail('not_found', `no portfolio with id ${id}`);
  const section = (s: string) => (SECTIONS.includes(s) ? s : fail('invalid', `unknown section \`${s}\``));
  const log = (id: string, action: string, sec?: string, entry?: string) =>
    get(id).history.push({ time: Math.floor(Date.now() / 1000), device: 'memory', intent: { action, section: sec ?? null, entry: entry ?? null, by: 'me' }, hash: uuid() });

  function create(profile: Json, role = 'owner'): string {
    if (typeof profile?.name_latin !== 'string' || profile.name_latin.trim() === '') fail('invalid', 'invalid $.profile.name_latin: is required');
    const id = uuid();
    const portfolio: Json = { id, profile: { mother_tongues: [], ...profile } };
    for (const k of SECTIONS) portfolio[k] = [];
    store.set(id, { role, portfolio, history: [] });
    log(id, 'profile');
    return id;
  }

  if (seed.mentee) {
    const id = create({ name_latin: 'Amanuel Tesfay', name_own_script: 'ኣማኑኤል ተስፋይ', city: 'Valletta' }, 'mentee');
    const p = get(id).portfolio;
    p.languages.push({ id: uuid(), code: 'mt', history: [{ date: '2025-01-10', assessor: 'teacher', levels: { listening: 'A2', reading: 'A1' } }], evidence: [] });
    p.activities.push({ id: uuid(), kind: 'language_cafe', date: '2025-02-01', attended: true, hours: 2 });
    // A reflection he shared (a private one would never have reached the mentor's copy).
    p.reflections.push({ id: uuid(), date: '2025-02-01', did: '', learned: 'How to ask for the bus times', met: '',
      new_words: ['kemm'], visibility: 'mentors' });
  }

  function store_attachment(bytes: Uint8Array): Json {
    if (bytes.length === 0) fail('attachment', 'the file is empty');
    const isPdf = String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-';
    const isPng = bytes[0] === 0x89 && bytes[1] === 0x50;
    const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    if (!isPdf && !isPng && !isJpeg) fail('attachment', 'not a supported image or PDF');
    const mime = isPdf ? 'application/pdf' : isPng ? 'image/png' : 'image/jpeg';
    const sha256 = Array.from(bytes.slice(0, 32), (b) => b.toString(16).padStart(2, '0')).join('').padEnd(64, '0') + String(attachments.size);
    attachments.set(sha256, { mime, bytes });
    return { sha256, mime, size: bytes.length };
  }

  const relayOk = (url: unknown) => (typeof url === 'string' && url.startsWith('https://') ? url : fail('offline', 'relay unreachable, try again later: connection refused'));
  /** As mosaic_sync's first sync or share: the portfolio is registered at this address. */
  const register = (id: string, url: string) => {
    if (get(id).role === 'owner' && !relays.has(id)) relays.set(id, url.trim().replace(/\/+$/, ''));
  };
  /** mosaic_sync::check_relay_url: https, or plain http only to this device. */
  const relayUrlOk = (url: string) => {
    const refuse = () => fail('invalid', `relay address \`${url}\` refused: it must start with https:// (plain http:// only for a relay on this device)`);
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return refuse();
    }
    if (!u.hostname || u.username || u.password) refuse();
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname))) refuse();
  };
  /** The registrable part of a host, naively its last two labels (`relay.example.org` →
   * `example.org`; no public-suffix list: tests use plain names). */
  const site = (url: string) => {
    const host = new URL(url).hostname;
    return /^[\d.]+$|^\[/.test(host) ? host : host.split('.').slice(-2).join('.');
  };
  /** Whether two addresses reach one relay deployment. The real check is the relay's own
   * answer (it serves this device's documents and accepts its signatures); here: addresses
   * in one group of `deployments` are one deployment, an address in a group is not the same
   * deployment as one outside it, and two addresses in no group are one deployment when
   * both are https (or loopback http) and share the registrable host. */
  const sameDeployment = (from: string, to: string) => {
    const group = (u: string) => deployments.findIndex((g) => g.some((x) => x.replace(/\/+$/, '') === u));
    const [a, b] = [group(from), group(to)];
    if (a >= 0 || b >= 0) return a === b;
    return site(from) === site(to);
  };
  const addFeedback = (id: string, kind: string, entryId: string, text: string) => {
    get(id);
    const list = feedback.get(id) ?? [];
    // As mosaic_sync::feedback: the author is the mentor's known name and key fingerprint;
    // a confirmation is a signed statement, verified (here: taken as current).
    const item = { id: uuid(), kind, entry_id: entryId, text, by: 'Memory Mentor', fingerprint: '0a1b-2c3d-4e5f-6a7b',
      status: kind === 'confirmation' ? 'current' : '', time: Math.floor(Date.now() / 1000), unread: false };
    list.unshift(item);
    feedback.set(id, list);
    return item.id;
  };

  const attest = createAttest((id) => get(id).portfolio, (id, entry) => log(id, 'add', 'activities', entry), uuid);

  function handle(cmd: string, args: any, headers: Record<string, string> = {}): unknown {
    calls.push(cmd);
    if (locked && !LOCK_COMMANDS.has(cmd)) fail('locked', 'the app is locked');
    const attestCommand = attest[cmd];
    if (attestCommand) return attestCommand(args);
    switch (cmd) {
      case 'lock_state':
        return { protected: pin !== null, locked, wait_secs: wrongPins >= 3 ? 30 : 0 };
      case 'unlock':
        if (wrongPins >= 3) fail('too_many_attempts', 'too many wrong PINs: try again in 30 s');
        if (args.pin !== pin) {
          wrongPins++;
          fail('wrong_pin', 'wrong PIN');
        }
        wrongPins = 0;
        locked = false;
        return null;
      case 'lock':
        locked = pin !== null;
        return locked;
      case 'set_pin':
        if (args.pin !== null && String(args.pin).length < 4) fail('invalid', 'invalid pin: must be 4 to 64 characters');
        pin = args.pin;
        return null;
      case 'app_info':
        return { version: '0.1.0', data_dir: '/memory', device_id: 'memory' };
      case 'list_portfolios':
        return [...store.entries()].map(([id, s]) => summarize(id, s));
      case 'summary':
        return summarize(args.id, get(args.id));
      case 'create_portfolio':
        return create(args.profile);
      case 'portfolio': {
        // As the core: device-only consents merged in, in id order; the shell blanks their seeds.
        const p = clone(get(args.id).portfolio);
        p.consents = clone(consents.get(args.id) ?? []).map((c: Json) => ({ ...c, secret_key: '' }))
          .sort((a: Json, b: Json) => a.id.localeCompare(b.id));
        return p;
      }
      case 'update_profile':
        get(args.id).portfolio.profile = clone(args.profile);
        log(args.id, 'profile');
        return null;
      case 'add_entry': {
        const p = get(args.id).portfolio;
        const sec = section(args.section);
        const e = withDefaults(sec, { id: uuid(), ...clone(args.entry) });
        checkEntry(sec, e);
        // As the core: a given id is accepted once (Undo adds a removed entry back with its id).
        if (p[sec].some((x: Json) => x.id === e.id)) fail('exists', `entry ${e.id} already exists`);
        p[sec].push(e);
        log(args.id, 'add', sec, e.id);
        return e.id;
      }
      case 'programme_templates':
        return clone(TEMPLATES);
      case 'start_programme': {
        const tpl = TEMPLATES.find((x) => x.id === args.template) ?? fail('import', `no programme template \`${args.template}\``);
        const e = instantiate(tpl, uuid());
        get(args.id).portfolio.programmes.push(e);
        log(args.id, 'add', 'programmes', e.id);
        return e.id;
      }
      case 'edit_entry': {
        const p = get(args.id).portfolio;
        const sec = section(args.section);
        const i = p[sec].findIndex((e: Json) => e.id === args.entryId);
        if (i < 0) fail('not_found', `no ${sec} entry with id ${args.entryId}`);
        if ('id' in args.patch) fail('invalid', 'invalid $.id: cannot be changed');
        const next = { ...p[sec][i] };
        for (const [k, v] of Object.entries(clone(args.patch))) {
          if (v === null) delete next[k];
          else next[k] = v;
        }
        const e = withDefaults(sec, next);
        checkEntry(sec, e);
        p[sec][i] = e;
        log(args.id, 'update', sec, e.id);
        return null;
      }
      case 'remove_entry': {
        const p = get(args.id).portfolio;
        const sec = section(args.section);
        const before = p[sec].length;
        p[sec] = p[sec].filter((e: Json) => e.id !== args.entryId);
        if (p[sec].length === before) fail('not_found', `no ${sec} entry with id ${args.entryId}`);
        log(args.id, 'remove', sec, args.entryId);
        return null;
      }
      case 'history':
        return get(args.id).history.filter((h) => !args.entryId || h.intent.entry === args.entryId);
      case 'import_attachment':
        return store_attachment(args instanceof Uint8Array ? args : fail('invalid', 'the file must be sent as raw bytes'));
      case 'attach_to_certificate': {
        const bytes = args instanceof Uint8Array ? args : fail('invalid', 'the file must be sent as raw bytes');
        const p = get(headers['x-portfolio'] ?? fail('invalid', 'missing or invalid x-portfolio header')).portfolio;
        const c = p.certificates.find((e: Json) => e.id === headers['x-entry']) ?? fail('not_found', `no certificates entry with id ${headers['x-entry']}`);
        const a = store_attachment(bytes);
        c.attachments.push(a);
        log(p.id, 'update', 'certificates', c.id);
        return a;
      }
      case 'attach_photo': {
        const bytes = args instanceof Uint8Array ? args : fail('invalid', 'the file must be sent as raw bytes');
        const p = get(headers['x-portfolio'] ?? fail('invalid', 'missing or invalid x-portfolio header')).portfolio;
        const section = headers['x-section'];
        if (section !== 'activities' && section !== 'stories' && section !== 'reflections') fail('attachment', `photos go with activities, stories and reflections, not with ${section}`);
        const e = p[section].find((x: Json) => x.id === headers['x-entry']) ?? fail('not_found', `no ${section} entry with id ${headers['x-entry']}`);
        const isPdf = String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-';
        if (isPdf) fail('attachment', 'only a photo can go here; this file is application/pdf');
        const a = store_attachment(bytes);
        e.photos = [...(e.photos ?? []), a];
        log(p.id, 'update', section, e.id);
        return a;
      }
      case 'store_voice_note': {
        // As mosaic_media::import_voice_note: sniffed from the content, at most 3 MiB.
        const bytes = args instanceof Uint8Array ? args : fail('invalid', 'the recording must be sent as raw bytes');
        if (bytes.length === 0) fail('attachment', 'voice note: the file is empty');
        const max = 3 * 1024 * 1024;
        if (bytes.length > max) fail('attachment', `voice note: the file is too large (${bytes.length} bytes; the limit is ${max} bytes)`);
        const head = String.fromCharCode(...bytes.slice(0, 12));
        const mime = bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3 ? 'audio/webm'
          : head.startsWith('OggS') ? 'audio/ogg'
          : head.startsWith('RIFF') && head.slice(8, 12) === 'WAVE' ? 'audio/wav'
          : head.slice(4, 8) === 'ftyp' ? 'audio/mp4'
          : head.startsWith('ID3') ? 'audio/mpeg'
          : fail('attachment', 'voice note: this is not a sound recording (record in the app, or use WebM, Ogg, MP4, WAV or MP3)');
        const sha256 = Array.from(bytes.slice(-32), (b) => b.toString(16).padStart(2, '0')).join('').padEnd(60, '0') + String(attachments.size).padStart(4, '0');
        attachments.set(sha256, { mime, bytes });
        return { sha256, mime, size: bytes.length };
      }
      case 'import_badge': {
        const bytes = args instanceof Uint8Array ? args : fail('invalid', 'the badge must be sent as raw bytes');
        if (!(bytes[0] === 0x89 && bytes[1] === 0x50)) fail('attachment', 'not a PNG image');
        const id = headers['x-portfolio'] ?? fail('invalid', 'missing or invalid x-portfolio header');
        const e = { id: uuid(), title: 'Open Badge', kind: 'other', attachments: [store_attachment(bytes)],
          verification: { state: 'credential_not_verified', reason: 'the credential has no proof' } };
        get(id).portfolio.certificates.push(e);
        log(id, 'add', 'certificates', e.id);
        return e.id;
      }
      case 'attachment': {
        const a = attachments.get(args.sha256) ?? fail('not_found', `no attachment with hash ${args.sha256}`);
        return a.bytes.buffer.slice(a.bytes.byteOffset, a.bytes.byteOffset + a.bytes.byteLength);
      }
      case 'export_json':
        return JSON.stringify({ format: 'mosaic-portfolio', version: 1, portfolio: { ...get(args.id).portfolio, consents: consents.get(args.id) ?? [] } }, null, 2);
      case 'import_json': {
        const parsed = JSON.parse(args.json);
        return create(parsed.portfolio?.profile ?? fail('import', 'import failed at $: not a Mosaic export'));
      }
      case 'restore_backup': {
        // Test stand-ins: a plain zip is "PK" then the JSON export; a sealed backup is
        // "AGE:<passphrase>\n" then the same (the real files are read by the core).
        let bytes = args instanceof Uint8Array ? args : fail('invalid', 'the backup must be sent as raw bytes');
        const text = new TextDecoder().decode(bytes);
        if (text.startsWith('AGE:')) {
          const head = text.split('\n', 1)[0] ?? '';
          const given = headers['x-passphrase'] ? decodeURIComponent(headers['x-passphrase']) : '';
          if (!given) fail('passphrase', 'this backup is sealed: give its passphrase');
          if (given !== head.slice(4)) fail('passphrase', 'wrong passphrase for this backup');
          bytes = new TextEncoder().encode(`PK${text.slice(head.length + 1)}`);
        }
        if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) fail('import', 'import failed at backup: not a Mosaic backup zip');
        const p = JSON.parse(new TextDecoder().decode(bytes.slice(2))).portfolio;
        if (store.has(p.id)) fail('exists', `portfolio ${p.id} already exists`);
        store.set(p.id, { role: 'owner', portfolio: clone(p), history: [] });
        return p.id;
      }
      case 'backup':
        get(args.id);
        if (!args.passphrase) fail('passphrase', 'a backup needs a passphrase');
        return { backup: `/memory/exports/mosaic-${args.id}.age` };
      case 'erase_portfolio':
        get(args.id);
        store.delete(args.id);
        consents.delete(args.id);
        return null;
      case 'erase_everything':
        store.clear();
        attachments.clear();
        consents.clear();
        return null;
      case 'publish_testimonial': {
        // Mirrors Mosaic::publish_testimonial and the shell's file in exports/.
        const p = get(args.id).portfolio;
        const story = p.stories.find((e: Json) => e.id === args.story) ?? fail('not_found', `no stories entry with id ${args.story}`);
        const organisation = String(args.organisation ?? '').trim();
        const firstName: string | null = args.firstName == null ? null : String(args.firstName).trim();
        const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
        const list = consents.get(args.id) ?? [];
        const active = list.find((c) => c.story === story.id && c.withdrawn_at == null && same(c.organisation, organisation));
        if (active) {
          fail('invalid', `testimonial: this story is already published to ${active.organisation} (consent ${active.id}); withdraw it first to publish it there again`);
        }
        let photo: { sha: string; mime: string; bytes: Uint8Array } | null = null;
        if (args.photo != null) {
          const sha = String(args.photo).trim().toLowerCase();
          if (!(story.photos ?? []).some((f: Json) => f.sha256 === sha)) fail('invalid', `testimonial: photo ${sha} is not one of this story's photos`);
          const a = attachments.get(sha) ?? fail('not_found', `no attachment with hash ${sha}`);
          photo = { sha, ...a };
        }
        checkShort('organisation', organisation, true);
        if (firstName !== null) checkShort('first_name', firstName, true);
        const secret = ed.utils.randomSecretKey();
        const publicKey = hex(ed.getPublicKey(secret));
        const given = secondsIso(Date.now());
        const consent: Json = { id: uuid7(), story: story.id, organisation, testimonial_id: uuid(), title: story.title,
          ...(photo ? { included_photo: photo.sha } : {}), ...(firstName !== null ? { first_name: firstName } : {}),
          given_at: given, public_key: publicKey, secret_key: hex(secret) };
        const digests = { title: sha256Hex(utf8(story.title)), body: sha256Hex(utf8(story.body ?? '')),
          first_name: firstName === null ? null : sha256Hex(utf8(firstName)),
          photo: photo ? { mime: photo.mime, sha256: photo.sha } : null };
        const signed = { format: 'mosaic-testimonial', version: 1, testimonial_id: consent.testimonial_id, organisation,
          published_at: given, public_key: publicKey, digests };
        const signature = base64(ed.sign(utf8(`mosaic-testimonial/v1\n${JSON.stringify(signed)}`), secret));
        const file = { format: signed.format, version: 1, testimonial_id: consent.testimonial_id, organisation, title: story.title,
          body: story.body ?? '', first_name: firstName, photo: photo ? { mime: photo.mime, data: base64(photo.bytes) } : null,
          published_at: given, digests, public_key: publicKey, signature };
        consents.set(args.id, [...list, consent]);
        log(args.id, 'add', 'consents', consent.id);
        const path = writeExport(`/memory/exports/testimonial-${consent.testimonial_id.slice(0, 8)}.json`, JSON.stringify(file, null, 2));
        return { consent: consentView(consent), path };
      }
      case 'withdraw_testimonial': {
        get(args.id);
        const c = (consents.get(args.id) ?? []).find((x) => x.id === args.consent) ?? fail('not_found', `no consents entry with id ${args.consent}`);
        if (c.withdrawn_at == null) {
          const now = secondsIso(Date.now());
          c.withdrawn_at = now < c.given_at ? c.given_at : now;
          log(args.id, 'update', 'consents', c.id);
        }
        return writeExport(`/memory/exports/withdrawal-${c.testimonial_id.slice(0, 8)}.json`, withdrawalNotice(c));
      }
      case 'consents':
        get(args.id);
        return (consents.get(args.id) ?? []).map(consentView).sort((a, b) => a.id.localeCompare(b.id));
      case 'render_cv': {
        get(args.id);
        const o = args.options;
        if (!['en', 'ar', 'fr', 'de'].includes(o.lang)) fail('invalid', `unknown CV language \`${o.lang}\``);
        if (!['europass', 'compact'].includes(o.template)) fail('invalid', `unknown CV template \`${o.template}\``);
        // Like mosaic_cv::qr_link: https (http only on this device), no fragment of its own.
        const url: string | undefined = o.verify_url;
        if (url !== undefined && !(/^https:\/\/\S+$/.test(url) || /^http:\/\/(localhost|127\.0\.0\.1)\S*$/.test(url)) || url?.includes('#')) {
          fail('cv', `\`${url}\` is not a verification page address`);
        }
        cvs.push(clone(o));
        return `/memory/exports/mosaic-cv-${args.id}-${o.lang}-${o.template}.pdf`;
      }
      case 'save_export_as': {
        // The shell's save dialog: `window.__mosaicSaveAs` stands in for the person's choice
        // (null: cancelled).
        if (!/^\/memory\/exports\/[^/]+$/.test(args.path) || deleted.has(args.path)) fail('invalid', `${args.path} is not a file Mosaic exported`);
        const chosen = (globalThis as { __mosaicSaveAs?: string | null }).__mosaicSaveAs;
        if (chosen === null) return null;
        const dest = chosen ?? `/memory/chosen/${args.path.split('/').pop()}`;
        saved.push({ from: args.path, to: dest });
        return dest;
      }
      case 'open_export':
        if (!/^\/memory\/exports\/[^/]+$/.test(args.path) || deleted.has(args.path)) fail('invalid', `${args.path} is not a file Mosaic exported`);
        opened.push(args.path);
        return null;
      case 'delete_export':
        // Like the shell: only a file in the exports folder, and only once.
        if (!/^\/memory\/exports\/[^/]+$/.test(args.path)) fail('invalid', `${args.path} is not a file Mosaic exported`);
        if (deleted.has(args.path)) fail('not_found', `${args.path} is already gone`);
        deleted.add(args.path);
        return null;
      case 'cv_languages':
        return ['en', 'ar', 'fr', 'de'];
      case 'device_code':
        return 'MOSAIC-D1-MEMORYDEVICECODE';
      case 'sync':
        // A mentee's portfolio syncs with the relay its share code named, whatever is set.
        if (get(args.id).role !== 'mentee') register(args.id, relayOk(args.relayUrl));
        return { pulled_entries: 0, applied_changes: 0, pushed_changes: get(args.id).history.length, cursor: 1, warnings: [] };
      case 'move_relay': {
        // As mosaic_sync::move_relay: the address is checked, the portfolio must have a relay
        // already, the new address must be the same deployment (see `sameDeployment`); then
        // every document synced through the old address moves, in one step. Refused: nothing
        // changes.
        get(args.id);
        const to = String(args.relayUrl).trim().replace(/\/+$/, '');
        relayUrlOk(to);
        const from = relays.get(args.id) ?? fail('invalid', 'this portfolio has not been synced yet: there is no relay to move from');
        if (from === to) return { from, to, documents: 0 };
        if (args.newRelay) {
          // As mosaic_sync::move_to_new_relay: an owner's portfolio is copied to the other
          // relay; its feedback documents stay until each mentor follows the notice.
          if (get(args.id).role === 'mentee') fail('invalid', "only the owner's devices can move a portfolio to another relay");
          relays.set(args.id, to);
          return { from, to, documents: 1 };
        }
        if (!sameDeployment(from, to)) {
          fail('refused', `relay refused: the relay at ${to} does not hold this portfolio: it is not another address of the same relay (to copy the portfolio to a different relay, move it as a new relay); nothing changed`);
        }
        // The portfolio and one feedback document per mentor it was ever shared with.
        let documents = 0;
        for (const [id, url] of relays) {
          if (url !== from) continue;
          relays.set(id, to);
          documents += 1 + (members.get(id) ?? []).filter((m) => m.role === 'mentor').length;
        }
        return { from, to, documents };
      }
      case 'share_code': {
        get(args.id);
        relayOk(args.relayUrl);
        if (!String(args.recipient).startsWith('MOSAIC-D1-')) fail('code', 'invalid code: not a device code');
        register(args.id, args.relayUrl);
        {
          const list = members.get(args.id) ?? [];
          const name = args.role === 'mentor' ? `Mentor ${list.length + 1}` : `Device ${list.length + 1}`;
          const all = ['languages', 'certificates', 'programmes', 'activities', 'experience', 'education', 'skills', 'stories', 'goals', 'competences', 'reflections'];
          const sections = args.role === 'mentor' ? (args.sections ?? all) : null;
          list.push({ name, id: uuid().slice(0, 8), revoked: false, role: args.role, sections });
          members.set(args.id, list);
        }
        return `MOSAIC-S1-${args.role.toUpperCase()}-${uuid()}`;
      }
      case 'join': {
        if (!String(args.code).startsWith('MOSAIC-S1-')) fail('code', 'invalid code: not a share code');
        const id = create({ name_latin: 'Joined Mentee' }, 'mentee');
        return { portfolio: id, role: 'mentee', from: 'Joined Mentee', sync: { pulled_entries: 1, applied_changes: 1, pushed_changes: 0, cursor: 1, warnings: [] } };
      }
      case 'set_shared_sections': {
        const m = (members.get(args.id) ?? []).find((x) => (x.id === args.member || x.name === args.member) && !x.revoked) ?? fail('invalid', `no current mentor or device \`${args.member}\``);
        if (m.role !== 'mentor' || m.sections === null) fail('invalid', 'only a mentor with a view of their own has sections');
        m.sections = [...args.sections];
        return null;
      }
      case 'members':
        get(args.id);
        return clone(members.get(args.id) ?? []);
      case 'revoke': {
        const m = (members.get(args.id) ?? []).find((x) => x.id === args.member || x.name === args.member) ?? fail('invalid', 'no such member');
        m.revoked = true;
        return { revoked: m.name, epoch: 1, completed: true, sync: null };
      }
      case 'mentees':
        return [...store.entries()].filter(([, s]) => s.role === 'mentee').map(([id, s]) => {
          const items = feedback.get(id) ?? [];
          return { summary: summarize(id, s), comments: items.filter((i) => i.kind === 'comment').length,
            confirmations: items.filter((i) => i.kind === 'confirmation').length, unread_feedback: items.filter((i) => i.unread).length, cursor: 1 };
        });
      case 'comment':
        if (get(args.id).role !== 'mentee') fail('invalid', 'you are not a mentor of this portfolio');
        return addFeedback(args.id, 'comment', args.entryId, args.text);
      case 'assess_competence': {
        // As Mosaic::assess_competence: one entry per competence, its history grows.
        const p = get(args.id).portfolio;
        if (!COMPETENCES.includes(args.code)) fail('invalid', `invalid $.code: unknown variant \`${args.code}\``);
        const a = args.assessment ?? {};
        if (!Number.isInteger(a.level) || a.level < 1 || a.level > 4) fail('invalid', 'invalid $.history[0].level: must be 1 to 4');
        let c = p.competences.filter((x: Json) => x.code === args.code).sort((x: Json, y: Json) => x.id.localeCompare(y.id))[0];
        if (!c) {
          c = { id: uuid(), code: args.code, history: [], evidence: [] };
          p.competences.push(c);
        }
        c.history.push(clone(a));
        log(args.id, 'update', 'competences', c.id);
        return c.id;
      }
      case 'link_competence': {
        const p = get(args.id).portfolio;
        const c = p.competences.find((x: Json) => x.code === args.code) ?? fail('invalid', `invalid code: ${args.code} has no assessment yet; assess it first`);
        if (!SECTIONS.some((k) => p[k].some((e: Json) => e.id === args.entry))) fail('not_found', `no any entry with id ${args.entry}`);
        if (!c.evidence.includes(args.entry)) c.evidence.push(args.entry);
        log(args.id, 'update', 'competences', c.id);
        return null;
      }
      case 'propose_goal': {
        if (get(args.id).role !== 'mentee') fail('invalid', 'you are not a mentor of this portfolio');
        const g = args.goal ?? {};
        const extra = Object.keys(g).find((k) => !['title', 'area', 'due', 'steps'].includes(k));
        if (extra) fail('invalid', `a mentor proposes only title, area, due, steps; not \`${extra}\``);
        if (typeof g.title !== 'string' || !g.title.trim()) fail('invalid', 'proposed goal: invalid $.title: is required');
        if (!GOAL_AREAS.includes(g.area)) fail('invalid', `proposed goal: unknown variant \`${g.area}\``);
        const item = { id: uuid(), by: 'Memory Mentor', fingerprint: '0a1b-2c3d-4e5f-6a7b', time: Math.floor(Date.now() / 1000),
          goal: { id: '00000000-0000-0000-0000-000000000000', steps: [], state: 'open', ...g } };
        proposals.set(args.id, [item, ...(proposals.get(args.id) ?? [])]);
        return item.id;
      }
      case 'goal_proposals': {
        const p = get(args.id).portfolio;
        return (proposals.get(args.id) ?? []).map((x: Json) => ({
          ...x,
          state: p.goals.some((g: Json) => g.proposed_by?.proposal === x.id) ? 'accepted' : declined.has(x.id) ? 'declined' : 'open',
        }));
      }
      case 'accept_goal': {
        const p = get(args.id).portfolio;
        const x = (proposals.get(args.id) ?? []).find((y: Json) => y.id === args.proposal) ?? fail('invalid', `no goal proposal ${args.proposal} on this portfolio`);
        if (p.goals.some((g: Json) => g.proposed_by?.proposal === x.id)) fail('invalid', `goal proposal ${x.id} is already one of your goals`);
        const goal = { ...x.goal, id: uuid(), proposed_by: { name: x.by, fingerprint: x.fingerprint, proposal: x.id } };
        p.goals.push(goal);
        log(args.id, 'add', 'goals', goal.id);
        return goal.id;
      }
      case 'decline_goal':
        (proposals.get(args.id) ?? []).find((y: Json) => y.id === args.proposal) ?? fail('invalid', `no goal proposal ${args.proposal} on this portfolio`);
        declined.add(args.proposal);
        return null;
      case 'confirm':
        if (get(args.id).role !== 'mentee') fail('invalid', 'you are not a mentor of this portfolio');
        return addFeedback(args.id, 'confirmation', args.entryId, args.kind);
      case 'entry_confirmations': {
        // Mirrors the entry_confirmations command: each confirmation of an entry, as verified
        // by the backend (the memory backend signs nothing, so every one reads as current).
        get(args.id);
        const out: Record<string, Json[]> = {};
        for (const f of feedback.get(args.id) ?? []) {
          if (f.kind !== 'confirmation') continue;
          (out[f.entry_id] ??= []).push({ status: 'current', endorsement: { portfolio: args.id, entry: f.entry_id,
            kind: f.text, signer: f.by, role: 'mentor', fingerprint: f.fingerprint, signed_at: f.time } });
        }
        return out;
      }
      case 'feedback':
        get(args.id);
        return clone(feedback.get(args.id) ?? []);
      case 'export_badge': {
        // As mosaic_sync::export_badge: only a current confirmation of the entry has a badge
        // (the memory backend signs nothing; the real proof is tested in Rust and node).
        get(args.id);
        const c = (feedback.get(args.id) ?? []).find((f) => f.kind === 'confirmation' && f.entry_id === args.entryId);
        if (!c) fail('invalid', `entry ${args.entryId} has no signed confirmation`);
        if (c.status !== 'current') fail('invalid', `the confirmation of entry ${args.entryId} is for an earlier version of it`);
        const badge = { '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
          type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: { name: c.by }, credentialSubject: { achievement: { id: `urn:uuid:${c.entry_id}` } } };
        return writeExport(`/memory/exports/badge-${String(args.entryId).replace(/-/g, '').slice(0, 8)}.json`, JSON.stringify(badge, null, 2));
      }
      case 'mark_feedback_read':
        for (const f of feedback.get(args.id) ?? []) f.unread = false;
        return null;
      default:
        return fail('invalid', `unknown command ${cmd}`);
    }
  }

  return { handle, store, attachments, deleted, cvs, saved, opened, calls, feedback, proposals, consents, exports, relays, deployments };
}
