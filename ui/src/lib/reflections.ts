// Reflections: what the form sends and how a list is ordered. Pure functions (unit tested).
import type { Reflection } from './bindings/Reflection';

/** As the core's `mosaic_media::MAX_VOICE_NOTE_BYTES`: checked here too, so a long recording
 * is refused before it is sent. */
export const MAX_VOICE_NOTE_BYTES = 3 * 1024 * 1024;
/** Recording stops by itself after this long (well under the byte limit at speech bitrates). */
export const MAX_VOICE_NOTE_SECONDS = 300;

/** `m:ss`, for the recording timer. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** New words as she typed them: split on commas (Latin, Arabic, Ethiopic, CJK) or new lines, trimmed. */
export function splitWords(text: string): string[] {
  return text
    .split(/[,،፣、\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

export interface ReflectionDraft {
  activity: string;
  date: string;
  did: string;
  learned: string;
  words: string;
  met: string;
  share: boolean;
}

/** The entry JSON for the core; empty fields left out. */
export function toReflection(d: ReflectionDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {
    did: d.did.trim(),
    learned: d.learned.trim(),
    met: d.met.trim(),
    new_words: splitWords(d.words),
    visibility: d.share ? 'mentors' : 'private',
  };
  if (d.activity) out.activity = d.activity;
  if (d.date) out.date = d.date;
  return out;
}

/** Whether the draft says anything (the core refuses an empty reflection). */
export function isEmpty(d: ReflectionDraft, hasVoice: boolean): boolean {
  return !hasVoice && !d.did.trim() && !d.learned.trim() && !d.met.trim() && splitWords(d.words).length === 0;
}

/** Newest first; undated ones last. */
export function sortReflections(list: Reflection[]): Reflection[] {
  return [...list].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id));
}
