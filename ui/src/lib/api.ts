// The one place the UI talks to the Tauri shell: one function per command.
import { invoke } from '@tauri-apps/api/core';
import type { ProgrammeTemplate } from './bindings/ProgrammeTemplate';
import type { ActivityKind } from './bindings/ActivityKind';
import type { AttachmentRef } from './bindings/AttachmentRef';
import type { HistoryEvent } from './bindings/HistoryEvent';
import type { Portfolio } from './bindings/Portfolio';
import type { PortfolioSummary } from './bindings/PortfolioSummary';
import type { Profile } from './bindings/Profile';
import type { Section } from './bindings/Section';
import type { Goal } from './bindings/Goal';
import type { CompetenceCode } from './bindings/CompetenceCode';
import type { CompetenceAssessment } from './bindings/CompetenceAssessment';
import type { ConsentView } from './bindings/ConsentView';

/** What every failing command rejects with. */
export interface ApiError {
  kind:
    | 'invalid' | 'not_found' | 'exists' | 'import' | 'attachment' | 'unavailable' | 'storage'
    | 'cv' | 'offline' | 'refused' | 'code' | 'sync' | 'busy'
    | 'expired' | 'future' | 'other_event'
    | 'locked' | 'wrong_pin' | 'too_many_attempts' | 'passphrase';
  message: string;
}

/** A mentor's goal proposal (mosaic_sync::GoalProposal). */
export interface GoalProposal {
  id: string;
  by: string;
  fingerprint: string;
  time: number;
  goal: Goal | null;
  problem?: string;
  state: 'open' | 'accepted' | 'declined';
}

export interface AppInfo {
  version: string;
  data_dir: string;
  device_id: string;
}

export interface Exported {
  backup: string;
  /** Only from an older shell, which also wrote a plain JSON export. */
  json?: string;
}

/** The app lock, as the shell reports it. */
export interface LockState {
  protected: boolean;
  locked: boolean;
  wait_secs: number;
}

/** A story just published as a testimonial: its consent, and the signed file in the exports
 * folder for her to send the organisation. */
export interface PublishedTestimonial {
  consent: ConsentView;
  path: string;
}

export type CvTemplate = 'europass' | 'compact';
export type CvSection =
  | 'about' | 'work' | 'volunteering' | 'education' | 'languages' | 'certificates' | 'programmes' | 'activities' | 'skills';

/** mosaic_cv::CvOptions */
export interface CvOptions {
  lang: string;
  template: CvTemplate;
  sections: CvSection[];
  include_photo: boolean;
  /** Where the verification page is hosted; the CV's QR code then links to it. */
  verify_url?: string;
}

/** mosaic_sync::SyncReport (the fields the UI reads). */
export interface SyncReport {
  pulled_entries: number;
  applied_changes: number;
  pushed_changes: number;
  cursor: number;
  warnings: string[];
}

/** mosaic_sync::MoveReport: a portfolio moved to another address of the same relay. */
export interface MoveReport {
  /** The old address. */
  from: string;
  /** The new address. */
  to: string;
  /** Documents (the portfolio and its feedback documents) now synced through `to`. */
  documents: number;
}

export interface JoinReport {
  portfolio: string;
  role: string;
  from: string;
  sync: SyncReport;
}

export interface Member {
  name: string;
  id: string;
  revoked: boolean;
  /** `mentor`, or `device` (another device of the owner). */
  role: 'mentor' | 'device';
  /** A mentor's view: the sections it shows. `null` for a device, and for a mentor shared
   * with by an earlier version (who reads the whole portfolio). */
  sections: string[] | null;
}

/** The sections a mentor can be shown, in their usual order. */
export const SHAREABLE_SECTIONS = [
  'languages', 'certificates', 'programmes', 'activities', 'experience', 'education',
  'skills', 'stories', 'goals', 'competences', 'reflections',
] as const;

export interface RevokeReport {
  revoked: string;
  epoch: number;
  completed: boolean;
}

