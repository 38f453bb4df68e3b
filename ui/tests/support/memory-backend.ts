// TEST CODE ONLY. An in-memory stand-in for the Tauri commands (src-tauri/src/commands.rs)
// so the UI can be exercised in jsdom and in Chromium with `mockIPC`. It mirrors the
// command names, argument names, result shapes and error shape ({ kind, message }),
// and the core's summary rules (latest level per skill, attended activities only).

type Json = Record<string, any>;

interface Stored {
  role: string;
  portfolio: Json;
  history: Json[];
}

const SECTIONS = ['languages', 'certificates', 'programmes', 'activities', 'experience', 'education', 'skills', 'stories'];
const REQUIRED: Record<string, string> = {
  certificates: 'title', programmes: 'title', experience: 'role', education: 'qualification', skills: 'name', stories: 'title',
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
  if (section === 'languages' && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(e.code ?? '')) fail('invalid', `invalid $.code: \`${e.code}\` is not a language code`);
  if (section === 'activities' && !/^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '')) fail('invalid', 'invalid $.date: is not a date');
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
  };
  const out = { ...(d[section] ?? {}), ...e };
  if (section === 'programmes') out.modules = out.modules.map((m: Json) => ({ status: 'planned', ...m }));
  return out;
}

function progress(p: Json) {
  const modules: Json[] = p.modules ?? [];
  const total = modules.length;
  const completed = modules.filter((m) => m.status === 'completed').length;
  let weighted = 0;
  let weight = 0;
  for (const m of modules) {
    if (m.attendance_pct != null) {
      const w = m.hours > 0 ? m.hours : 1;
      weighted += m.attendance_pct * w;
      weight += w;
    }
  }
  const att = weight > 0 ? weighted / weight : null;
  const attMet = p.min_attendance_pct == null ? true : att == null ? null : att + 1e-9 >= p.min_attendance_pct;
  let scores: boolean | null = true;
  for (const m of modules) {
    const mark = m.pass_mark_pct ?? p.pass_mark_pct;
    if (mark == null) continue;
    if (m.score_pct == null) { if (scores === true) scores = null; } else if (m.score_pct + 1e-9 < mark) scores = false;
  }
  const met = attMet === false || scores === false ? false : attMet === true && scores === true && total > 0 ? true : null;
  return { title: p.title, modules_total: total, modules_completed: completed, attendance_pct: att, requirements_met: met };
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
    programmes: [...p.programmes].sort((a: Json, b: Json) => a.title.localeCompare(b.title)).map(progress),
    activities_attended: attended.length,
    activity_hours: attended.reduce((n: number, a: Json) => n + (a.hours ?? 0), 0),
    activities_confirmed: attended.filter((a: Json) => a.confirmed).length,
    last_activity: attended.map((a: Json) => a.date).sort().pop() ?? null,
    entries: SECTIONS.reduce((n, k) => n + p[k].length, 0),
  };
}

export interface MemoryBackend {
  handle(cmd: string, args: any): unknown;
  store: Map<string, Stored>;
  attachments: Map<string, { mime: string; bytes: Uint8Array }>;
  calls: string[];
}

export function createBackend(seed: { mentee?: boolean } = {}): MemoryBackend {
  const store = new Map<string, Stored>();
  const attachments = new Map<string, { mime: string; bytes: Uint8Array }>();
  const calls: string[] = [];

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
  }

  function handle(cmd: string, args: any): unknown {
    calls.push(cmd);
    switch (cmd) {
      case 'app_info':
        return { version: '0.1.0', data_dir: '/memory', device_id: 'memory' };
      case 'list_portfolios':
        return [...store.entries()].map(([id, s]) => summarize(id, s));
      case 'summary':
        return summarize(args.id, get(args.id));
      case 'create_portfolio':
        return create(args.profile);
      case 'portfolio':
        return clone(get(args.id).portfolio);
      case 'update_profile':
        get(args.id).portfolio.profile = clone(args.profile);
        log(args.id, 'profile');
        return null;
      case 'add_entry': {
        const p = get(args.id).portfolio;
        const sec = section(args.section);
        const e = withDefaults(sec, { id: uuid(), ...clone(args.entry) });
        checkEntry(sec, e);
        p[sec].push(e);
        log(args.id, 'add', sec, e.id);
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
      case 'import_attachment': {
        const bytes = args instanceof Uint8Array ? args : fail('invalid', 'the file must be sent as raw bytes');
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
      case 'attachment': {
        const a = attachments.get(args.sha256) ?? fail('not_found', `no attachment with hash ${args.sha256}`);
        return a.bytes.buffer.slice(a.bytes.byteOffset, a.bytes.byteOffset + a.bytes.byteLength);
      }
      case 'export_json':
        return JSON.stringify({ format: 'mosaic-portfolio', version: 1, portfolio: get(args.id).portfolio }, null, 2);
      case 'import_json': {
        const parsed = JSON.parse(args.json);
        return create(parsed.portfolio?.profile ?? fail('import', 'import failed at $: not a Mosaic export'));
      }
      case 'backup':
        get(args.id);
        return { json: `/memory/exports/mosaic-${args.id}.json`, backup: `/memory/exports/mosaic-${args.id}.zip` };
      case 'erase_portfolio':
        get(args.id);
        store.delete(args.id);
        return null;
      case 'erase_everything':
        store.clear();
        attachments.clear();
        return null;
      case 'render_cv':
        return fail('unavailable', 'PDF CVs arrive with the mosaic-cv crate');
      case 'cv_languages':
        return [];
      default:
        return fail('invalid', `unknown command ${cmd}`);
    }
  }

  return { handle, store, attachments, calls };
}
