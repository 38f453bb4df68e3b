// The whole UI in jsdom over the in-memory backend (mockIPC): first start, forms, errors.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { setLocale, setSecondLocale } from '../../src/lib/i18n.svelte';
import { app, setRelay, syncNow } from '../../src/lib/store.svelte';
import { prefs } from '../../src/lib/prefs';
import { createBackend, type MemoryBackend } from '../support/memory-backend';

let backend: MemoryBackend;

beforeEach(async () => {
  localStorage.clear();
  backend = createBackend();
  mockIPC((cmd, args) => backend.handle(cmd, args));
  Object.assign(app, { ready: false, portfolioId: null, portfolio: null, summary: null, screen: 'home', busy: null, message: '', error: '', relay: '', lastSync: null, online: true, sync: 'local' });
  await setLocale('en');
  await setSecondLocale('');
});
afterEach(() => {
  cleanup();
  clearMocks();
});

/** The text of every alert now shown (the toast's alert region is always in the page, empty when quiet). */
const alertText = () =>
  waitFor(() => {
    const text = screen.getAllByRole('alert').map((e) => e.textContent ?? '').join(' ').trim();
    if (!text) throw new Error('no alert yet');
    return text;
  });

async function createPortfolio(name = 'Amina Yusuf') {
  render(App);
  await fireEvent.click(await screen.findByRole('button', { name: 'English' }));
  await fireEvent.input(await screen.findByLabelText(/Your name in Latin letters/), { target: { value: name } });
  await fireEvent.click(screen.getByRole('button', { name: 'Create my portfolio' }));
  await screen.findByRole('heading', { name: /Hello/ });
}