export interface FeedbackItem {
  id: string;
  kind: 'comment' | 'confirmation';
  entry_id: string;
  text: string;
  /** The mentor's known name (comments) or the verified signer's name (confirmations). */
  by: string;
  /** Fingerprint of the mentor's key. */
  fingerprint: string;
  /** Confirmations: 'current', 'earlier_version' or 'invalid' (never counts); '' for comments. */
  status: '' | 'current' | 'earlier_version' | 'invalid';
  reason?: string;
  statement?: string;
  time: number;
  unread: boolean;
}

export interface MenteeSummary {
  summary: PortfolioSummary;
  comments: number;
  confirmations: number;
  unread_feedback: number;
  cursor: number;
}

export type ShareRole = 'mentor' | 'device';

/** mosaic_attest::OrganiserInfo: this device as an organiser (never the secret key). */
export interface OrganiserInfo {
  name: string;
  organisation: string | null;
  public_key: string;
  fingerprint: string;
}

/** mosaic_attest::Event */
export interface AttestEvent {
  id: string;
  title: string;
  kind: ActivityKind;
  date: string;
  hours: number;
  place: string | null;
  programme: string | null;
  module: string | null;
}

/** mosaic_attest::NewEvent */
export interface NewEvent {
  title: string;
  kind: ActivityKind;
  date: string;
  hours: number;
  place?: string | null;
}

/** mosaic_attest::Source: who vouches for an activity, verified now from its signed proof. */
export type AttendanceSource =
  | { source: 'verified'; organiser: string; fingerprint: string; event_id: string }
  | { source: 'self_reported' }
  | { source: 'invalid_proof'; reason: string };

/** mosaic_attest::Endorsement: a signed confirmation whose signature verified. */
export interface Endorsement {
  portfolio: string;
  entry: string;
  kind: 'attendance' | 'certificate_seen' | 'level_assessed' | 'work_experience' | 'programme_result';
  signer: string;
  role: 'mentor' | 'organiser' | 'teacher';
  fingerprint: string;
  signed_at: number;
}

/** mosaic_attest::Standing: a signed confirmation checked now against its entry. */
export type Standing =
  | { status: 'current'; endorsement: Endorsement }
  | { status: 'earlier_version'; endorsement: Endorsement }
  | { status: 'invalid'; reason: string };

/** mosaic_attest::CheckIn: what a check-in did (`recorded` false: already checked in). */
export interface CheckInResult {
  activity: string;
  recorded: boolean;
  event_id: string;
  title: string;
  date: string;
  hours: number;
  organiser: string;
  fingerprint: string;
  receipt: string;
}

/** mosaic_attest::Attendee: one line of an event's register. */
export interface Attendee {
  name: string;
  fingerprint: string;
  checked_in_at: number;
}

export type ReceiptOutcome =
  | { outcome: 'added'; attendee: string; fingerprint: string }
  | { outcome: 'already_listed'; attendee: string; fingerprint: string };

/** The sections whose entries have photos. */
export type PhotoSection = 'activities' | 'stories' | 'reflections';

export function isApiError(e: unknown): e is ApiError {
  return typeof e === 'object' && e !== null && 'kind' in e && 'message' in e;
}

