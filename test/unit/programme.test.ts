/**
 * The programme rules on in-memory content (test/fixtures/programme/content.ts), no build:
 * who follows a roadmap, who must report, which months the report matrix shows, what is due
 * soon, which items a blank carries, responsible-group slugs; and that `npm run check` reads
 * the same content model the site is built from.
 */
import { describe, expect, it } from 'vitest';
import { blankItems, buildProgramme, schoolBlankRows, datasetCsv, datasetRows, dueSoon, indexContent, type Content } from '../../src/lib/programme';
import { runCheck } from '../../src/lib/check';
import { DATASETS, parseCsv } from '../../src/lib/export';
import { datasetJson } from '../../src/lib/programme/exports';
import { datasetJsonFile } from '../../src/lib/programme/files';
import { schemas } from '../../src/schemas';
import { fixtureContent, withContent } from '../fixtures/programme/content';

const AS_OF = '2021-06-10';
const build = (content: Content = fixtureContent(), asOf = AS_OF) => buildProgramme(content, asOf);
const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);
const extraReport = (school: string, month: string, submitted = `${month}-05`) => ({
  id: `${school}/${month}`,
  data: schemas.reports.parse({ school, roadmap: 'karta', month, submitted, author: { name: 'А.А.', position: 'директор' }, rows: [{ item: '3', status: 'done', result: 'Да.' }] }),
});

describe('followers of a roadmap', () => {
  it('are the schools of the pairing lists approved by the same order, in list order', () => {
    expect(build().roadmapById.get('karta')!.schools).toEqual(['zheltaya-sosh', 'alaya-oosh']);
  });

  it('are every helped school when no list shares the roadmap’s order', () => {
    const c = withContent((c) => {
      c.documents.push({ id: 'drugoy', data: { ...c.documents[0]!.data, number: '11' } });
      c.roadmaps[0]!.data = { ...c.roadmaps[0]!.data, document: 'drugoy' };
    });
    expect(build(c).roadmapById.get('karta')!.schools).toEqual(['zheltaya-sosh', 'alaya-oosh']);
  });

  it('include a school that reported on the roadmap, after the list', () => {
    const c = withContent((c) => c.reports.push(extraReport('chuzhaya-sosh', '2021-05')));
    expect(build(c).roadmapById.get('karta')!.schools).toEqual(['zheltaya-sosh', 'alaya-oosh', 'chuzhaya-sosh']);
  });

  it('of an item limited to some schools are only those schools', () => {
    const item = build().roadmapById.get('karta')!.itemByNumber.get('4')!;
    expect(item.schools).toEqual(['alaya-oosh']);
    expect([...item.bySchool.keys()]).toEqual(['alaya-oosh']);
  });
});

describe('who must report', () => {
  it('the helped schools in list order, not the partners', () => {
    expect(ids(build().reportingSchools)).toEqual(['zheltaya-sosh', 'alaya-oosh']);
  });

  it('then any other school that reported', () => {
    const c = withContent((c) => c.reports.push(extraReport('chuzhaya-sosh', '2021-05')));
    expect(ids(build(c).reportingSchools)).toEqual(['zheltaya-sosh', 'alaya-oosh', 'chuzhaya-sosh']);
  });
});

describe('report matrix', () => {
  it('runs from the first report month to the month of asOf', () => {
    expect(build().matrixMonths).toEqual(['2021-04', '2021-05', '2021-06']);
  });

  it('with no reports, starts at the first full month after the order (10.03 → April)', () => {
    expect(build(withContent((c) => (c.reports = []))).matrixMonths).toEqual(['2021-04', '2021-05', '2021-06']);
  });

  it('shows an earlier month when a school reported for it anyway', () => {
    const c = withContent((c) => c.reports.push(extraReport('alaya-oosh', '2021-02', '2021-02-20')));
    const p = build(c);
    expect(p.matrixMonths[0]).toBe('2021-02');
    // The report that exists is shown as sent; the other school was not asked to report for February.
    expect(p.reportCell('alaya-oosh', '2021-02').status).toBe('on-time');
    expect(p.reportCell('zheltaya-sosh', '2021-02').status).toBe('not-required');
  });

  it('stops at the period’s end even when asOf is later', () => {
    expect(build(fixtureContent(), '2022-03-01').matrixMonths.at(-1)).toBe('2021-12');
  });

  it('gives each school × month a status against the due day (28th)', () => {
    const p = build();
    const statuses = (school: string) => p.cellsBySchool.get(school)!.map((c) => `${c.month}:${c.status}`);
    expect(statuses('zheltaya-sosh')).toEqual(['2021-04:on-time', '2021-05:late', '2021-06:not-yet-due']);
    expect(statuses('alaya-oosh')).toEqual(['2021-04:missing', '2021-05:on-time', '2021-06:not-yet-due']);
    expect(p.monthCounts.get('2021-05')).toEqual({ 'on-time': 1, late: 1, missing: 0, 'not-yet-due': 0, 'not-required': 0 });
  });

  it('clamps the due day to the month’s length', () => {
    const c = withContent((c) => (c.settings[0]!.data = { ...c.settings[0]!.data, reportRule: { dueDay: 31 } }));
    expect(build(c).reportCell('alaya-oosh', '2021-06').due).toBe('2021-06-30');
  });
});

