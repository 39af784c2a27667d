import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/lib/deadline';
import type { Deadline } from '../../src/lib/deadline/types';
import {
  clampedDay, countStatuses, describeDeadline, dueInMonth, dueWithin, itemStatus, monthsTouched,
  occurrencesOf, reportDueDate, reportMonths, reportStatus, understoodBeside, understoodInBrackets, type Occurrence,
} from '../../src/lib/status';

/** A deadline value as the parser returns it; only the fields a case needs. */
function dl(p: Partial<Deadline> & Pick<Deadline, 'kind'>): Deadline {
  return { text: '', start: null, due: null, dates: [], every: null, day: null, reason: null, ...p };
}

const PERIOD = { start: '2021-01-01', end: '2021-12-31' };
const ASOF = '2021-11-20';

describe('occurrencesOf', () => {
  it.each<[string, Deadline, Occurrence[]]>([
    ['by: window from the 1st of the due month', dl({ kind: 'by', due: '2021-02-15' }), [{ start: '2021-02-01', due: '2021-02-15' }]],
    ['on: one window per date', dl({ kind: 'on', due: '2021-05-19', dates: ['2021-05-19', '2021-04-22'] }), [{ start: '2021-04-01', due: '2021-04-22' }, { start: '2021-05-01', due: '2021-05-19' }]],
    ['range', dl({ kind: 'range', start: '2021-02-11', due: '2021-02-19' }), [{ start: '2021-02-11', due: '2021-02-19' }]],
    ['ongoing', dl({ kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }), [{ start: '2021-01-01', due: '2021-12-31' }]],
    ['ongoing without period', dl({ kind: 'ongoing' }), []],
    ['months', dl({ kind: 'months', dates: ['2021-08-31', '2022-03-31'] }), [{ start: '2021-08-01', due: '2021-08-31' }, { start: '2022-03-01', due: '2022-03-31' }]],
    ['schedule', dl({ kind: 'schedule', reason: 'график ОО' }), []],
    ['event', dl({ kind: 'event' }), []],
    ['unparsed', dl({ kind: 'unparsed', reason: 'нет даты' }), []],
  ])('%s', (_name, deadline, expected) => {
    expect(occurrencesOf(deadline, PERIOD)).toEqual(expected);
  });

  it('recurring monthly, day 28: one window per month of the period', () => {
    const occ = occurrencesOf(dl({ kind: 'recurring', every: 'month', day: 28 }), PERIOD);
    expect(occ).toHaveLength(12);
    expect(occ[1]).toEqual({ start: '2021-02-01', due: '2021-02-28' });
    expect(occ[10]).toEqual({ start: '2021-11-01', due: '2021-11-28' });
  });

  it('recurring monthly, day 31 is clamped to the month', () => {
    const occ = occurrencesOf(dl({ kind: 'recurring', every: 'month', day: 31 }), PERIOD);
    expect(occ.map((o) => o.due).slice(0, 4)).toEqual(['2021-01-31', '2021-02-28', '2021-03-31', '2021-04-30']);
  });

  it('recurring quarterly and weekly', () => {
    expect(occurrencesOf(dl({ kind: 'recurring', every: 'quarter' }), PERIOD).map((o) => o.due)).toEqual(['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']);
    const weeks = occurrencesOf(dl({ kind: 'recurring', every: 'week' }), PERIOD);
    expect(weeks[0]).toEqual({ start: '2021-01-01', due: '2021-01-03' }); // 2021-01-01 is a Friday
    expect(weeks[1]).toEqual({ start: '2021-01-04', due: '2021-01-10' });
    expect(weeks.at(-1)!.due).toBe('2021-12-31');
  });

  it('a repeat from a named start asks for nothing before it, and for nothing in the period when it starts after it', () => {
    const ctx = { year: 2021, period: PERIOD };
    const october = occurrencesOf(parseDeadline('Ежемесячно до 28 числа, начиная с октября 2021 г.', ctx), PERIOD);
    expect(october).toEqual([{ start: '2021-10-01', due: '2021-10-28' }, { start: '2021-11-01', due: '2021-11-28' }, { start: '2021-12-01', due: '2021-12-28' }]);
    expect(occurrencesOf(parseDeadline('начиная с I квартала 2022 г., далее - ежегодно', ctx), PERIOD)).toEqual([]);
  });

  it('recurring with no period and no window gives nothing', () => {
    expect(occurrencesOf(dl({ kind: 'recurring', every: 'month', day: 28 }))).toEqual([]);
  });
});

