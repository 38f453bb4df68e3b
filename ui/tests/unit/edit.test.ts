// Edit forms start from the stored entry, and an emptied field clears it.
import { describe, expect, it } from 'vitest';
import { toPatch, withInitial } from '../../src/lib/edit';
import { initialValues, toEntry, type FieldSpec } from '../../src/lib/forms';

const fields: FieldSpec[] = [
  { key: 'title', label: 'act-name', type: 'text' },
  { key: 'hours', label: 'act-hours', type: 'number' },
  { key: 'kind', label: 'act-kind', type: 'select', options: [{ value: 'a', label: 'x' }, { value: 'b', label: 'y' }] },
  { key: 'attended', label: 'act-attended', type: 'checkbox', initial: true },
  { key: 'note', label: 'act-note', type: 'textarea' },
];

describe('edit forms', () => {
  it('start from the entry, with defaults for what it lacks', () => {
    const v = initialValues(withInitial(fields, { title: 'Café', hours: 2.5, kind: 'b', attended: false }));
    expect(v).toEqual({ title: 'Café', hours: '2.5', kind: 'b', attended: false, note: '' });
  });

  it('send null for an emptied field so the core clears it, and keep unrelated fields out', () => {
    const values = { ...initialValues(withInitial(fields, { title: 'Café', note: 'old' })), note: '' };
    const patch = toPatch(fields, toEntry(fields, values));
    expect(patch).toEqual({ title: 'Café', hours: null, kind: 'a', attended: false, note: null });
    expect('id' in patch).toBe(false);
  });
});
