/**
 * Round 146 (corpus-real-134: the schooling of migrant children — the test in Russian for school admission, the documents of legal
 * stay, appeals, Russian courses, the kindergartens' new rules). Three classes the set's first run missed, as news and regulations
 * on them write them:
 * - a span right after «за» followed by a bracket that writes a window with both ends — «за пять месяцев (апрель-август)», «за 9 дней
 *   (с 30 октября по 7 ноября)» — is the window's length, the time the figures cover: the window is the time (`range`); it was read as
 *   the offset «за N … до» (`event`), while «5 месяцев (апрель-август)» without «за» was already the window (round 22).
 * - the code of a document's form after «форма / по форме / формы» — «026/у-2000», «086/у», «№ 063/у» — is the form's name, a label:
 *   the number after its hyphen is no year («(форма 026/у-2000)» was the year 2000), and its figures are no stray number («по форме
 *   086/у» made a date beside it `unparsed`).
 * - «при [<прил.>] результате / результатах …» — when an exam or a check turns out so — is a condition like «в случае …», an `event`
 *   (it was `unparsed`).
 * Pins: «за» before a span with «до» after it, with no window after it, or with a month alone in the bracket; the months covered after
 * «за» (round 66) and a report's quarter; a span with no «за» before the window; an act's number with a letter code after «N / №»
 * («N 563/р», «№39/3»), a month written with a slash («09/2021»), a share («1/3»); «по результатам …» and a result with a date.
 * The first template of each class is the set's real row (its source in corpus-real-134.tsv).
 */