describe('itemStatus (asOf 2021-11-20)', () => {
  const by = (due: string) => occurrencesOf(dl({ kind: 'by', due }));
  const dates = occurrencesOf(dl({ kind: 'on', dates: ['2021-09-15', '2021-10-13', '2021-11-25'] }));
  const future = occurrencesOf(dl({ kind: 'on', dates: ['2021-12-15', '2022-01-12'] }));
  const done = (...months: string[]) => months.map((month) => ({ month, submitted: `${month}-15` }));
  it.each<[string, Occurrence[], ReturnType<typeof done>, string]>([
    ['by, passed, no report → overdue', by('2021-02-15'), [], 'overdue'],
    ['by, passed, done late → done', by('2021-02-15'), done('2021-09'), 'done'],
    ['by, this month → due', by('2021-11-30'), [], 'due'],
    ['by, next month → upcoming', by('2021-12-25'), [], 'upcoming'],
    ['by, due today → due', by('2021-11-20'), [], 'due'],
    ['by, due yesterday → overdue', by('2021-11-19'), [], 'overdue'],
    ['range around asOf → due', occurrencesOf(dl({ kind: 'range', start: '2021-10-01', due: '2021-11-30' })), [], 'due'],
    ['range around asOf, done → done', occurrencesOf(dl({ kind: 'range', start: '2021-10-01', due: '2021-11-30' })), done('2021-11'), 'done'],
    ['several dates, all reported → done', dates, done('2021-09', '2021-10', '2021-11'), 'done'],
    ['several dates, October missing → overdue', dates, done('2021-09', '2021-11'), 'overdue'],
    ['several dates, November not yet reported → due', dates, done('2021-09', '2021-10'), 'due'],
    ['several dates in the future → upcoming', future, [], 'upcoming'],
    ['undated, nothing reported → undated', [], [], 'undated'],
    ['undated, reported done → done', [], done('2021-09'), 'done'],
  ])('%s', (_name, occurrences, evidence, expected) => {
    expect(itemStatus(occurrences, evidence, ASOF).status).toBe(expected);
  });

  it('ignores reports sent after asOf', () => {
    expect(itemStatus(by('2021-02-15'), [{ month: '2021-11', submitted: '2021-11-25' }], ASOF).status).toBe('overdue');
  });

  it('a «done» report outside every window makes up for the latest earlier miss', () => {
    const r = itemStatus(occurrencesOf(dl({ kind: 'on', dates: ['2021-09-15', '2021-10-13'] })), done('2021-09', '2021-11'), ASOF);
    expect(r.occurrences.map((o) => o.status)).toEqual(['done', 'done']);
    expect(r.status).toBe('done');
  });

  it('gives each occurrence its own status', () => {
    const r = itemStatus(dates, done('2021-09'), ASOF);
    expect(r.occurrences.map((o) => o.status)).toEqual(['done', 'overdue', 'due']);
    expect(r.doneMonths).toEqual(['2021-09']);
  });

  it('counts statuses', () => {
    expect(countStatuses(['done', 'done', 'overdue'])).toEqual({ done: 2, overdue: 1, due: 0, upcoming: 0, undated: 0, 'before-order': 0 });
  });
});

describe('reportStatus (due day 28)', () => {
  it.each<[string, string | null, string, string]>([
    ['2021-09', '2021-09-27', ASOF, 'on-time'],
    ['2021-09', '2021-09-28', ASOF, 'on-time'],
    ['2021-09', '2021-09-29', ASOF, 'late'],
    ['2021-10', '2021-11-02', ASOF, 'late'],
    ['2021-10', null, ASOF, 'missing'],
    ['2021-11', null, ASOF, 'not-yet-due'],
    ['2021-11', '2021-11-18', ASOF, 'on-time'],
    ['2021-11', null, '2021-11-28', 'not-yet-due'],
    ['2021-11', null, '2021-11-29', 'missing'],
    ['2021-11', '2021-11-25', '2021-11-20', 'not-yet-due'],
    ['2021-10', '2021-11-25', '2021-11-20', 'missing'],
  ])('%s sent %s, as of %s → %s', (month, submitted, asOf, expected) => {
    expect(reportStatus(month, submitted, 28, asOf)).toBe(expected);
  });

  it.each([
    ['2021-02', 31, '2021-02-28'],
    ['2024-02', 30, '2024-02-29'],
    ['2021-04', 31, '2021-04-30'],
    ['2021-11', 28, '2021-11-28'],
    ['2021-11', 5, '2021-11-05'],
  ])('due date of %s with due day %i is %s', (month, day, expected) => {
    expect(reportDueDate(month, day)).toBe(expected);
    expect(clampedDay(month, day)).toBe(expected);
  });
});

