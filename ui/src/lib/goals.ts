// Goals in the app: progress and what is pressing, as `Goal::progress` and `Goal::urgency`
// in crates/mosaic-core/src/model/goal.rs say it (pure functions, unit tested).
import type { Goal } from './bindings/Goal';
import type { GoalArea } from './bindings/GoalArea';
import type { Urgency } from './bindings/Urgency';

export const GOAL_AREAS: GoalArea[] = ['education', 'work', 'volunteering', 'language', 'everyday_life'];

/** "Due soon" is within two weeks (`DUE_SOON_DAYS`). */
export const DUE_SOON_DAYS = 14;

export function progress(g: Goal): { done: number; all: number } {
  const steps = g.steps ?? [];
  return { done: steps.filter((s) => s.done).length, all: steps.length };
}

/** Days from `today` to `date` (both YYYY-MM-DD), in whole days. */
function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function urgency(g: Goal, today: string): Urgency {
  if (g.state !== 'open') return 'none';
  const dates = [g.due, ...(g.steps ?? []).filter((s) => !s.done).map((s) => s.due)].filter((d): d is string => !!d);
  let u: Urgency = 'none';
  for (const d of dates) {
    const days = daysBetween(today, d);
    if (days < 0) return 'overdue';
    if (days <= DUE_SOON_DAYS) u = 'due_soon';
  }
  return u;
}

/** Open goals first (overdue, then due soon), then done and dropped ones. */
export function sortGoals(goals: Goal[], today: string): Goal[] {
  const rank = (g: Goal) => (g.state !== 'open' ? 3 : { overdue: 0, due_soon: 1, none: 2 }[urgency(g, today)]);
  return [...goals].sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}
