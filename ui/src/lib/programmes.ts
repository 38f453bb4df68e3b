// Programme names and rule explanations for the screen: template names through
// Fluent (falling back to the stored text), and one plain sentence per unmet rule.
import { num, t } from './i18n.svelte';
import type { Programme } from './bindings/Programme';
import type { Module } from './bindings/Module';
import type { Unmet } from './bindings/Unmet';

/** A translated name when the id has a translation, the stored text otherwise. */
function translated(id: string, stored: string): string {
  const text = t(id);
  return text === id ? stored : text;
}

export function programmeTitle(p: Pick<Programme, 'title' | 'template_id'>): string {
  return p.template_id ? translated(`tpl-${p.template_id}`, p.title) : p.title;
}

export function moduleName(m: Pick<Module, 'name' | 'key'>): string {
  return m.key ? translated(`tpl-mod-${m.key}`, m.name) : m.name;
}

export function unmetText(u: Unmet): string {
  switch (u.rule) {
    case 'no_required_modules': return t('unmet-no-required');
    case 'not_completed': return t('unmet-not-completed', { status: t(`status-${u.status}`) });
    case 'failed': return t('unmet-failed');
    case 'attendance_below': return t('unmet-attendance-below', { pct: num(u.attendance_pct), min: num(u.min_pct) });
    case 'attendance_missing': return t('unmet-attendance-missing', { min: num(u.min_pct) });
    case 'score_below': return t('unmet-score-below', { score: num(u.score_pct), mark: num(u.pass_mark_pct) });
    case 'score_missing': return t('unmet-score-missing', { mark: num(u.pass_mark_pct) });
    case 'prerequisite_not_met': {
      const title = u.title ?? u.template_id;
      return t('unmet-prerequisite', { title: translated(`tpl-${u.template_id}`, title) });
    }
  }
}
