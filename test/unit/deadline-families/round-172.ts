/**
 * Round 172 (corpus-real-160: school libraries and textbooks, and school digital systems — library plans and news, the check of the fund
 * against the Федеральный список экстремистских материалов, the federal textbook list, the электронный журнал, ФГИС «Моя школа»,
 * Сферум). Three classes the set's first run missed, as approval lines, news and municipal decrees write them:
 * - a form's line of underscores between a filled day's closing quote and the month — ««__19_»_____августа 2013 г.» — is the rest of the
 *   line the day was written on: the day and month are read (it was `unparsed`, «дата не заполнена»).
 * - a full date in brackets right after an issued act's number — «Распоряжение … № 1993-р (17 декабря 2009 г.) …» — is the act's date,
 *   a label like the date after «№ <номер> от» (it was `on` that day).
 * - the year of a budget being drafted — «при формировании / составлении / утверждении бюджета на 2005 год» — is the budget's year, a
 *   label: the condition is the event (it was the range of that year).
 * Pins: a blank month after a filled day, a blank day, a protocol's number with a bracketed date, a bracketed date alone, «от» after an
 * act's number, a budget's years with no drafting, a plan's year and the condition with no year read as before.
 * The first template of each class is the set's real row (its source in corpus-real-160.tsv).
 */
