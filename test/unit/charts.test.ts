import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describeBars, renderStackedBars } from '../../src/lib/charts';

const bars = [
  { label: 'Ноябрь 2021', segments: [{ key: 'on-time', value: 2 }, { key: 'missing', value: 0 }, { key: 'not-yet-due', value: 3 }] },
  { label: 'Октябрь 2021', segments: [{ key: 'on-time', value: 1 }, { key: 'missing', value: 3 }, { key: 'not-yet-due', value: 0 }] },
];
const keyLabels = { 'on-time': 'в срок', missing: 'не сдан', 'not-yet-due': 'срок не наступил' };

describe('renderStackedBars', () => {
  const svg = renderStackedBars({ id: 'c', title: 'Отчёты <школ>', keyLabels, unit: 'отчёт', bars });
  const doc = parseDocument(svg, { xmlMode: true });
  const root = doc.children[0] as Element;

  it('is an image labelled by its title and a description with every number', () => {
    expect(root.attribs.role).toBe('img');
    expect(root.attribs['aria-labelledby']).toBe('c-title c-desc');
    const desc = DomUtils.textContent(DomUtils.findOne((e) => e.name === 'desc', doc.children)!);
    expect(desc).toBe('Ноябрь 2021: в срок — 2, срок не наступил — 3. Октябрь 2021: в срок — 1, не сдан — 3. Единица счёта: отчёт.');
    expect(svg).toContain('Отчёты &lt;школ&gt;');
  });

  it('draws segments in proportion to each bar’s total, zero segments left out', () => {
    const segs = DomUtils.findAll((e) => (e.attribs.class ?? '').startsWith('chart-seg '), doc.children);
    expect(segs.map((e) => [e.attribs.class, e.attribs.width])).toEqual([
      ['chart-seg chart-seg--on-time', '144'],
      ['chart-seg chart-seg--not-yet-due', '216'],
      ['chart-seg chart-seg--on-time', '90'],
      ['chart-seg chart-seg--missing', '270'],
    ]);
  });

  it('cuts long labels with «…» but keeps them whole in the description', () => {
    const long = 'Партнерство школ с низкими образовательными результатами и школ-партнёров';
    const out = renderStackedBars({ id: 'd', title: 't', keyLabels, unit: 'u', bars: [{ label: long, segments: [] }] });
    expect(out).toContain('…</text>');
    expect(describeBars({ bars: [{ label: long, segments: [] }], keyLabels, unit: 'u' })).toBe(`${long}: нет данных.`);
  });
});
