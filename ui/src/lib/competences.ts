// Competences in the app (LifeComp's nine, in three areas), as crates/mosaic-core's
// model/competence.rs says them.
import type { Competence } from './bindings/Competence';
import type { CompetenceArea } from './bindings/CompetenceArea';
import type { CompetenceCode } from './bindings/CompetenceCode';
import type { CompetenceAssessment } from './bindings/CompetenceAssessment';

export const COMPETENCE_AREAS: [CompetenceArea, CompetenceCode[]][] = [
  ['personal', ['self_regulation', 'flexibility', 'wellbeing']],
  ['social', ['empathy', 'communication', 'collaboration']],
  ['learning_to_learn', ['growth_mindset', 'critical_thinking', 'managing_learning']],
];

export const COMPETENCE_LEVELS = [1, 2, 3, 4] as const;

/** The entry of a competence: the first one made, as `Mosaic::competence` picks it. */
export function competenceOf(list: Competence[] | undefined, code: CompetenceCode): Competence | undefined {
  return (list ?? []).filter((c) => c.code === code).sort((a, b) => a.id.localeCompare(b.id))[0];
}

/** The latest judgement (by date; the later one of a day wins), as `Competence::current`. */
export function currentAssessment(c: Competence | undefined): CompetenceAssessment | undefined {
  let best: CompetenceAssessment | undefined;
  for (const a of c?.history ?? []) if (!best || a.date >= best.date) best = a;
  return best;
}
