// The app's goal figures agree with Goal::progress and Goal::urgency in the core.
import { describe, expect, it } from 'vitest';
import { progress, sortGoals, urgency } from '../../src/lib/goals';
import type { Goal } from '../../src/lib/bindings/Goal';

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g', title: 'A job in a kitchen', area: 'work', state: 'open', due: '2027-03-01',
  steps: [
    { text: 'Ask the job centre', done: true, due: null },
    { text: 'Food safety course', due: '2026-12-10', done: false },
    { text: 'Send three applications', done: false, due: null },
  ],
  note: null, proposed_by: null, ...over,
} as Goal);

describe('goals', () => {
  it('counts steps done', () => expect(progress(goal())).toEqual({ done: 1, all: 3 }));

  it('is due soon within two weeks, overdue after, as the core says', () => {
    expect(urgency(goal(), '2026-11-01')).toBe('none');
    expect(urgency(goal(), '2026-11-30')).toBe('due_soon');
    expect(urgency(goal(), '2026-12-11')).toBe('overdue');
  });

  it('ignores done steps and goals that are done or dropped', () => {
    const g = goal();
    g.steps![1]!.done = true;
    expect(urgency(g, '2026-12-11')).toBe('none');
    expect(urgency(g, '2027-02-20')).toBe('due_soon');
    expect(urgency(goal({ state: 'done' }), '2027-04-01')).toBe('none');
  });

  it('lists pressing goals first', () => {
    const late = goal({ id: 'late', due: '2026-01-01', steps: [] });
    const calm = goal({ id: 'calm', due: '2028-01-01', steps: [] });
    const done = goal({ id: 'done', state: 'done' });
    expect(sortGoals([done, calm, late], '2026-11-30').map((g) => g.id)).toEqual(['late', 'calm', 'done']);
  });
});
