import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isoDate as isoDateOf, formatDateLong, formatDateNumeric, formatDateQuoted, formatMonth, isValidIsoDate, isValidIsoMonth, lastDayOfMonth, monthsBetween } from '../../src/lib/dates';
import { isoDate } from '../../src/schemas';

describe.each([
  ['2021-08-08', true],
  ['2020-02-29', true],
  ['2021-02-29', false],
  ['2021-02-31', false],
  ['2025-13-45', false],
  ['2021-00-10', false],
  ['2021-04-31', false],
  ['2021-12-31', true],
  ['2021-8-8', false],
  ['08.08.2021', false],
  ['2021-08-08T00:00', false],
  ['', false],
])('isValidIsoDate(%s)', (value, expected) => {
  it(`is ${expected}`, () => expect(isValidIsoDate(value)).toBe(expected));
  it(`the schema ${expected ? 'accepts' : 'rejects'} it`, () => expect(isoDate.safeParse(value).success).toBe(expected));
});

describe('isValidIsoMonth', () => {
  it.each([['2021-09', true], ['2021-13', false], ['2021-00', false], ['2021-9', false]])('%s → %s', (v, e) => expect(isValidIsoMonth(v)).toBe(e));
});

describe('calendar arithmetic', () => {
  it.each([
    [2021, 2, '2021-02-28'],
    [2024, 2, '2024-02-29'],
    [2021, 12, '2021-12-31'],
    [2021, 4, '2021-04-30'],
  ])('lastDayOfMonth(%i, %i) = %s', (y, m, e) => expect(lastDayOfMonth(y, m)).toBe(e));
  it.each([
    ['2021-12-31', 1, '2022-01-01'],
    ['2021-03-01', -1, '2021-02-28'],
    ['2021-08-08', 30, '2021-09-07'],
  ])('addDays(%s, %i) = %s', (d, n, e) => expect(addDays(d, n)).toBe(e));
  it('daysInMonth counts as the calendar of Date does, for every month of years 1–2999 and for odd arguments', () => {
    const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (let y = 1; y < 3000; y++) for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(byDate(y, m));
    for (const [y, m] of [[2021, 0], [2021, 13], [2021, 2.5], [2021.5, 2], [0, 2], [1900, 2], [2000, 2]]) expect(daysInMonth(y!, m!)).toBe(byDate(y!, m!));
  });
  it('isoDate pads as padStart does, for usual and odd numbers', () => {
    const padded = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const values = [-1, 0, 0.5, 1, 9, 10, 12, 13, 28, 31, 32, Number.NaN];
    for (const y of [5, 999, 1000, 2021, 9999, 10000, 2021.5]) for (const m of values) for (const d of values) expect(isoDateOf(y, m, d)).toBe(padded(y, m, d));
  });
  it('monthsBetween spans years', () => expect(monthsBetween('2021-11-20', '2022-02-01')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']));
});

describe('Russian formatting', () => {
  it.each([
    ['2021-08-08', '08.08.2021', '8 августа 2021 г.', '«08» 08 2021 г.'],
    ['2021-03-01', '01.03.2021', '1 марта 2021 г.', '«01» 03 2021 г.'],
    ['2022-12-25', '25.12.2022', '25 декабря 2022 г.', '«25» 12 2022 г.'],
  ])('%s', (iso, numeric, long, quoted) => {
    expect(formatDateNumeric(iso)).toBe(numeric);
    expect(formatDateLong(iso)).toBe(long);
    expect(formatDateQuoted(iso)).toBe(quoted);
  });
  it('formats a month', () => expect(formatMonth('2021-09')).toBe('сентябрь 2021'));
});

describe('YAML dates', () => {
  it('a Date produced by a YAML parser from an unquoted valid date is read back as its ISO text', () => {
    expect(isoDate.parse(new Date(Date.UTC(2021, 7, 8)))).toBe('2021-08-08');
  });
});
