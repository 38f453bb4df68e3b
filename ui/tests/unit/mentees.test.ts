// A mentor with many mentees: who needs attention, search, sort, filter.
import { describe, expect, it } from 'vitest';
import type { MenteeSummary } from '../../src/lib/api';
import { attention, visibleMentees } from '../../src/lib/mentees';

const now = new Date('2026-11-29T12:00:00');
function mentee(name: string, over: Partial<MenteeSummary['summary']> = {}, unread = 0): MenteeSummary {
  return {
    summary: { id: name, role: 'mentee', name_latin: name, name_own_script: null, city: null, languages: [], programmes: [],
      activities_attended: 0, activity_hours: 0, activities_confirmed: 0, last_activity: '2026-11-20', entries: 1, ...over },
    comments: 0, confirmations: 0, unread_feedback: unread, cursor: 1,
  };
}
const risk = { title: 'I Belong', modules_total: 3, modules_completed: 1, attendance_pct: 60, requirements_met: false } as unknown as MenteeSummary['summary']['programmes'][number];

describe('mentees', () => {
  it('need attention after 30 days without activity, with a requirement at risk, or unread feedback', () => {
    expect(attention(mentee('Ok'), now)).toEqual([]);
    expect(attention(mentee('Quiet', { last_activity: '2026-10-29' }), now)).toEqual(['inactive']);
    expect(attention(mentee('Never', { last_activity: null }), now)).toEqual(['inactive']);
    expect(attention(mentee('Risk', { programmes: [risk] }), now)).toEqual(['at_risk']);
    expect(attention(mentee('Unread', {}, 2), now)).toEqual(['unread']);
  });

  it('search names in either script and the city; filter; sort', () => {
    const list = [
      mentee('Selam', { name_own_script: 'ሰላም', city: 'Valletta', last_activity: '2026-11-01' }),
      mentee('Amina', { city: 'Mosta', last_activity: '2026-11-25' }),
      mentee('Yusuf', { last_activity: '2026-09-01', programmes: [risk] }, 1),
    ];
    const names = (o: Parameters<typeof visibleMentees>[1]) => visibleMentees(list, o, now).map((m) => m.summary.name_latin);
    expect(names({ query: 'ሰላ', sort: 'name', attentionOnly: false })).toEqual(['Selam']);
    expect(names({ query: 'mosta', sort: 'name', attentionOnly: false })).toEqual(['Amina']);
    expect(names({ query: '', sort: 'name', attentionOnly: false })).toEqual(['Amina', 'Selam', 'Yusuf']);
    expect(names({ query: '', sort: 'recent', attentionOnly: false })).toEqual(['Amina', 'Selam', 'Yusuf']);
    expect(names({ query: '', sort: 'attention', attentionOnly: false })).toEqual(['Yusuf', 'Amina', 'Selam']);
    expect(names({ query: '', sort: 'name', attentionOnly: true })).toEqual(['Yusuf']);
  });
});