import { by, ev, iso, lastDay, MONTHS_GEN, MONTHS_NOM, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** how many months, in words and figures (the count the window's months make) */
const MONTH_COUNTS: Record<number, string[]> = {
  2: ['два месяца', '2 месяца'],
  3: ['три месяца', '3 месяца'],
  4: ['четыре месяца', '4 месяца'],
  5: ['пять месяцев', '5 месяцев'],
  6: ['шесть месяцев', '6 месяцев'],
};
/** what is said before «за» */
const COVER_LEADS = ['Данные Рособрнадзора свидетельствуют, что', 'Всего', 'Как сообщили в ведомстве,', ''];
/** what the figures say after the bracket */
const COVER_TAILS = ['свыше 23,5 тысячи детей-мигрантов были заявлены на обучение', 'тестирование прошли 5940 детей', ''];
/** the dash between the window's months, as pages write it */
const DASHES = ['-', ' - ', ' — '];

const COVER_PINS: Row[] = [
  // «за» with «до» after the span is an offset from an event, with or without a window after it
  ['за 2 недели до 1 сентября', ev('за 2 недели до 1 сентября')],
  ['за две недели до начала занятий', ev('начала занятий')],
  ['за 10 дней до 01.09.2021', ev('01.09.2021')],
  // a span with no window after it reads as before
  ['Повторная сдача возможна за три месяца', ev('за три месяца')],
  // a month alone in the bracket is no window with both ends
  ['за три месяца (апрель) были поданы заявления', { kind: 'event', names: 'за три месяца' }],
  // the first months of a year and a report's quarter after «за» read as before (round 66, round 51)
  ['за 9 месяцев 2014 года', range('2014-01-01', '2014-09-30')],
  ['Отчет за 1 квартал', range('2021-01-01', '2021-03-31')],
  // with no «за», the span before the window was its length already (round 22)
  ['5 месяцев (апрель-август) были заявлены', range('2021-04-01', '2021-08-31')],
  ['9 дней (с 30 октября по 7 ноября)', range('2021-10-30', '2021-11-07')],
];

/** what the form belongs to, before it */
const FORM_LEADS = [
  'Пока же для поступления детей-иностранцев в детсад достаточно справки о профилактическом осмотре',
  'Для зачисления в школу представляется медицинская карта',
  'Необходима справка',
  'Медицинская справка',
];
/** the form and its code, as pages write them */
const FORMS = ['(форма 026/у-2000)', 'по форме 026/у', '(форма № 086/у)', 'формы 063/у', 'по форме № 086/у-2000', '(форма 079/у)', 'форма 086/у'];

const FORM_PINS: Row[] = [
  // an act's number with a letter code after «N / №» reads as before: the date between «от» and the number is the act's label
  ['от "23" апреля 2018 г. N 563/р', unread],
  ['Приказ №39/3 от 28 мая 2025 года', unread],
  // a month with a slash, a share, a school year with a slash
  ['09/2021', range('2021-09-01', '2021-09-30')],
  ['не менее 1/3 от общего числа', unread],
  // a form with no code after it
  ['по установленной форме до 1 сентября', by('2021-09-01')],
  // the corpus row of round 98's set whose form number now reads as a label: the yearly adjective before its noun is still not read
  ['8. карта формы №26/у-2000 (по мере готовности, но не позднее 05 сентября текущего календарного года);', by('2021-09-05')],
];

/** the adjectives of how a result turns out */
const RESULT_ADJ = ['отрицательном', 'неудовлетворительном', 'положительном', 'успешном', 'неуспешном'];
/** what the result is of */
const RESULT_OF = ['тестирования', 'экзамена', 'проверки документов', 'тестирования на знание русского языка'];
/** what follows */
const RESULT_TAILS = ['ребенку предлагают пройти дополнительное обучение', 'заявление возвращается без рассмотрения', 'ребенок зачисляется в школу'];

const RESULT_PINS: Row[] = [
  // a date with the condition wins
  ['При отрицательном результате тестирования пересдача не ранее 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['При положительном результате — до 15 мая', by('2021-05-15')],
  // an offset after it counts from its own event
  ['При отрицательном результате повторное тестирование не ранее чем через три месяца', ev('через три месяца')],
  // «по результатам …» and a result with no «при» read as before
  ['по результатам тестирования', ev('результаты тестирования')],
  ['Результаты тестирования передаются в школу в течение 3 дней после его завершения.', ev('после его завершения')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a span after «за» before a bracket with a window of both ends is the window\'s length: the window is the time', () => {
      addAs('Данные Рособрнадзора свидетельствуют, что за пять месяцев (апрель-август) свыше 23,5 тысячи детей-мигрантов были заявлены на обучение.', range('2021-04-01', '2021-08-31'));
      for (const lead of COVER_LEADS)
        for (const [count, spans] of Object.entries(MONTH_COUNTS))
          for (let m = 1; m + Number(count) - 1 <= 12; m += 2) {
            const last = m + Number(count) - 1;
            const want: Expect = range(iso(m, 1), iso(last, lastDay(last)));
            for (const span of spans)
              for (const dash of DASHES)
                for (const tail of COVER_TAILS)
                  add([lead, 'за', span, `(${MONTHS_NOM[m - 1]}${dash}${MONTHS_NOM[last - 1]})`, tail].filter(Boolean).join(' '), want);
            // the window written with «с … по …»
            add([lead, 'за', spans[0], `(с ${MONTHS_GEN[m - 1]} по ${MONTHS_NOM[last - 1]})`].filter(Boolean).join(' '), want);
            add([lead, 'за', spans[1], `(с 1 ${MONTHS_GEN[m - 1]} по ${lastDay(last)} ${MONTHS_GEN[last - 1]})`].filter(Boolean).join(' '), want);
          }
      for (const [d1, m1, d2, m2, days] of [[30, 10, 7, 11, '9 дней'], [1, 6, 31, 8, '92 дня'], [12, 6, 31, 8, '81 день'], [1, 7, 14, 7, 'две недели']] as Array<[number, number, number, number, string]>)
        add(`за ${days} (с ${d1} ${MONTHS_GEN[m1 - 1]} по ${d2} ${MONTHS_GEN[m2 - 1]})`, range(iso(m1, d1), iso(m2, d2)));
    });
    section('«за» with a span: pins', () => COVER_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a form\'s code after «форма / по форме» is a label, the form\'s name', () => {
      addAs('Пока же для поступления детей-иностранцев в детсад достаточно справки о профилактическом осмотре (форма 026/у-2000).', unread);
      for (const lead of FORM_LEADS)
        for (const form of FORMS) {
          add(`${lead} ${form}`, unread);
          add(`${lead} ${form} до 1 августа`, by('2021-08-01'));
          add(`${lead} ${form} — в срок до 15 сентября`, by('2021-09-15'));
        }
    });
    section('a form\'s code: pins', () => FORM_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«при [<прил.>] результате …» is a condition, an event', () => {
      addAs('При отрицательном результате тестирования ребенку предлагают пройти дополнительное обучение.', ev('результате'));
      for (const adj of RESULT_ADJ)
        for (const of of RESULT_OF)
          for (const tail of RESULT_TAILS) {
            add(`При ${adj} результате ${of} ${tail}`, ev('результате'));
            add(`${tail[0]!.toUpperCase()}${tail.slice(1)} при ${adj} результате ${of}`, ev('результате'));
          }
      for (const of of RESULT_OF) add(`при отрицательных результатах ${of}`, ev('результатах'));
    });
    section('a result\'s condition: pins', () => RESULT_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 146: a span after «за» before a bracketed window is its length; a form\'s code after «форма» is a label; «при … результате» is a condition',
  rows: () => sections().flatMap(([, rows]) => rows),
};
