// Edit forms: a section's field specs filled in from an existing entry, and the patch
// that saving the edit sends. Pure functions (unit tested).
import type { FieldSpec } from './forms';

/** The same fields, each starting from the entry's current value. */
export function withInitial(fields: FieldSpec[], entry: object): FieldSpec[] {
  const e = entry as Record<string, unknown>;
  return fields.map((f) => {
    const v = e[f.key];
    if (f.type === 'checkbox') return { ...f, initial: v === true };
    if (v == null) return { ...f, initial: f.type === 'select' ? (f.options?.[0]?.value ?? '') : '' };
    return { ...f, initial: String(v) };
  });
}

/** A form's output as an edit: every field of the form is named, and a field left empty
 * becomes `null`, which the core reads as "clear it" (leaving it out would keep the old value). */
export function toPatch(fields: FieldSpec[], entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.key] = f.key in entry ? entry[f.key] : null;
  return out;
}
