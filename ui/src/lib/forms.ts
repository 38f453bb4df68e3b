// Form specs, validation and conversion to entry JSON. Pure functions (unit tested).
import { t } from './i18n.svelte';
import { parseNumber } from './numbers';

export type FieldType = 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'email' | 'tel';

export interface FieldSpec {
  key: string;
  /** Fluent id of the label. */
  label: string;
  type: FieldType;
  required?: boolean;
  /** Fluent id of a hint shown under the field. */
  hint?: string;
  /** For selects: value and Fluent id of its label. */
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  initial?: string | boolean;
}

export type Values = Record<string, string | boolean>;

export function initialValues(fields: FieldSpec[]): Values {
  const v: Values = {};
  for (const f of fields) {
    v[f.key] = f.initial ?? (f.type === 'checkbox' ? false : f.type === 'select' ? (f.options?.[0]?.value ?? '') : '');
  }
  return v;
}

/** Error text per field key; empty when the form is valid. */
export function validate(fields: FieldSpec[], values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const raw = values[f.key];
    const s = typeof raw === 'string' ? raw.trim() : '';
    if (f.type === 'checkbox') continue;
    if (f.required && s === '') {
      errors[f.key] = t('error-required', { field: t(f.label) });
      continue;
    }
    if (f.type === 'number' && s !== '') {
      const n = parseNumber(s);
      const min = f.min ?? 0;
      const max = f.max ?? 100000;
      if (!Number.isFinite(n) || n < min || n > max) {
        errors[f.key] = t('error-number', { field: t(f.label), min, max });
      }
    }
  }
  return errors;
}

/** The JSON for the core: trimmed strings, numbers parsed, empty fields left out. */
export function toEntry(fields: FieldSpec[], values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = values[f.key];
    if (f.type === 'checkbox') {
      out[f.key] = raw === true;
      continue;
    }
    const s = typeof raw === 'string' ? raw.trim() : '';
    if (s === '') continue;
    out[f.key] = f.type === 'number' ? parseNumber(s) : s;
  }
  return out;
}

/** Options list from values sharing a Fluent prefix, e.g. `kind-` + `language`. */
export function opts(prefix: string, values: string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: `${prefix}${value}` }));
}
