// The human label of any entry of a portfolio, by id (for feedback and mentor actions).
import { t } from './i18n.svelte';
import { languageName } from './langs';
import type { Portfolio } from './bindings/Portfolio';

export function entryLabel(p: Portfolio, id: string): string {
  const l = p.languages.find((x) => x.id === id);
  if (l) return languageName(l.code);
  const a = p.activities.find((x) => x.id === id);
  if (a) return a.title || t(`act-${a.kind}`);
  const named: { id: string; title?: string | null; role?: string; qualification?: string; name?: string }[] = [
    ...p.certificates, ...p.programmes, ...p.experience, ...p.education, ...p.skills, ...p.stories, ...(p.goals ?? []),
  ];
  const e = named.find((x) => x.id === id);
  return e ? (e.title ?? e.role ?? e.qualification ?? e.name ?? id) : id;
}
