import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { chartGeometry, currentAssessments, currentLevels, emptyLevels } from '../../src/lib/cefr';
import LevelGrid from '../../src/components/LevelGrid.svelte';
import type { SkillLevels } from '../../src/lib/bindings/SkillLevels';

const lv = (l: Partial<SkillLevels>): SkillLevels => ({ ...emptyLevels(), ...l });
import CefrChart from '../../src/components/CefrChart.svelte';
import type { Assessment } from '../../src/lib/bindings/Assessment';

const history: Assessment[] = [
  { date: '2025-03-01', assessor: 'teacher', levels: lv({ listening: 'B1', writing: 'A2' }) },
  { date: '2024-09-01', assessor: 'self', levels: lv({ listening: 'A1', reading: 'A1', writing: 'A1' }) },
  { date: '2025-01-01', assessor: 'exam', levels: lv({ listening: 'A2' }) },
];

describe('CEFR', () => {
  it('current levels keep the latest level of every skill', () => {
    expect(currentLevels(history)).toEqual(lv({ listening: 'B1', reading: 'A1', writing: 'A2' }));
  });

  it('each current level says who set it: the latest assessment of that skill', () => {
    const named: Assessment[] = [...history, { date: '2025-06-01', assessor: 'teacher', assessor_name: 'Maria <b>Rossi</b>', levels: lv({ reading: 'B1' }) }];
    const src = currentAssessments(named);
    expect(src.listening?.assessor).toBe('teacher');
    expect(src.reading?.assessor_name).toBe('Maria <b>Rossi</b>');
    expect(src.writing?.date).toBe('2025-03-01');
    expect(src.spoken_interaction).toBeUndefined();
    const { container } = render(LevelGrid, { props: { levels: currentLevels(named), sources: src } });
    const shown = [...container.querySelectorAll('.level-source')].map((e) => e.getAttribute('data-assessor'));
    expect(shown).toEqual(['teacher', 'teacher', 'teacher']);
    // The name is text, never markup.
    expect(container.querySelector('.level-source b')).toBeNull();
    expect(container.textContent).toContain('Maria <b>Rossi</b>');
  });

  it('chart places points in time order, higher levels higher', () => {
    const g = chartGeometry(history, 320, 200);
    const listening = g.series.find((s) => s.skill === 'listening');
    expect(listening?.points.map((p) => p.level)).toEqual(['A1', 'A2', 'B1']);
    const xs = listening?.points.map((p) => p.x) ?? [];
    expect(xs[0]).toBeLessThan(xs[1] ?? 0);
    expect(xs[1]).toBeLessThan(xs[2] ?? 0);
    const ys = listening?.points.map((p) => p.y) ?? [];
    expect(ys[0]).toBeGreaterThan(ys[2] ?? 0);
    expect(g.series.map((s) => s.skill)).toEqual(['listening', 'reading', 'writing']);
    expect(g.gridY).toHaveLength(7);
  });

  it('a single assessment is centred, not NaN', () => {
    const g = chartGeometry([history[0] as Assessment]);
    for (const s of g.series) for (const p of s.points) expect(Number.isFinite(p.x)).toBe(true);
  });

  it('renders an accessible SVG with one line per assessed skill', () => {
    const { container, getByRole } = render(CefrChart, { history, label: 'Maltese over time' });
    expect(getByRole('img', { name: 'Maltese over time' })).toBeTruthy();
    expect(container.querySelectorAll('polyline')).toHaveLength(3);
    expect(container.querySelectorAll('circle')).toHaveLength(6);
  });
});
