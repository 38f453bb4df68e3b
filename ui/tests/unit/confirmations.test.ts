import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EntryConfirmations from '../../src/components/EntryConfirmations.svelte';
import type { Endorsement, Standing } from '../../src/lib/api';

const e: Endorsement = {
  portfolio: 'p', entry: 'e', kind: 'attendance', signer: 'Rita Borg', role: 'mentor',
  fingerprint: '3f2a-91c0-7d4e-0b18', signed_at: 1,
};

describe('signed confirmations on an entry', () => {
  it('shows the signer and key of a current one, says when the entry changed, and never counts an invalid one', () => {
    const list: Standing[] = [
      { status: 'current', endorsement: e },
      { status: 'earlier_version', endorsement: { ...e, signer: 'Joe' } },
      { status: 'invalid', reason: 'bad signature' },
    ];
    const { container } = render(EntryConfirmations, { list });
    const current = container.querySelector('[data-confirmation=current]')?.textContent ?? '';
    expect(current).toContain('Rita Borg');
    expect(current).toContain('3f2a-91c0-7d4e-0b18');
    expect(current).toContain('mentor');
    expect(container.querySelector('[data-confirmation=earlier_version]')?.textContent).toContain('earlier version');
    expect(container.querySelector('[data-confirmation=invalid]')?.textContent).toContain('does not count');
    expect(container.querySelectorAll('.verified').length).toBe(1);
  });

  it('shows nothing without confirmations', () => {
    const { container } = render(EntryConfirmations, { list: undefined });
    expect(container.textContent?.trim()).toBe('');
  });
});