describe('reportMonths', () => {
  it.each<[string, Parameters<typeof reportMonths>[0], string[]]>([
    ['from the first report to asOf', { firstReportMonth: '2021-09', fallbackStart: '2021-08', end: '2021-12-31', asOf: ASOF }, ['2021-09', '2021-10', '2021-11']],
    ['no reports: from the fallback', { firstReportMonth: null, fallbackStart: '2021-08-08', end: '2021-12-31', asOf: ASOF }, ['2021-08', '2021-09', '2021-10', '2021-11']],
    ['asOf after the period: stops at the period end', { firstReportMonth: '2021-11', fallbackStart: '2021-01', end: '2021-12-31', asOf: '2022-03-01' }, ['2021-11', '2021-12']],
    ['asOf before the first report: empty', { firstReportMonth: '2021-09', fallbackStart: '2021-01', end: '2021-12-31', asOf: '2021-05-01' }, []],
  ])('%s', (_name, options, expected) => {
    expect(reportMonths(options)).toEqual(expected);
  });
});

describe('dueWithin / dueInMonth', () => {
  const items = [
    { subject: '8', occurrences: occurrencesOf(dl({ kind: 'range', start: '2021-10-01', due: '2021-11-30' })) },
    { subject: '20', occurrences: occurrencesOf(dl({ kind: 'by', due: '2021-12-25' })) },
    { subject: '16', occurrences: occurrencesOf(dl({ kind: 'on', dates: ['2021-11-17', '2021-12-01'] })) },
    { subject: 'report', occurrences: occurrencesOf(dl({ kind: 'recurring', every: 'month', day: 28 }), PERIOD) },
  ];
  it('lists what falls due in the 30 days after asOf, earliest first', () => {
    expect(dueWithin(items, ASOF, 30).map((d) => `${d.subject}@${d.occurrence.due}`)).toEqual(['report@2021-11-28', '8@2021-11-30', '16@2021-12-01']);
  });
  it('does not list the asOf day itself (already «due»), does list asOf + 30', () => {
    expect(dueWithin([{ subject: 'x', occurrences: [{ start: '2021-11-01', due: ASOF }] }], ASOF).length).toBe(0);
    expect(dueWithin([{ subject: 'x', occurrences: [{ start: '2021-12-01', due: '2021-12-20' }] }], ASOF).length).toBe(1);
  });
  it.each<[string, string, boolean]>([
    ['8', '2021-10', true], ['8', '2021-11', true], ['8', '2021-12', false],
    ['20', '2021-12', true], ['20', '2021-11', false],
    ['16', '2021-11', true], ['16', '2021-10', false],
    ['report', '2021-02', true],
  ])('item %s is due in %s: %s', (subject, month, expected) => {
    expect(dueInMonth(items.find((i) => i.subject === subject)!.occurrences, month)).toBe(expected);
  });
  it('lists the months a window touches', () => {
    expect(monthsTouched([{ start: '2021-11-15', due: '2022-01-10' }, { start: '2021-03-01', due: '2021-03-02' }])).toEqual(['2021-03', '2021-11', '2021-12', '2022-01']);
  });
});

describe('describeDeadline', () => {
  it.each<[Deadline, string]>([
    [dl({ kind: 'by', due: '2021-02-15' }), 'до 15 февраля 2021 г.'],
    [dl({ kind: 'recurring', every: 'month', day: 28 }), 'ежемесячно, до 28-го'],
    [dl({ kind: 'recurring', every: 'quarter' }), 'ежеквартально'],
    [dl({ kind: 'range', start: '2021-02-11', due: '2021-02-19' }), 'с 11 по 19 февраля 2021 г.'],
    [dl({ kind: 'range', start: '2021-06-09', due: '2021-07-11' }), 'с 9 июня по 11 июля 2021 г.'],
    [dl({ kind: 'range', start: '2021-09-01', due: '2022-05-31' }), 'сентябрь 2021 г. — май 2022 г.'],
    [dl({ kind: 'range', start: '2021-10-01', due: '2021-11-30' }), 'октябрь — ноябрь 2021 г.'],
    [dl({ kind: 'range', start: '2021-10-01', due: '2021-10-31' }), 'октябрь 2021 г.'],
    [dl({ kind: 'on', dates: ['2021-04-22', '2021-05-19', '2021-09-15'] }), '22 апреля, 19 мая и 15 сентября 2021 г.'],
    [dl({ kind: 'on', dates: ['2021-12-20', '2022-01-12'] }), '20 декабря 2021 г. и 12 января 2022 г.'],
    [dl({ kind: 'months', dates: ['2021-08-31', '2021-11-30', '2021-12-31', '2022-03-31'] }), 'август, ноябрь и декабрь 2021 г., март 2022 г.'],
    [dl({ kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }), 'весь период: с 1 января по 31 декабря 2021 г.'],
    [dl({ kind: 'ongoing' }), 'постоянно'],
    [dl({ kind: 'schedule', reason: 'график ОО' }), 'по графику ОО'],
    [dl({ kind: 'schedule', reason: 'план ВШК' }), 'по плану ВШК'],
    [dl({ kind: 'schedule', reason: 'График ДОБО' }), 'по графику ДОБО'],
    [dl({ kind: 'schedule', reason: 'расписание школы' }), 'по расписанию школы'],
    [dl({ kind: 'event', reason: 'итоги работ' }), 'по итогам работ'],
    [dl({ kind: 'event', reason: 'по мере необходимости' }), 'по мере необходимости'],
    [dl({ kind: 'schedule' }), 'по отдельному графику'],
    [dl({ kind: 'unparsed', reason: 'нет даты' }), 'срок не распознан: нет даты'],
  ])('%j → %s', (deadline, expected) => {
    expect(describeDeadline(deadline)).toBe(expected);
  });
});