import { by, ev, iso, on, MONTHS_GEN, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the filled days, as a form's line holds them (underscores or spaces on either side, inside the quotes) */
const DAYS: Array<[string, number]> = [
  ['__19_', 19],
  ['_05_', 5],
  ['__1__', 1],
  ['19', 19],
  [' 12 ', 12],
];
/** the quotes around the day */
const QUOTES: Array<[string, string]> = [
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
];
/** the line after the closing quote, before the month */
const LINES = ['_____', '__', '________________', ' ____', '___ ', '  _____  '];
/** the years and their words */
const YEARS: Array<[string, number]> = [
  ['2013 г.', 2013],
  ['2021 года', 2021],
  ['2019г.', 2019],
  ['2020', 2020],
];
/** what leads the approval line (an act's «№ N от» makes the day its label) */
const LEADS = ['', 'Утверждаю ', 'Директор школы ____________ ', 'Приказ № 45 от '];

const LINE_PINS: Row[] = [
  // a month left blank after a filled day stays blank (round 59's form date)
  ['«_25_»_______ 2020 г.', { kind: 'unparsed', reason: /дата не заполнена/ }],
  ['«19» __________ 2013 г.', { kind: 'unparsed', reason: /дата не заполнена/ }],
  // a blank day with the month written stays blank
  ['«___»_____ 2013 г.', { kind: 'unparsed', reason: /дата не заполнена/ }],
  ['«__» сентября 20__ г.', { kind: 'unparsed', reason: /дата не заполнена/ }],
  // a filled day with a space before the month read so already (round 163)
  ['«_25__» августа 2020 г.', on('2020-08-25')],
];

/** the issued acts and their numbers */
const ACTS = [
  'Распоряжение Правительства Российской Федерации № 1993-р',
  'распоряжение Правительства РФ № 2040',
  'Приказ Минобрнауки России № 1015',
  'приказ Минпросвещения России № 345',
  'Постановление администрации города № 94',
  'Письмо Минпросвещения России № 03-1526',
  'решение Совета депутатов № 12/5',
];
/** the act's dates in brackets, in figures and in words */
const BRACKETED_DATES = ['(17 декабря 2009 г.)', '(30.08.2013)', '(14 мая 2020 года)', '(28.12.2018 г.)', '(1 сентября 2022 г.)'];
/** what the sentence says after the act */
const ACT_TAILS = ['', '.', ' закрепляет за школами ответственность за предоставление информации об успеваемости в электронном виде.', ' утратил силу.', ' разъясняет порядок ведения журналов'];

const ACT_PINS: Row[] = [
  // a protocol's date is its meeting's day (round 40)
  ['протокол № 2 (30.08.2021)', on('2021-08-30')],
  ['Протокол заседания № 4 (28 мая 2021 г.)', on('2021-05-28')],
  // a bracketed date alone, and one after a count with no act, read as before
  ['(17 декабря 2009 г.)', on('2009-12-17')],
  ['Встреча № 3 (15.03.2021)', on('2021-03-15')],
  // «от» after the number, as before (round 40)
  ['Распоряжение Правительства Российской Федерации № 1993-р от 17 декабря 2009 г.', unread],
];

/** the nouns of drafting and the budget's words before the year */
const DRAFTING = ['формировании', 'составлении', 'утверждении'];
const BUDGETS = ['бюджета', 'местного бюджета', 'областного бюджета', 'городского бюджета', 'проекта бюджета', 'муниципального бюджета'];
/** the years of the budget */
const BUDGET_YEARS = ['2005 год', '2022 год', '2023 года', '2024 г.'];
/** what leads and what follows */
const BUDGET_LEADS = ['', 'Финансовому управлению ', '2.Финансовому отделу, Администрации города ', 'Рекомендовать '];
const BUDGET_TAILS = ['', ' предусмотреть финансирование данной Программы', ' учесть расходы на реализацию мероприятий'];

const BUDGET_PINS: Row[] = [
  // a budget's years with no drafting keep their window (corpus-real-114)
  ['В федеральном бюджете на 2023–2025 годы на эти цели предусмотрено 250 млн рублей ежегодно.', { kind: 'recurring', every: 'year', day: null, start: '2023-01-01', due: '2025-12-31' }],
  ['План на 2022 год', { kind: 'range', start: '2022-01-01', due: '2022-12-31' }],
  ['Средства бюджета на 2022 год', { kind: 'range', start: '2022-01-01', due: '2022-12-31' }],
  // the condition with no year read so already
  ['при формировании бюджета на очередной финансовый год', ev('бюджета')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, _add, addAs) => {
    section('a form\'s line of underscores between a filled day\'s closing quote and the month is no blank day', () => {
      addAs('«__19_»_____августа 2013 г.', on('2013-08-19'));
      for (const [day, d] of DAYS)
        for (const [open, close] of QUOTES)
          for (const line of LINES)
            for (const [m, month] of [[8, MONTHS_GEN[7]!], [9, MONTHS_GEN[8]!], [12, MONTHS_GEN[11]!]] as Array<[number, string]>)
              for (const [year, y] of YEARS)
                for (const lead of LEADS) {
                  // after an act's «№ N от» the day is the act's date, a label (round 40), and no blank is reported
                  const e: Expect = lead.includes('№') ? unread : on(iso(m, d, y));
                  addAs(`${lead}${open}${day}${close}${line}${month} ${year}`, e);
                }
    });
    section('the form\'s line: pins', () => LINE_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a full date in brackets right after an issued act\'s number is the act\'s date, a label', () => {
      addAs('Распоряжение Правительства Российской Федерации № 1993-р (17 декабря 2009 г.) закрепляет за школами ответственность за предоставление родителям и ученикам информации об успеваемости в электронном виде.', unread);
      for (const act of ACTS)
        for (const date of BRACKETED_DATES)
          for (const tail of ACT_TAILS) addAs(`${act} ${date}${tail}`, unread);
      // a deadline after the act's bracket is the text's only date (it was the window from the act's day)
      addAs('приказ № 5 (15.03.2021) до 1 апреля', by('2021-04-01'));
      addAs('Во исполнение распоряжения Правительства РФ № 1993-р (17.12.2009) до 1 сентября обеспечить ведение электронных журналов', by('2021-09-01'));
    });
    section('the act\'s bracketed date: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the year of a budget being drafted is the budget\'s, a label; the condition is the event', () => {
      addAs('2.Финансовому отделу, Администрации города при формировании бюджета на 2005 год предусмотреть финансирование данной Программы.', ev('бюджета'));
      for (const lead of BUDGET_LEADS)
        for (const noun of DRAFTING)
          for (const budget of BUDGETS)
            for (const year of BUDGET_YEARS)
              for (const tail of BUDGET_TAILS)
                for (const end of ['', '.']) {
                  const opening = lead === '' ? 'При' : 'при';
                  addAs(`${lead}${opening} ${noun} ${budget} на ${year}${tail}${end}`, ev('бюджета'));
                }
      // a day written with the condition is in the year the budget is drafted, not the budget's (it was 2022-10-01)
      addAs('при формировании бюджета на 2022 год, до 1 октября', by('2021-10-01'));
      addAs('Представить предложения при составлении бюджета на 2022 год не позднее 15 сентября', by('2021-09-15'));
    });
    section('the budget\'s year: pins', () => BUDGET_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 172: a form\'s line between a filled day and its month; an issued act\'s date in brackets after its number; the year of a budget being drafted',
  rows: () => sections().flatMap(([, rows]) => rows),
};
