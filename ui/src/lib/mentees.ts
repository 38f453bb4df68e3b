// A mentor's list of mentees: why one needs attention, and search, sort and filter.
// Pure functions over what `mentees()` returns (unit tested).
import type { MenteeSummary } from './api';

/** Why a mentee needs attention: no activity for 30 days, a programme requirement not
 * met, or feedback not yet read on this device. */
export type Attention = 'inactive' | 'at_risk' | 'unread';
export type MenteeSort = 'attention' | 'name' | 'recent';

export const INACTIVE_DAYS = 30;

export function attention(m: MenteeSummary, now: Date): Attention[] {
  const out: Attention[] = [];
  const last = m.summary.last_activity ? Date.parse(`${m.summary.last_activity}T00:00:00`) : NaN;
  if (!Number.isFinite(last) || now.getTime() - last > INACTIVE_DAYS * 86_400_000) out.push('inactive');
  if (m.summary.programmes.some((g) => g.requirements_met === false)) out.push('at_risk');
  if (m.unread_feedback > 0) out.push('unread');
  return out;
}

/** The mentees to show: matching the search (names in either script, city), only those
 * needing attention when asked, in the chosen order. */
export function visibleMentees(
  list: MenteeSummary[],
  opts: { query: string; sort: MenteeSort; attentionOnly: boolean },
  now: Date,
): MenteeSummary[] {
  const q = opts.query.trim().toLocaleLowerCase();
  const name = (m: MenteeSummary) => m.summary.name_latin;
  const rows = list
    .map((m) => ({ m, reasons: attention(m, now).length }))
    .filter(({ m, reasons }) => {
      if (opts.attentionOnly && reasons === 0) return false;
      if (!q) return true;
      const s = m.summary;
      return [s.name_latin, s.name_own_script, s.city].some((v) => v?.toLocaleLowerCase().includes(q));
    });
  rows.sort((a, b) => {
    if (opts.sort === 'attention' && a.reasons !== b.reasons) return b.reasons - a.reasons;
    if (opts.sort === 'recent') {
      const d = (b.m.summary.last_activity ?? '').localeCompare(a.m.summary.last_activity ?? '');
      if (d !== 0) return d;
    }
    return name(a.m).localeCompare(name(b.m));
  });
  return rows.map((r) => r.m);
}