describe('due soon', () => {
  it('for a school: its open items and the report, earliest first, without what it has done', () => {
    const due = dueSoon(build(), { school: 'zheltaya-sosh' });
    // Item 2 (due 30.06) is done in the May report; item 3 (monthly, 28.06) and the June report are open.
    expect(due.map((d) => `${d.due}:${d.item?.number ?? 'report'}`)).toEqual(['2021-06-28:3', '2021-06-28:report']);
  });

  it('for a school that has not done item 2 yet', () => {
    const due = dueSoon(build(), { school: 'alaya-oosh' });
    expect(due.map((d) => `${d.due}:${d.item?.number ?? 'report'}`)).toEqual(['2021-06-28:3', '2021-06-28:report', '2021-06-30:2']);
  });

  it('leaves out the report and the item once the school has sent a report marking it done', () => {
    const c = withContent((c) => c.reports.push(extraReport('zheltaya-sosh', '2021-06', '2021-06-05')));
    expect(dueSoon(build(c), { school: 'zheltaya-sosh' }).map((d) => d.item?.number ?? 'report')).toEqual([]);
  });

  it('for the whole programme: every item occurrence in the next 30 days', () => {
    const due = dueSoon(build(), { days: 30 });
    expect(due.map((d) => `${d.due}:${d.item?.number ?? 'report'}`)).toEqual(['2021-06-28:3', '2021-06-28:report', '2021-06-30:2']);
  });
});

describe('blank items', () => {
  const numbers = (school: string, month: string) => blankItems(build(), school, month).flatMap((g) => g.items.map((i) => i.number));

  it('carry the items due in the month and the undated ones, only those that apply to the school', () => {
    expect(numbers('zheltaya-sosh', '2021-07')).toEqual(['3', '5']);
    expect(numbers('alaya-oosh', '2021-07')).toEqual(['3', '4', '5']);
    // «До …» is due on its day: item 1 goes on February's blank, item 2 on June's.
    expect(numbers('alaya-oosh', '2021-02')).toEqual(['1', '3', '5']);
    expect(numbers('alaya-oosh', '2021-06')).toEqual(['2', '3', '5']);
  });

  it('are empty for a school that follows no roadmap', () => {
    expect(blankItems(build(), 'silnaya-sosh', '2021-07')).toEqual([]);
  });

  it('of every month make one table for the blank page: each row once, in roadmap order, with the months whose blank lists it', () => {
    const p = build();
    const months = ['2021-02', '2021-06', '2021-07'];
    const rows = schoolBlankRows(p, 'alaya-oosh', months);
    expect(rows.map((r) => [r.number, r.months])).toEqual([['1', [0]], ['2', [1]], ['3', [0, 1, 2]], ['4', [2]], ['5', [0, 1, 2]]]);
    months.forEach((month, k) => expect(rows.filter((r) => r.months.includes(k)).map((r) => r.number)).toEqual(numbers('alaya-oosh', month)));
    const item = p.roadmapById.get('karta')!.itemByNumber.get('3')!;
    expect(rows[2]).toMatchObject({ activity: item.activity, deadline: item.deadline.text });
    expect(schoolBlankRows(p, 'silnaya-sosh', months)).toEqual([]);
  });
});

describe('responsible groups', () => {
  it('join spellings that differ in case and end punctuation, with one Latin slug', () => {
    const r = build().roadmapById.get('karta')!.responsible;
    expect(r.map((x) => x.slug)).toEqual(['upravlenie-obrazovaniya-administratsii-rayona', 'rukovoditeli-shnro-shnfsu', 'kuratory-shkol-partnerov', 'upravlenie-obrazovaniya', 'shkoly']);
    expect(r.find((x) => x.slug === 'rukovoditeli-shnro-shnfsu')!.label).toBe('Руководители ШНРО/ШНФСУ');
  });
});

describe('datasets', () => {
  it.each(DATASETS.map((d) => d.id))('%s: CSV has one record per row', (id) => {
    const c = fixtureContent();
    const site = indexContent(c, AS_OF);
    const p = build(c);
    expect(parseCsv(datasetCsv(site, p, id))).toHaveLength(datasetRows(site, p, id).length);
  });

  // The file joins its rows' JSON; it must be the text one JSON.stringify of the whole would give,
  // also for names with quotes, backslashes, line and paragraph separators and astral characters.
  it.each(DATASETS.map((d) => d.id))('%s: the JSON file is JSON.stringify of the dataset, byte for byte', (id) => {
    const c = withContent((x) => {
      x.schools[0]!.data.shortName = 'Школа «№1» "A\\B"\u2028\u2029 𝔄 \u0000';
      x.settings[0]!.data.organization = 'Управление \\ "образования"\n';
    });
    const site = indexContent(c, AS_OF);
    const p = build(c);
    const text = datasetJsonFile(site, p, id);
    expect(text).toBe(JSON.stringify(datasetJson(site, p, id)));
    expect(text).toContain(id === 'roadmap' ? '"sections":[' : '"items":[{');
  });
});

describe('settings', () => {
  it('missing settings stop with a Russian message naming the file', () => {
    expect(() => build(withContent((c) => (c.settings = [])))).toThrow(/Нет файла настроек src\/content\/settings\/site\.yaml/);
  });
});

describe('npm run check reads the same content model', () => {
  it('the programme built from the check’s content has the demo’s pairing schools as reporters', () => {
    const { content, errors } = runCheck(process.cwd());
    expect(errors).toBe(0);
    const p = buildProgramme(content, '2021-11-20');
    const listed = content.pairings.flatMap((x) => x.data.rows.map((r) => r.school));
    expect(ids(p.reportingSchools).slice(0, listed.length)).toEqual([...new Set(listed)]);
    expect(p.roadmaps.map((r) => r.id)).toEqual(content.roadmaps.map((r) => r.id));
  });
});
