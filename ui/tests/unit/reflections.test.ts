import { describe, expect, it } from 'vitest';
import { clock, isEmpty, sortReflections, splitWords, toReflection, type ReflectionDraft } from '../../src/lib/reflections';
import type { Reflection } from '../../src/lib/bindings/Reflection';

const draft = (over: Partial<ReflectionDraft> = {}): ReflectionDraft => ({
  activity: '', date: '', did: '', learned: '', words: '', met: '', share: false, ...over,
});

describe('reflections', () => {
  it('splits new words on Latin, Arabic and Ethiopic commas and new lines', () => {
    expect(splitWords(' ħobż, ilma ،خبز\nماء ,, ')).toEqual(['ħobż', 'ilma', 'خبز', 'ماء']);
    expect(splitWords('ዳቦ፣ ማይ')).toEqual(['ዳቦ', 'ማይ']);
  });

  it('is private unless shared, and leaves out what was not given', () => {
    expect(toReflection(draft({ learned: ' the bus times ' }))).toEqual({
      did: '', learned: 'the bus times', met: '', new_words: [], visibility: 'private',
    });
    const shared = toReflection(draft({ activity: 'a1', date: '2026-11-30', share: true, words: 'kemm' }));
    expect(shared).toMatchObject({ activity: 'a1', date: '2026-11-30', visibility: 'mentors', new_words: ['kemm'] });
  });

  it('needs some words, a new word or a voice note', () => {
    expect(isEmpty(draft({ did: '   ', words: ' , ' }), false)).toBe(true);
    expect(isEmpty(draft(), true)).toBe(false);
    expect(isEmpty(draft({ words: 'grazzi' }), false)).toBe(false);
  });

  it('shows the newest first and the undated last', () => {
    const r = (id: string, date?: string) => ({ id, date, did: 'x', learned: '', met: '', visibility: 'private' }) as Reflection;
    expect(sortReflections([r('a', '2026-01-02'), r('b'), r('c', '2026-05-01')]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('shows the recording time as m:ss', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65.7)).toBe('1:05');
    expect(clock(-3)).toBe('0:00');
  });
});
