import { describe, expect, it } from 'vitest';
import { parseTypedDate, displayDate } from '../../src/lib/cms/date-input';
import { dueItems, itemLabel, type PreviewData } from '../../src/lib/cms/preview-data';
import { previewDataOf } from '../../src/lib/cms/preview-input';
import { indexContent, programmeOf } from '../../src/lib/programme';
import { fixtureContent } from '../fixtures/programme/content';
import { reportErrors } from '../../src/lib/cms/validate-report';
import { searchTermFor } from '../../src/lib/cms/search-term';
import { farFromPeriods, lastSubmissionDay, reportPeriodFindings } from '../../src/lib/check/report-rules';

describe('a date typed in the CMS', () => {
  it.each([
    ['28.10.2021', '2021-10-28'],
    ['1.9.2021', '2021-09-01'],
    ['28/10/2021', '2021-10-28'],
    ['28102021', '2021-10-28'],
    ['28.10.21', '2021-10-28'],
    ['2021-10-28', '2021-10-28'],
    [' 01.12.2021 ', '2021-12-01'],
  ])('%s is stored as %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });

  it.each(['11192021', '31.02.2021', '28.10', '2021', '', '28.13.2021', '2021-02-31', '1.1.1'])('%s is refused, never guessed', (typed) => {
    expect(parseTypedDate(typed)).toBeUndefined();
  });

  it('shows a stored date in Russian order', () => {
    expect(displayDate('2021-10-28')).toBe('28.10.2021');
    expect(displayDate('28.1')).toBe('28.1');
    expect(displayDate(undefined)).toBe('');
  });
});

describe('report dates against the roadmap period', () => {
  const period = { start: '2021-01-01', end: '2021-12-31' };
  it('lets December be reported in January, not later', () => {
    expect(lastSubmissionDay(period)).toBe('2022-01-31');
    expect(reportPeriodFindings({ month: '2021-12', submitted: '2022-01-10' }, period)).toEqual([]);
  });
  it.each([
    ['1901-12-01', 'report.submitted-outside-period'],
    ['2022-02-01', 'report.submitted-outside-period'],
  ])('submitted %s is %s', (submitted, code) => {
    expect(reportPeriodFindings({ month: '2021-11', submitted }, period).map((f) => f.code)).toEqual([code]);
  });
  it('calls a date implausible more than a year away from every period', () => {
    expect(farFromPeriods('1901-12-01', [period])).toBeDefined();
    expect(farFromPeriods('2022-06-01', [period])).toBeUndefined();
    expect(farFromPeriods('2020-06-01', [])).toBeUndefined();
  });
});

/** Preview data of the fixture programme (test/fixtures/programme), as /admin/preview-data.json serves it. */
function fixtureData(): PreviewData {
  const content = fixtureContent();
  const site = indexContent(content, '2021-06-10');
  return previewDataOf(site, programmeOf(site));
}

describe('the report form fills itself', () => {
  const data = fixtureData();
  it('offers for a month exactly the items the report blank lists: dated, recurring, per-school, undated', () => {
    expect(dueItems(data, 'karta', 'zheltaya-sosh', '2021-07')).toEqual(['3', '5']);
    expect(dueItems(data, 'karta', 'alaya-oosh', '2021-07')).toEqual(['3', '4', '5']);
    expect(dueItems(data, 'karta', 'alaya-oosh', '2021-02')).toEqual(['1', '3', '5']);
    expect(dueItems(data, 'karta', 'alaya-oosh', '2021-06')).toEqual(['2', '3', '5']);
    expect(dueItems(data, 'karta', 'silnaya-sosh', '2021-07')).toEqual([]);
    expect(dueItems(data, 'nope', 'zheltaya-sosh', '2021-07')).toEqual([]);
  });

  it('labels an item with its number, text and deadline as written', () => {
    expect(itemLabel('16', { activity: 'Посещение  уроков\nкураторами', deadline: '22.04.2021 19.05.2021' })).toBe('16 — Посещение уроков кураторами · срок: 22.04.2021 19.05.2021');
  });

  it('knows the coordinator from the pairing list', () => {
    expect(data.schools['zheltaya-sosh']?.coordinator).toEqual({ name: 'Петрова П.П.', position: 'заместитель директора' });
    expect(data.schools['silnaya-sosh']?.coordinator).toBeUndefined();
  });
});

describe('a report refused before it is saved', () => {
  const data = fixtureData();
  const good = { school: 'zheltaya-sosh', roadmap: 'karta', month: '2021-10', submitted: '2021-10-27', author: { name: 'Иванова', position: 'директор' }, rows: [{ item: '3', status: 'done' }] };

  it('passes a good report', () => {
    expect(reportErrors({ data: good, isNew: true }, data)).toEqual([]);
  });

  it('refuses a not-done row without a reason with the line npm run check prints', () => {
    const errors = reportErrors({ data: { ...good, rows: [{ item: '3', status: 'not-done' }] }, isNew: true }, data);
    expect(errors).toEqual([
      'src/content/reports/zheltaya-sosh/2021-10.yaml: error [schema.custom] поле «Мероприятия › 1 (№ 3) › Обоснование невыполнения» (rows.0.reason): не указано обоснование невыполнения (обязательно, если мероприятие не выполнено или выполнено частично) — заполните «Обоснование невыполнения» или отметьте мероприятие выполненным',
    ]);
  });

  it('refuses a second report for the same school and month, but not an edit of the first', () => {
    const second = { ...good, school: 'alaya-oosh', month: '2021-05', submitted: '2021-05-20' };
    expect(reportErrors({ data: second, isNew: true }, data).join('\n')).toContain('[report.duplicate]');
    expect(reportErrors({ data: second, isNew: false, slug: 'alaya-oosh/2021-05' }, data)).toEqual([]);
  });

  it('refuses a year typed wrong', () => {
    expect(reportErrors({ data: { ...good, submitted: '1901-10-27' }, isNew: true }, data).join('\n')).toContain('дата отправки 27.10.1901 вне периода дорожной карты');
  });
});

describe('searching reports by a school’s name', () => {
  const schools = {
    'nikolskaya-sh': { name: 'МОУ «Никольская средняя школа»', shortName: 'Никольская средняя школа' },
    'ivanovskaya-sosh': { name: 'МОУ «Ивановская СОШ»', shortName: 'Ивановская СОШ' },
    'ivanovskaya-oosh': { name: 'МОУ «Ивановская ООШ»', shortName: 'Ивановская ООШ' },
    'zhuravlevskaya-sosh': { name: 'МОУ «Журавлёвская СОШ»', shortName: 'Журавлёвская СОШ' },
  };
  it.each([
    ['Никольская', 'nikolskaya-sh'],
    ['никольская средняя  школа', 'nikolskaya-sh'],
    ['Журавлевская', 'zhuravlevskaya-sosh'],
    ['Ивановская', 'ivanovskaya'],
    ['Солохинская', 'solokhinskaya'],
    ['nikolskaya', 'nikolskaya'],
  ])('«%s» is searched as %s', (typed, term) => {
    expect(searchTermFor(typed, schools)).toBe(term);
  });
});
