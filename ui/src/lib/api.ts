// The one place the UI talks to the Tauri shell: one function per command.
import { invoke } from '@tauri-apps/api/core';
import type { AttachmentRef } from './bindings/AttachmentRef';
import type { HistoryEvent } from './bindings/HistoryEvent';
import type { Portfolio } from './bindings/Portfolio';
import type { PortfolioSummary } from './bindings/PortfolioSummary';
import type { Profile } from './bindings/Profile';
import type { Section } from './bindings/Section';

/** What every failing command rejects with. */
export interface ApiError {
  kind: 'invalid' | 'not_found' | 'exists' | 'import' | 'attachment' | 'unavailable' | 'storage';
  message: string;
}

export interface AppInfo {
  version: string;
  data_dir: string;
  device_id: string;
}

export interface Exported {
  json: string;
  backup: string;
}

export interface CvOptions {
  lang: string;
  sections: string[];
  include_photo: boolean;
}

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
  attachment: (sha256: string, thumbnail: boolean) =>
    invoke<ArrayBuffer>('attachment', { sha256, thumbnail }),
  exportJson: (id: string) => invoke<string>('export_json', { id }),
  importJson: (json: string) => invoke<string>('import_json', { json }),
  backup: (id: string) => invoke<Exported>('backup', { id }),
  erasePortfolio: (id: string) => invoke<null>('erase_portfolio', { id }),
  eraseEverything: () => invoke<null>('erase_everything'),
  renderCv: (id: string, options: CvOptions) => invoke<ArrayBuffer>('render_cv', { id, options }),
  cvLanguages: () => invoke<string[]>('cv_languages'),
};