export const api = {
  appInfo: () => invoke<AppInfo>('app_info'),
  listPortfolios: () => invoke<PortfolioSummary[]>('list_portfolios'),
  summary: (id: string) => invoke<PortfolioSummary>('summary', { id }),
  createPortfolio: (profile: Profile) => invoke<string>('create_portfolio', { profile }),
  portfolio: (id: string) => invoke<Portfolio>('portfolio', { id }),
  updateProfile: (id: string, profile: Profile) => invoke<null>('update_profile', { id, profile }),
  addEntry: (id: string, section: Section, entry: Record<string, unknown>) =>
    invoke<string>('add_entry', { id, section, entry }),
  programmeTemplates: () => invoke<ProgrammeTemplate[]>('programme_templates'),
  startProgramme: (id: string, template: string) => invoke<string>('start_programme', { id, template }),
  editEntry: (id: string, section: Section, entryId: string, patch: Record<string, unknown>) =>
    invoke<null>('edit_entry', { id, section, entryId, patch }),
  removeEntry: (id: string, section: Section, entryId: string) =>
    invoke<null>('remove_entry', { id, section, entryId }),
  history: (id: string, entryId?: string) =>
    invoke<HistoryEvent[]>('history', { id, entryId: entryId ?? null }),
  importAttachment: (bytes: Uint8Array, fileName: string) =>
    invoke<AttachmentRef>('import_attachment', bytes, {
      headers: { 'x-file-name': encodeURIComponent(fileName) },
    }),
  attachToCertificate: (id: string, certId: string, bytes: Uint8Array, fileName: string) =>
    invoke<AttachmentRef>('attach_to_certificate', bytes, {
      headers: { 'x-file-name': encodeURIComponent(fileName), 'x-portfolio': id, 'x-entry': certId },
    }),
  /** A photo for an activity, a story or a reflection (images only; metadata removed by the shell). */
  attachPhoto: (id: string, section: PhotoSection, entryId: string, bytes: Uint8Array, fileName: string) =>
    invoke<AttachmentRef>('attach_photo', bytes, {
      headers: { 'x-file-name': encodeURIComponent(fileName), 'x-portfolio': id, 'x-section': section, 'x-entry': entryId },
    }),
  /** Stores a voice note (a sound recording of at most 3 MiB) for a reflection about to be
   *  saved with it; resolves to the reference the reflection keeps. */
  storeVoiceNote: (bytes: Uint8Array) => invoke<AttachmentRef>('store_voice_note', bytes),
  importBadge: (id: string, png: Uint8Array) =>
    invoke<string>('import_badge', png, { headers: { 'x-portfolio': id } }),
  attachment: (sha256: string, thumbnail: boolean) =>
    invoke<ArrayBuffer>('attachment', { sha256, thumbnail }),
  exportJson: (id: string) => invoke<string>('export_json', { id }),
  importJson: (json: string) => invoke<string>('import_json', { json }),
  /** A backup (a sealed `.age` file with its passphrase, or a plain zip) as raw bytes;
   *  resolves to the restored portfolio's id. */
  restoreBackup: (bytes: Uint8Array, passphrase?: string) =>
    invoke<string>(
      'restore_backup',
      bytes,
      passphrase ? { headers: { 'x-passphrase': encodeURIComponent(passphrase) } } : undefined,
    ),
  /** `passphrase`: seal the backup in the age format (a shell without app lock takes none). */
  backup: (id: string, passphrase?: string) => invoke<Exported>('backup', passphrase ? { id, passphrase } : { id }),
  lockState: () => invoke<LockState>('lock_state'),
  unlock: (pin: string) => invoke<null>('unlock', { pin }),
  lock: () => invoke<boolean>('lock'),
  setPin: (pin: string | null) => invoke<null>('set_pin', { pin }),
  erasePortfolio: (id: string) => invoke<null>('erase_portfolio', { id }),
  eraseEverything: () => invoke<null>('erase_everything'),
  /** Writes the PDF into the exports folder; resolves to its path. */
  renderCv: (id: string, options: CvOptions) => invoke<string>('render_cv', { id, options }),
  cvLanguages: () => invoke<string[]>('cv_languages'),
  /** Deletes a file the app wrote into its exports folder (a CV once shared). */
  deleteExport: (path: string) => invoke<null>('delete_export', { path }),
  /** Saves a copy of an exported file through the system's save dialog; the path written,
   * or null when the person cancelled. */
  saveExportAs: (path: string) => invoke<string | null>('save_export_as', { path }),
  /** Opens an exported file (a CV) in the system's viewer. */
  openExport: (path: string) => invoke<null>('open_export', { path }),
  /** Publishes a story to an organisation as a signed testimonial file in the exports folder
   * and records her consent. `photo`: the SHA-256 of one of the story's photos; `firstName`
   * null: published without a name. */
  publishTestimonial: (id: string, story: string, organisation: string, photo: string | null, firstName: string | null) =>
    invoke<PublishedTestimonial>('publish_testimonial', { id, story, organisation, photo, firstName }),
  /** Withdraws a consent; resolves to the path of the signed withdrawal notice (the same
   * notice again when it was already withdrawn). */
  withdrawTestimonial: (id: string, consent: string) => invoke<string>('withdraw_testimonial', { id, consent }),
  /** Every consent she gave (kept on this device only), oldest first, without its key. */
  consents: (id: string) => invoke<ConsentView[]>('consents', { id }),
  deviceCode: () => invoke<string>('device_code'),
  sync: (id: string, relayUrl: string) => invoke<SyncReport>('sync', { id, relayUrl }),
  /** Moves the portfolio to another address of the same relay deployment, without
   * re-sharing; another relay is refused (`refused`) and nothing changes. */
  moveRelay: (id: string, relayUrl: string, newRelay = false) => invoke<MoveReport>('move_relay', { id, relayUrl, newRelay }),
  /** For a mentor, `sections` chooses what their view shows (every section when omitted). */
  shareCode: (id: string, relayUrl: string, recipient: string, role: ShareRole, sections?: string[]) =>
    invoke<string>('share_code', { id, relayUrl, recipient, role, sections: sections ?? null }),
  /** Changes what a mentor's view shows; their copy follows at the next sync. */
  setSharedSections: (id: string, member: string, sections: string[]) =>
    invoke<null>('set_shared_sections', { id, member, sections }),
  join: (code: string) => invoke<JoinReport>('join', { code }),
  members: (id: string) => invoke<Member[]>('members', { id }),
  revoke: (id: string, member: string) => invoke<RevokeReport>('revoke', { id, member }),
  mentees: () => invoke<MenteeSummary[]>('mentees'),
  comment: (id: string, entryId: string, text: string) => invoke<string>('comment', { id, entryId, text }),
  /** Mentor: a goal for a mentee (title, area, due, steps); it waits for her answer. */
  proposeGoal: (id: string, goal: Record<string, unknown>) => invoke<string>('propose_goal', { id, goal }),
  assessCompetence: (id: string, code: CompetenceCode, assessment: CompetenceAssessment) =>
    invoke<string>('assess_competence', { id, code, assessment }),
  linkCompetence: (id: string, code: CompetenceCode, entry: string) =>
    invoke<null>('link_competence', { id, code, entry }),
  goalProposals: (id: string) => invoke<GoalProposal[]>('goal_proposals', { id }),
  acceptGoal: (id: string, proposal: string) => invoke<string>('accept_goal', { id, proposal }),
  declineGoal: (id: string, proposal: string) => invoke<null>('decline_goal', { id, proposal }),
  confirm: (id: string, entryId: string, kind: string) => invoke<string>('confirm', { id, entryId, kind }),
  feedback: (id: string) => invoke<FeedbackItem[]>('feedback', { id }),
  markFeedbackRead: (id: string) => invoke<null>('mark_feedback_read', { id }),
  /** Owner: writes the Open Badges 3.0 credential a mentor signed with a confirmation of the
   * entry into the exports folder; resolves to its path. */
  exportBadge: (id: string, entryId: string) => invoke<string>('export_badge', { id, entryId }),
  organiserInfo: () => invoke<OrganiserInfo | null>('organiser_info'),
  organiserInit: (name: string, organisation: string | null) =>
    invoke<OrganiserInfo>('organiser_init', { name, organisation }),
  events: () => invoke<AttestEvent[]>('events'),
  createEvent: (event: NewEvent) => invoke<AttestEvent>('create_event', { event }),
  eventCode: (event: string) => invoke<string>('event_code', { event }),
  eventReceipt: (event: string, receipt: string) => invoke<ReceiptOutcome>('event_receipt', { event, receipt }),
  eventRegister: (event: string) => invoke<Attendee[]>('event_register', { event }),
  checkIn: (id: string, code: string) => invoke<CheckInResult>('check_in', { id, code }),
  /** Entry id → who vouches for that activity (owner's or a mentee's portfolio). */
  attendanceSources: (id: string) => invoke<Record<string, AttendanceSource>>('attendance_sources', { id }),
  /** Entry id → its signed confirmations, each checked now against the entry. */
  entryConfirmations: (id: string) => invoke<Record<string, Standing[]>>('entry_confirmations', { id }),
};