describe('describeDeadline with the period: a repeat that does not run over all of it says where it runs', () => {
  const calendar = { start: '2021-01-01', end: '2021-12-31' };
  const school = { start: '2021-09-01', end: '2022-08-31' };
  it.each<[string, { start: string; end: string }, string]>([
    ['Ежемесячно до 28 числа, начиная с октября 2021 г.', calendar, 'ежемесячно, до 28-го, с октября 2021 г.'],
    ['ежемесячно, начиная с 15.03.2021', calendar, 'ежемесячно, с 15 марта 2021 г.'],
    ['Ежемесячно до 5 числа с февраля по июнь', calendar, 'ежемесячно, до 5-го, с февраля по июнь 2021 г.'],
    ['ежемесячно до 25 числа с сентября по май', calendar, 'ежемесячно, до 25-го, с сентября 2021 г. по май 2022 г.'],
    ['ежемесячно до 25 числа с сентября по май', school, 'ежемесячно, до 25-го, по май 2022 г.'],
    ['еженедельно по понедельникам с 5 сентября', calendar, 'еженедельно, с 5 сентября 2021 г.'],
    ['еженедельно с 1 по 20 марта', calendar, 'еженедельно, с 1 по 20 марта 2021 г.'],
    ['начиная с I квартала 2022 г., далее - ежегодно', calendar, 'ежегодно, с января 2022 г.'],
    ['Май, ежегодно с 2023 года', calendar, 'ежегодно, с января 2023 г.'],
    // over the whole period: nothing added
    ['Ежемесячно до 28 числа', calendar, 'ежемесячно, до 28-го'],
    ['ежегодно с 2020 года', calendar, 'ежегодно'],
    ['еженедельно по средам', school, 'еженедельно'],
  ])('«%s» over %j → «%s»', (text, period, expected) => {
    const deadline = parseDeadline(text, { year: Number(period.start.slice(0, 4)), period });
    expect(describeDeadline(deadline, period)).toBe(expected);
    // without the period the reading is the repeat alone, as before
    expect(describeDeadline(deadline)).toBe(expected.split(', ').filter((p) => !/^(с|по) /.test(p)).join(', '));
  });
});

describe('understoodBeside: the reading is shown only where it says more than the text', () => {
  it.each<[string, string]>([
    ['По графику ОО', 'по графику ОО'],
    ['по графику ОО.', 'по графику ОО'],
    ['Ежемесячно', 'ежемесячно'],
    ['Постоянно ', 'постоянно'],
    ['По  итогам работ', 'по итогам работ'],
    ['В соответствии с графиком ДОБО', 'в соответствии с графиком ДОБО'],
    ['по плану ВШК', 'По плану  ВШК'],
    ['Весь учебный год (ё)', 'весь учебный год (е)'],
  ])('«%s» read as «%s»: not shown again', (text, understood) => {
    expect(understoodBeside(text, understood)).toBeNull();
    expect(understoodInBrackets(text, understood)).toBe('');
    expect(understoodInBrackets(text, understood, 'как понят срок')).toBe('');
  });

  it.each<[string, string]>([
    ['До 15.02.2021', 'до 15 февраля 2021 г.'],
    ['Ежемесячно до 28 числа', 'ежемесячно, до 28-го'],
    ['В течение года', 'весь период: с 1 января по 31 декабря 2021 г.'],
    ['график', 'по отдельному графику'],
    ['По графику ОО', 'по графику ДОБО'],
    ['до 25', 'до 28'],
  ])('«%s» read as «%s»: shown', (text, understood) => {
    expect(understoodBeside(text, understood)).toBe(understood);
    expect(understoodInBrackets(text, understood)).toBe(` (${understood})`);
    expect(understoodInBrackets(text, understood, 'как понят срок')).toBe(` (как понят срок: ${understood})`);
  });
});
