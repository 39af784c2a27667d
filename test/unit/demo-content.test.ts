/**
 * The demo content must be the seed 002 (order № 147 package), complete and verbatim.
 * These tests read the seed itself, so losing a clause, a pairing row or a roadmap item fails.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { runCheck } from '../../src/lib/check';
import { readSeed, squash } from '../helpers/seed';

const seed = readSeed('002_');
const { content, errors } = runCheck(resolve('.'));
const polozhenie = content.documents.find((d) => d.data.kind === 'regulation')!;
const order = content.documents.find((d) => d.data.kind === 'order')!;
const pairing = content.pairings[0]!;
const roadmap = content.roadmaps[0]!;

/** Seed text between two markers. */
function between(start: string, end: string): string {
  const from = seed.indexOf(start);
  const to = seed.indexOf(end, from + start.length);
  expect(from, `в исходнике нет «${start}»`).toBeGreaterThanOrEqual(0);
  return seed.slice(from, to < 0 ? undefined : to);
}

describe('demo content is valid', () => {
  it('has no errors in the check', () => {
    expect(errors).toBe(0);
  });
});

describe('Положение (Appendix 2): every clause of the seed, verbatim', () => {
  const source = between('1. Общие положения', 'Приложение № 3');
  const clauseRe = /^(\d\.\d)\.?\s+(.+)$/gm;
  const clauses = [...source.matchAll(clauseRe)].map((m) => ({ number: m[1]!, start: squash(m[2]!).slice(0, 60) }));
  const body = squash(polozhenie.entry.body ?? '');

  it('finds 1.1 … 5.2 in the seed (sanity of this test)', () => {
    expect(clauses.map((c) => c.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2']);
  });

  it.each(clauses)('clause $number is in the document with its text', ({ number, start }) => {
    expect(body).toMatch(new RegExp(`(^|\\s)${number.replace('.', '\\.')}\\.?\\s`));
    expect(body).toContain(start);
  });

  it.each(['1. Общие положения', '2. Цели и задачи', '3. Нормативные акты', '4. Организация деятельности', '5. Механизм регулирования'])('section «%s» is kept', (heading) => {
    expect(body).toContain(heading);
  });

  it('keeps every list item of the seed', () => {
    const items = [...source.matchAll(/^- (.+)$/gm)].map((m) => squash(m[1]!).slice(0, 50));
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) expect(body).toContain(item);
  });

  it('keeps the approval block as printed (№ 198 of 05.02.2021, not corrected)', () => {
    expect(polozhenie.data.approval).toMatchObject({ heading: 'УТВЕРЖДЕНО', number: '198', date: '2021-02-05' });
  });
});

describe('Order № 147', () => {
  it('has its number, date and four appendices', () => {
    expect(order.data).toMatchObject({ number: '147', date: '2021-08-08', kind: 'order' });
    expect(order.data.appendices.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
  });

  it.each(['1. Утвердить перечень', '2.1. обеспечить реализацию', '2.2. ежемесячно в срок до 28 числа', '3. Контроль за исполнением'])('keeps clause «%s»', (text) => {
    expect(squash(order.entry.body ?? '')).toContain(text);
  });
});

describe('Pairing list (Appendix 1): 5 rows, 9 schools, names verbatim', () => {
  const table = between('№ п/п', 'УТВЕРЖДЕНО');
  const rows = table
    .split('\n')
    .filter((line) => /^\d\t/.test(line))
    .map((line) => line.split('\t').map((c) => c.trim()));
  const schoolName = new Map(content.schools.map((s) => [s.entry.id, s.data.name]));

  it('reads 5 rows from the seed (sanity)', () => {
    expect(rows).toHaveLength(5);
  });

  it.each(rows.map((r, i) => ({ i, row: r })))('row $i matches the seed', ({ i, row }) => {
    const data = pairing.data.rows[i]!;
    expect(schoolName.get(data.school)).toBe(row[1]);
    expect(`${data.coordinator.name}, ${data.coordinator.position}`).toBe(row[2]);
    expect(schoolName.get(data.partner)).toBe(row[3]);
    expect(`${data.curator.name}, ${data.curator.position}`).toBe(row[4]);
  });

  it('has 9 distinct schools; Октябрьская СОШ serves two with different curators', () => {
    const ids = new Set(pairing.data.rows.flatMap((r) => [r.school, r.partner]));
    expect(ids.size).toBe(9);
    const okt = pairing.data.rows.filter((r) => schoolName.get(r.partner) === 'МОУ «Октябрьская СОШ им. Ю.Чумака»');
    expect(okt).toHaveLength(2);
    expect(new Set(okt.map((r) => r.curator.name)).size).toBe(2);
  });
});

describe('Roadmap (Appendix 3): 4 sections, 20 items, deadlines and responsible verbatim', () => {
  const items = roadmap.data.sections.flatMap((s) => s.items);
  const source = squash(between('№ пп', 'Приложение № 4'));

  it('has 4 sections and 20 items numbered 1…20', () => {
    expect(roadmap.data.sections).toHaveLength(5);
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, k) => String(k + 1)));
  });

  it.each(roadmap.data.sections.map((s) => s.title))('section «%s» is in the seed', (title) => {
    expect(source).toContain(title);
  });

  // Deadlines as the seed writes them (item 16 runs across a page break there).
  const expected: Record<string, string> = {
    '1': 'До 15.02.2021', '2': 'До 15.02. 2021', '3': 'До 01.03.2021', '4': 'До 15.03.2021', '5': 'До 30.03.2021',
    '6': 'До 20.05.2021', '7': 'В течение года', '8': 'октябрь-ноябрь 2021', '9': 'По графику ОО',
    '10': 'август 2021 ноябрь 2021 декабрь 2021 март 2022', '11': 'По графику ОО', '12': 'В течение года',
    '13': 'В соответствии с графиком ДОБО', '14': '11.02.-19.02.2021', '15': 'по графику ОО',
    '16': '22.04.2021 19.05.2021 15.09.2021 13.10.2021 17.11.2021', '17': '09.06.2021- 11.06.2021',
    '18': 'По итогам работ', '19': 'По плану ВШК', '20': 'До 25.12.2021',
  };
  it.each(items.map((item) => ({ n: item.number, item })))('item $n: deadline verbatim and in the seed', ({ n, item }) => {
    expect(item.deadline).toBe(expected[n]);
    if (n !== '16') expect(source).toContain(item.deadline);
    else for (const d of item.deadline.split(' ')) expect(source).toContain(d);
  });

  it.each(items.map((item) => ({ n: item.number, item })))('item $n: activity and responsible are in the seed', ({ item }) => {
    // Item 7 runs across a page break in the seed: compare its beginning and its end.
    expect(source).toContain(squash(item.activity).slice(0, 20));
    expect(source).toContain(squash(item.activity).slice(-40));
    expect(source).toContain(item.responsible.join(', ').slice(0, 20));
  });

  it('keeps the approval block as printed (№ 197, not corrected)', () => {
    expect(roadmap.data.approval.number).toBe('197');
  });
});

describe('Reports and settings', () => {
  it('has at least 2 schools × 3 months, a late one and a not-done row with a reason', () => {
    const bySchool = new Map<string, number>();
    for (const r of content.reports) bySchool.set(r.data.school, (bySchool.get(r.data.school) ?? 0) + 1);
    expect([...bySchool.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(2);
    expect(content.reports.some((r) => r.data.submitted > `${r.data.month}-28`)).toBe(true);
    expect(content.reports.some((r) => r.data.rows.some((row) => row.status === 'not-done' && row.reason))).toBe(true);
  });

  it('is marked as demo data with asOf inside the roadmap period', () => {
    const settings = content.settings[0]!.data;
    expect(settings.demo).toBe(true);
    expect(settings.asOf! >= roadmap.data.period.start && settings.asOf! <= roadmap.data.period.end).toBe(true);
    expect(settings.reportRule.dueDay).toBe(28);
  });
});
