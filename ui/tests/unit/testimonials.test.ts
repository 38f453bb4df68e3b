// Stories as testimonials: the screen's rules, and the memory backend's three commands as the
// core and the shell behave (refusals, device-only consents, signed files without the key).
import * as ed from '@noble/ed25519';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { activeConsent, consentsOf, firstNameToSend, localDay, sameOrganisation } from '../../src/lib/testimonials';
import type { ConsentView } from '../../src/lib/bindings/ConsentView';
import { createBackend } from '../support/memory-backend';

const consent = (over: Partial<ConsentView> = {}): ConsentView => ({
  id: 'c1', story: 's1', organisation: 'Migrant Hub', testimonial_id: 't1', title: 'Harvest', included_photo: null,
  first_name: null, given_at: '2026-03-01T10:00:00Z', withdrawn_at: null, public_key: 'ab', ...over,
});

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const unhex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const unb64 = (b: string) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function rejects(f: () => unknown): { kind: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { kind: string; message: string };
  }
  throw new Error('did not fail');
}

describe('testimonial rules', () => {
  it('shows the local day of a time', () => {
    const d = new Date(2026, 2, 1, 23, 30);
    expect(localDay(d.toISOString())).toBe('2026-03-01');
    expect(localDay('not a time')).toBe('not a time');
  });

  it('compares organisations as the core does', () => {
    expect(sameOrganisation(' Migrant HUB ', 'migrant hub')).toBe(true);
    expect(sameOrganisation('Migrant Hub', 'Integration Unit')).toBe(false);
  });

  it('finds the consent that still stands, and lists a story newest first', () => {
    const old = consent({ id: 'c0', given_at: '2026-01-01T10:00:00Z', withdrawn_at: '2026-02-01T10:00:00Z' });
    const now = consent();
    const other = consent({ id: 'c2', story: 's2' });
    expect(activeConsent([old, now, other], 's1', 'migrant hub ')?.id).toBe('c1');
    expect(activeConsent([old], 's1', 'Migrant Hub')).toBeUndefined();
    expect(consentsOf([old, other, now], 's1').map((c) => c.id)).toEqual(['c1', 'c0']);
  });

  it('sends no first name when it is left empty', () => {
    expect(firstNameToSend('  ')).toBeNull();
    expect(firstNameToSend(' Mariam ')).toBe('Mariam');
  });
});

describe('memory backend testimonials', () => {
  function setup() {
    const b = createBackend();
    const id = b.handle('create_portfolio', { profile: { name_latin: 'Amina Yusuf' } }) as string;
    const story = b.handle('add_entry', { id, section: 'stories', entry: { title: 'Harvest', body: 'We cooked injera.' } }) as string;
    const photo = b.handle('attach_photo', PNG, { 'x-portfolio': id, 'x-section': 'stories', 'x-entry': story }) as { sha256: string };
    return { b, id, story, photo: photo.sha256 };
  }

  it('publishes a signed file into exports and keeps the consent on this device only', () => {
    const { b, id, story, photo } = setup();
    const out = b.handle('publish_testimonial', { id, story, organisation: ' Migrant Hub ', photo, firstName: null }) as
      { consent: ConsentView; path: string };
    expect(out.path).toBe(`/memory/exports/testimonial-${out.consent.testimonial_id.slice(0, 8)}.json`);
    expect(out.consent).toMatchObject({ organisation: 'Migrant Hub', first_name: null, included_photo: photo, withdrawn_at: null });
    expect('secret_key' in out.consent).toBe(false);
    const file = JSON.parse(b.exports.get(out.path) ?? '');
    expect(file).toMatchObject({ format: 'mosaic-testimonial', version: 1, body: 'We cooked injera.', first_name: null });
    expect(file.digests.body).toBe(hex(sha256(new TextEncoder().encode('We cooked injera.'))));
    expect(unb64(file.photo.data)).toEqual(PNG);
    const signed = { format: file.format, version: 1, testimonial_id: file.testimonial_id, organisation: file.organisation,
      published_at: file.published_at, public_key: file.public_key, digests: file.digests };
    const msg = new TextEncoder().encode(`mosaic-testimonial/v1\n${JSON.stringify(signed)}`);
    expect(ed.verify(unb64(file.signature), msg, unhex(file.public_key))).toBe(true);
    // Not in the synced document; merged into portfolio() without its key.
    expect(b.store.get(id)?.portfolio.consents).toBeUndefined();
    const p = b.handle('portfolio', { id }) as { consents: { secret_key: string }[] };
    expect(p.consents).toHaveLength(1);
    expect(p.consents[0]?.secret_key).toBe('');
    expect(b.handle('consents', { id })).toEqual([out.consent]);
  });

  it('refuses what the core refuses', () => {
    const { b, id, story, photo } = setup();
    expect(rejects(() => b.handle('publish_testimonial', { id, story: 'nope', organisation: 'Hub', photo: null, firstName: null })))
      .toEqual({ kind: 'not_found', message: 'no stories entry with id nope' });
    expect(rejects(() => b.handle('publish_testimonial', { id, story, organisation: '  ', photo: null, firstName: null })))
      .toEqual({ kind: 'invalid', message: 'invalid $.organisation: is required' });
    expect(rejects(() => b.handle('publish_testimonial', { id, story, organisation: 'Hub', photo: 'ab'.repeat(32), firstName: null })).kind)
      .toBe('invalid');
    expect(rejects(() => b.handle('publish_testimonial', { id, story, organisation: 'Hub', photo: null, firstName: ' ' })))
      .toEqual({ kind: 'invalid', message: 'invalid $.first_name: is required' });
    b.handle('publish_testimonial', { id, story, organisation: 'Hub', photo, firstName: 'Mariam' });
    const again = rejects(() => b.handle('publish_testimonial', { id, story, organisation: ' hub', photo: null, firstName: null }));
    expect(again.kind).toBe('invalid');
    expect(again.message).toMatch(/^testimonial: this story is already published to Hub/);
    // Another organisation is fine.
    b.handle('publish_testimonial', { id, story, organisation: 'Integration Unit', photo: null, firstName: null });
    expect(b.handle('consents', { id })).toHaveLength(2);
  });

  it('withdraws with a signed notice, the same one twice, then allows publishing again', () => {
    const { b, id, story } = setup();
    const out = b.handle('publish_testimonial', { id, story, organisation: 'Hub', photo: null, firstName: null }) as
      { consent: ConsentView; path: string };
    const path = b.handle('withdraw_testimonial', { id, consent: out.consent.id }) as string;
    expect(path).toBe(`/memory/exports/withdrawal-${out.consent.testimonial_id.slice(0, 8)}.json`);
    const notice = b.exports.get(path) ?? '';
    const n = JSON.parse(notice);
    const { signature, ...signed } = n;
    const msg = new TextEncoder().encode(`mosaic-testimonial-withdrawal/v1\n${JSON.stringify(signed)}`);
    expect(ed.verify(unb64(signature), msg, unhex(out.consent.public_key))).toBe(true);
    const [c] = b.handle('consents', { id }) as ConsentView[];
    expect(c?.withdrawn_at).toBe(n.withdrawn_at);
    expect(b.handle('withdraw_testimonial', { id, consent: out.consent.id })).toBe(path);
    expect(b.exports.get(path)).toBe(notice);
    expect(rejects(() => b.handle('withdraw_testimonial', { id, consent: 'nope' })).kind).toBe('not_found');
    b.handle('publish_testimonial', { id, story, organisation: 'Hub', photo: null, firstName: null });
  });
});
