// The mock backend's check-in codes use the same layout and signatures as crates/mosaic-attest:
// a code made by the Rust crate verifies here, and the mock refuses what the crate refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../support/memory-backend';
import { verifyCode } from '../support/attest-mock';

// Made by crates/mosaic-attest (its test `the_cross_language_vector_is_what_the_crate_makes`
// checks this exact text) for "Language café", 1.5 h, by "Integra Foundation".
const RUST_CODE = readFileSync(join(__dirname, '../support/checkin-vector.txt'), 'utf8').trim();

describe('attest mock', () => {
  it('verifies a check-in code made by the Rust crate', async () => {
    const c = await verifyCode(RUST_CODE);
    expect(c.organiser_name).toBe('Integra Foundation');
    expect(c.event.title).toBe('Language café');
    expect(c.event.hours).toBe(1.5);
    expect(c.event.kind).toBe('language_cafe');
  });

  it('refuses an altered Rust code', async () => {
    const last = RUST_CODE.at(-1) === 'A' ? 'B' : 'A';
    await expect(verifyCode(RUST_CODE.slice(0, -1) + last)).rejects.toMatchObject({ kind: 'code' });
  });

  it('checks in once, then says already; the receipt fills the register', async () => {
    const b = createBackend();
    const id = b.handle('create_portfolio', { profile: { name_latin: 'Amina' } }) as string;
    await b.handle('organiser_init', { name: 'Integra', organisation: null });
    const ev = (await b.handle('create_event', { event: { title: 'Café', kind: 'language_cafe', date: '2026-11-29', hours: 2 } })) as { id: string };
    const code = (await b.handle('event_code', { event: ev.id })) as string;
    const first = (await b.handle('check_in', { id, code })) as { recorded: boolean; receipt: string };
    const again = (await b.handle('check_in', { id, code })) as { recorded: boolean };
    expect([first.recorded, again.recorded]).toEqual([true, false]);
    const out = (await b.handle('event_receipt', { event: ev.id, receipt: first.receipt })) as { outcome: string };
    expect(out.outcome).toBe('added');
    expect(await b.handle('event_register', { event: ev.id })).toHaveLength(1);
  });
});
