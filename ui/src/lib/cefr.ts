// CEFR levels and skills, and the geometry of the progress chart (pure, unit tested).
import type { Assessment } from './bindings/Assessment';
import type { Cefr } from './bindings/Cefr';
import type { Skill } from './bindings/Skill';
import type { SkillLevels } from './bindings/SkillLevels';

export const LEVELS: Cefr[] = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const SKILLS: Skill[] = ['listening', 'reading', 'spoken_interaction', 'spoken_production', 'writing'];

export function rank(level: Cefr): number {
  return LEVELS.indexOf(level);
}

export function emptyLevels(): SkillLevels {
  return { listening: null, reading: null, spoken_interaction: null, spoken_production: null, writing: null };
}

/** Per skill, the latest assessment that set it: who judged the level shown. */
export function currentAssessments(history: Assessment[]): Partial<Record<Skill, Assessment>> {
  const out: Partial<Record<Skill, Assessment>> = {};
  for (const a of [...history].sort((x, y) => x.date.localeCompare(y.date))) {
    for (const s of SKILLS) if (a.levels[s]) out[s] = a;
  }
  return out;
}

/** The latest level of every skill; a later assessment that skips a skill keeps the earlier one. */
export function currentLevels(history: Assessment[]): SkillLevels {
  const out = emptyLevels();
  for (const a of [...history].sort((x, y) => x.date.localeCompare(y.date))) {
    for (const s of SKILLS) {
      const l = a.levels[s];
      if (l) out[s] = l;
    }
  }
  return out;
}

export interface ChartPoint {
  x: number;
  y: number;
  date: string;
  level: Cefr;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** y of each level's grid line, pre-A1 first. */
  gridY: number[];
  series: { skill: Skill; points: ChartPoint[] }[];
}

/** Places every assessed skill level on a time axis (x) against the level (y, higher is better). */
export function chartGeometry(history: Assessment[], width = 320, height = 200, pad = 36): ChartGeometry {
  const sorted = [...history].sort((a, b) => a.date.localeCompare(b.date));
  const times = sorted.map((a) => Date.parse(a.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const span = t1 - t0;
  const x = (tm: number) => (span > 0 ? pad + ((tm - t0) / span) * (width - pad - 12) : pad + (width - pad - 12) / 2);
  const top = 12;
  const bottom = height - 24;
  const y = (r: number) => bottom - (r / (LEVELS.length - 1)) * (bottom - top);
  const gridY = LEVELS.map((_, i) => y(i));
  const series = SKILLS.map((skill) => ({
    skill,
    points: sorted.flatMap((a, i) => {
      const level = a.levels[skill];
      return level ? [{ x: x(times[i] ?? t0), y: y(rank(level)), date: a.date, level }] : [];
    }),
  })).filter((s) => s.points.length > 0);
  return { width, height, gridY, series };
}
