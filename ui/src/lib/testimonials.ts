// Stories shared as testimonials: the pure rules the Stories screen uses (kept apart from the
// component so they can be unit tested).
import type { ConsentView } from './bindings/ConsentView';

/** The local calendar day (`YYYY-MM-DD`) of an RFC 3339 time such as `given_at`, for `date()`:
 * a story shared late in the evening is shown on the day she shared it, not on UTC's. */
export function localDay(rfc3339: string): string {
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The same organisation, as the core compares them (trimmed, case folded). */
export function sameOrganisation(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The consent that still stands for this story and organisation, if any: the core refuses to
 * publish the story there again until it is withdrawn. */
export function activeConsent(consents: ConsentView[], story: string, organisation: string): ConsentView | undefined {
  return consents.find((c) => c.story === story && c.withdrawn_at == null && sameOrganisation(c.organisation, organisation));
}

/** The consents of one story, newest first. */
export function consentsOf(consents: ConsentView[], story: string): ConsentView[] {
  return consents.filter((c) => c.story === story).sort((a, b) => b.given_at.localeCompare(a.given_at) || b.id.localeCompare(a.id));
}

/** What the form sends as the first name: null (published without a name) when left empty. */
export function firstNameToSend(typed: string): string | null {
  const name = typed.trim();
  return name === '' ? null : name;
}
