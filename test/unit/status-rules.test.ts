/**
 * The three status rules that keep pages honest: the first reporting month, deadlines before the
 * approving order, and items only the department answers for.
 */
import { describe, expect, it } from 'vitest';
import { firstReportMonth, itemStatus, reportStatus, type Occurrence } from '../../src/lib/status';
import { isDepartmentOnly, namesDepartment, sameResponsible } from '../../src/lib/programme/responsible';

const ASOF = '2021-11-20';
const ORDER = '2021-08-08';
const DEPARTMENT = ['Управление образования администрации Белгородского района', 'Управление образования Белгородского района'];

describe('firstReportMonth', () => {
  it.each([
    ['2021-08-08', '2021-09', 'an order signed mid-month: the first full month after it'],
    ['2021-09-01', '2021-09', 'an order signed on the 1st: that month'],
    ['2021-12-15', '2022-01', 'December rolls over to January'],
    ['2021-01-01', '2021-01', 'a period start on the 1st'],
  ])('%s → %s (%s)', (from, month, _why) => {
    expect(firstReportMonth(from)).toBe(month);
  });
});

describe('reportStatus with a first month', () => {
  it.each([
    ['2021-08', undefined, 'not-required', 'before the first month, no report: не требовался'],
    ['2021-01', undefined, 'not-required', 'long before'],
    ['2021-09', undefined, 'missing', 'the first month itself is required'],
    ['2021-08', '2021-08-20', 'on-time', 'a report sent anyway is shown as sent'],
    ['2021-11', undefined, 'not-yet-due', 'the current month'],
  ] as const)('%s, sent %s → %s (%s)', (month, submitted, status, _why) => {
    expect(reportStatus(month, submitted, 28, ASOF, '2021-09')).toBe(status);
  });

  it('without a first month nothing is «не требовался»', () => {
    expect(reportStatus('2021-01', undefined, 28, ASOF)).toBe('missing');
  });
});

describe('itemStatus with the approving order date', () => {
  const one = (start: string, due: string): Occurrence[] => [{ start, due }];
  const monthly: Occurrence[] = ['2021-06', '2021-07', '2021-08', '2021-09'].map((m) => ({ start: `${m}-01`, due: `${m}-28` }));
  it.each<[string, Occurrence[], Array<{ month: string; submitted: string }>, string]>([
    ['due before the order, not done → before-order', one('2021-02-01', '2021-02-15'), [], 'before-order'],
    ['due before the order, done → done', one('2021-02-01', '2021-02-15'), [{ month: '2021-09', submitted: '2021-09-20' }], 'done'],
    ['due after the order, passed → overdue', one('2021-09-01', '2021-09-15'), [], 'overdue'],
    ['due on the order day → overdue once passed (the order existed)', one('2021-08-01', '2021-08-08'), [], 'overdue'],
    ['monthly: months before the order do not make it overdue, later ones do', monthly, [], 'overdue'],
    ['monthly: later months done → done', monthly, [{ month: '2021-08', submitted: '2021-08-20' }, { month: '2021-09', submitted: '2021-09-20' }], 'done'],
  ])('%s', (_name, occurrences, evidence, status) => {
    expect(itemStatus(occurrences, evidence, ASOF, ORDER).status).toBe(status);
  });

  it('marks each occurrence: before the order, then overdue', () => {
    expect(itemStatus(monthly, [], ASOF, ORDER).occurrences.map((o) => o.status)).toEqual(['before-order', 'before-order', 'overdue', 'overdue']);
  });

  it('without an order date the old rule holds (overdue)', () => {
    expect(itemStatus(one('2021-02-01', '2021-02-15'), [], ASOF).status).toBe('overdue');
  });
});

describe('responsible: the department under its several names', () => {
  it.each([
    ['Управление образования администрации Белгородского района', true],
    ['Управление образования', true],
    ['управление  образования.', true],
    ['Управление образования Белгородского района', true],
    ['Бозина Н.А., начальник Управления образования', false],
    ['руководители ШНРО/ШНФСУ', false],
    ['Управление', false],
    ['Управление социальной защиты', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(namesDepartment(text, DEPARTMENT)).toBe(expected);
  });

  it('one label for the filter', () => {
    expect(sameResponsible('Управление образования', DEPARTMENT)).toBe(DEPARTMENT[0]);
    expect(sameResponsible('кураторы', DEPARTMENT)).toBe('кураторы');
  });

  it.each([
    [['Управление образования администрации Белгородского района'], true],
    [['Управление образования', 'Управление образования администрации Белгородского района'], true],
    [['Управление образования', 'руководители ШНРО/ШНФСУ', 'кураторы'], false],
    [[], false],
  ])('%j department only → %s', (responsible, expected) => {
    expect(isDepartmentOnly(responsible, DEPARTMENT)).toBe(expected);
  });
});