describe('app', () => {
  it('first start: choose a language, create the portfolio, land on home', async () => {
    await createPortfolio();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Amina Yusuf');
    // No relay set: the header says where the data is, not "offline".
    expect(screen.getByTestId('sync-state').textContent).toContain('On this phone only');
    expect(backend.store.size).toBe(1);
  });

  it('shows a field-named validation message and does not call the backend', async () => {
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Create my portfolio' }));
    expect((await alertText())).toContain('Your name in Latin letters');
    expect(backend.calls).not.toContain('create_portfolio');
  });

  it('choosing Arabic on first start turns the page RTL', async () => {
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'العربية' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(localStorage.getItem('mosaic.locale')).toBe('ar');
  });

  it('logs an activity in one tap and shows it on home', async () => {
    await createPortfolio();
    await fireEvent.click(screen.getByRole('button', { name: /Activities/ }));
    await fireEvent.click(await screen.findByRole('button', { name: /Language café/ }));
    await screen.findByText(/Language café.*logged for today/);
    const p = [...backend.store.values()][0]?.portfolio;
    expect(p?.activities).toHaveLength(1);
    await fireEvent.click(screen.getByRole('button', { name: /Home/ }));
    expect(await screen.findByText(/One activity/)).toBeTruthy();
  });

  it("a mentor's comment brought by a sync shows on home without leaving it", async () => {
    await createPortfolio();
    await fireEvent.click(screen.getByRole('button', { name: /Activities/ }));
    await fireEvent.click(await screen.findByRole('button', { name: /Language café/ }));
    await fireEvent.click(screen.getByRole('button', { name: /Home/ }));
    await screen.findByText(/One activity/);
    expect(screen.queryByTestId('feedback')).toBeNull();
    // What the relay would deliver: the mentor's feedback document now holds a comment.
    const [id, s] = [...backend.store.entries()][0]!;
    backend.feedback.set(id, [
      { id: 'f1', kind: 'comment', entry_id: s.portfolio.activities[0].id, text: 'Well done <b>x</b>', by: 'Maria', fingerprint: '0a1b-2c3d-4e5f-6a7b', status: '', time: 2, unread: true },
    ]);
    prefs.setRelay('https://relay.example.org');
    expect(await syncNow()).toBe(true);
    const card = await screen.findByTestId('feedback');
    expect(card.textContent).toContain('Well done <b>x</b>');
  });

  it('a backend error is shown in plain words', async () => {
    await createPortfolio();
    await fireEvent.click(screen.getByRole('navigation').querySelector('[data-screen=languages]') as HTMLElement);
    await fireEvent.click(await screen.findByRole('button', { name: 'Add a language' }));
    // Well-formed but no language: the picker passes it on, the core refuses it.
    await fireEvent.input(screen.getByLabelText('Language'), { target: { value: 'zz' } });
    // Five skills, one step each, then Save.
    for (let i = 0; i < 5; i++) await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The plain sentence first; the core's technical message (naming the field) behind "Details".
    expect(await alertText()).toMatch(/^Something in the form is missing or not right/);
    expect(screen.getByText('Details')).toBeTruthy();
    expect(document.querySelector('.toasts details')?.textContent).toMatch(/code/);
  });

  it('the language picker finds a language by its name in any script and stores the code', async () => {
    await createPortfolio();
    await fireEvent.click(screen.getByRole('navigation').querySelector('[data-screen=languages]') as HTMLElement);
    await fireEvent.click(await screen.findByRole('button', { name: 'Add a language' }));
    const input = screen.getByLabelText('Language');
    await fireEvent.input(input, { target: { value: 'ትግ' } });
    const match = document.querySelector('[data-testid=lang-code-results] [data-code=ti]') as HTMLElement;
    expect(match.textContent).toContain('Tigrinya');
    expect(match.textContent).toContain('ትግርኛ');
    await fireEvent.input(input, { target: { value: 'English' } });
    for (let i = 0; i < 5; i++) await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect([...backend.store.values()][0]?.portfolio.languages.map((l: { code: string }) => l.code)).toEqual(['en']));
  });

  it('shows each label also in a second language when that setting is on, and marks the draft', async () => {
    await createPortfolio();
    await fireEvent.click(screen.getByRole('navigation').querySelector('[data-screen=more]') as HTMLElement);
    await fireEvent.click(document.querySelector('main [data-screen=settings]') as HTMLElement);
    expect(screen.queryByTestId('draft-notice')).toBeNull(); // English is the source, not a draft
    await fireEvent.change(await screen.findByLabelText(/Second language/), { target: { value: 'ar' } });
    await waitFor(() => expect(document.querySelector('main label .second[lang=ar]')).not.toBeNull());
    expect(document.querySelector('main label[for=prof-name_latin] .second')?.textContent).toBe('اسمك بالحروف اللاتينية');
    await fireEvent.change(screen.getByLabelText(/Language of the app/), { target: { value: 'ti' } });
    const draft = await screen.findByTestId('draft-notice');
    const link = draft.querySelector('a') as HTMLAnchorElement;
    expect(link.href).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(link.href)).toContain('(ti)');
  });

  it('moves to another address of the same relay, refuses another relay unless asked to copy it there', async () => {
    await createPortfolio();
    await fireEvent.click(screen.getByRole('button', { name: /More/ }));
    await fireEvent.click(await screen.findByRole('button', { name: /Settings/ }));
    // No relay yet: nothing to move from.
    const move = await screen.findByRole('button', { name: 'Move' });
    expect((move as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('relay-move-why').textContent).toContain('Set the relay address above first');
    setRelay('https://relay.example.org');
    expect(await syncNow()).toBe(true);
    const id = [...backend.store.keys()][0]!;
    expect(backend.relays.get(id)).toBe('https://relay.example.org');
    await waitFor(() => expect((move as HTMLButtonElement).disabled).toBe(false));
    const field = screen.getByLabelText('New address of the same relay');
    // Another relay: refused, in plain words with the core's message behind Details; nothing changes.
    await fireEvent.input(field, { target: { value: 'https://relay.other.net' } });
    await fireEvent.click(move);
    expect(await alertText()).toContain('The relay did not accept this');
    expect(document.querySelector('.toasts details')?.textContent).toContain('not another address of the same relay');
    expect(screen.getByTestId('relay-move-kept').textContent).toContain('Nothing was moved');
    expect(backend.relays.get(id)).toBe('https://relay.example.org');
    expect(prefs.relay()).toBe('https://relay.example.org');
    // Plain http to another machine never reaches the backend.
    const calls = backend.calls.filter((c) => c === 'move_relay').length;
    await fireEvent.input(field, { target: { value: 'http://relay2.example.org' } });
    await fireEvent.click(move);
    await screen.findByText('Enter an address starting with https://');
    expect(backend.calls.filter((c) => c === 'move_relay').length).toBe(calls);
    // The same deployment under its new name: moved, the relay field shows it.
    await fireEvent.input(field, { target: { value: 'https://relay2.example.org/' } });
    await fireEvent.click(move);
    await waitFor(() => expect(screen.getByTestId('toast').textContent?.replace(/[\u2068\u2069]/g, '')).toContain('Moved: 1 document now syncs through https://relay2.example.org.'));
    expect(backend.relays.get(id)).toBe('https://relay2.example.org');
    expect(prefs.relay()).toBe('https://relay2.example.org');
    expect((screen.getByLabelText(/Relay address/) as HTMLInputElement).value).toBe('https://relay2.example.org');
    // A different relay: the box changes the field's label; the portfolio is copied there.
    await fireEvent.click(screen.getByTestId('relay-move-other'));
    const otherField = await screen.findByLabelText('Address of the other relay');
    await fireEvent.input(otherField, { target: { value: 'https://relay.other.net' } });
    await fireEvent.click(move);
    await waitFor(() => expect(screen.getByTestId('toast').textContent?.replace(/[\u2068\u2069]/g, '')).toContain('Copied to https://relay.other.net. Your other devices and your mentors will follow when they next sync.'));
    expect(backend.relays.get(id)).toBe('https://relay.other.net');
    expect(prefs.relay()).toBe('https://relay.other.net');
    expect(backend.calls.filter((c) => c === 'move_relay').length).toBeGreaterThan(calls);
  });

  it('the memory backend mirrors move_relay: no relay yet, another deployment, one step', () => {
    const b = createBackend();
    const failure = (args: object) => {
      try {
        b.handle('move_relay', args);
      } catch (e) {
        return e as { kind: string; message: string };
      }
      throw new Error('move_relay did not refuse');
    };
    const own = b.handle('create_portfolio', { profile: { name_latin: 'A' } }) as string;
    expect(failure({ id: own, relayUrl: 'https://relay.example.org' })).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/not been synced yet/) });
    b.handle('sync', { id: own, relayUrl: 'https://relay.example.org' });
    expect(failure({ id: own, relayUrl: 'http://relay.example.org' })).toMatchObject({ kind: 'invalid' });
    expect(failure({ id: own, relayUrl: 'https://elsewhere.net' })).toMatchObject({ kind: 'refused', message: expect.stringMatching(/not another address of the same relay/) });
    // A test can say which addresses form one deployment.
    b.deployments.push(['https://relay.example.org', 'https://mosaic.ngo.example']);
    expect(failure({ id: own, relayUrl: 'https://relay2.example.org' })).toMatchObject({ kind: 'refused' });
    expect(b.relays.get(own)).toBe('https://relay.example.org');
    b.handle('share_code', { id: own, relayUrl: 'https://relay.example.org', recipient: 'MOSAIC-D1-X', role: 'mentor' });
    expect(b.handle('move_relay', { id: own, relayUrl: 'https://mosaic.ngo.example/' })).toEqual({ from: 'https://relay.example.org', to: 'https://mosaic.ngo.example', documents: 2 });
    expect(b.relays.get(own)).toBe('https://mosaic.ngo.example');
    expect(b.handle('move_relay', { id: own, relayUrl: 'https://mosaic.ngo.example' })).toMatchObject({ documents: 0 });
  });

  it('erase everything needs the typed word', async () => {
    await createPortfolio();
    await fireEvent.click(screen.getByRole('button', { name: /More/ }));
    await fireEvent.click(await screen.findByRole('button', { name: /Settings/ }));
    await fireEvent.input(await screen.findByLabelText(/Type .*ERASE.* to confirm/), { target: { value: 'erase' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Erase everything now' }));
    expect((await alertText())).toContain('exactly');
    expect(backend.store.size).toBe(1);
    await fireEvent.input(screen.getByLabelText(/Type .*ERASE.* to confirm/), { target: { value: 'ERASE' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Erase everything now' }));
    await waitFor(() => expect(backend.store.size).toBe(0));
  });
});
