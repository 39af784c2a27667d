/**
 * Round 272 (corpus-real-235, the tax and reporting calendars of budget institutions): five rules.
 * 1. A tax or a fund's form named figures first — «6-НДФЛ», «2-НДФЛ», «3-НДФЛ», «4-ФСС», «1-НД», «2-ТП» — is the form's name, a label,
 *    wherever it stands («Срок сдачи 6-НДФЛ за I квартал - не позднее 25 апреля.» was `unparsed`, «непонятное число «6»»).
 * 2. «подраздел» in any case is a part of a document: the number after it is a label like «раздел 1.2» («Предоставляем подраздел 1.2
 *    подраздела 1 формы ЕФС-1 за 2024 год.» was `unparsed`).
 * 3. The term of paying — «срок уплаты / оплаты / перечисления» — names a lone day the deadline («1 ОКТЯБРЯ – СРОК УПЛАТЫ НАЛОГОВ» was
 *    `on`); a moved term («перенести срок уплаты … на …») names the new day and stays `on`, as round 78's «срок сдачи».
 * 4. A count of months after «за», a dash and a deadline is the period a report covers («за 9 месяцев — до 27 октября;» was `event`).
 * 5. A run of nine figures or more in a text that names a code (КБК, ИНН, КПП, ОГРН, ОКТМО, ОКПО, БИК, счёт) is the code («… на общий
 *    КБК 18201061201010000510» was `unparsed`).
 * Pins: an act's number after «№» / «N» and a law's code («№ 324-ФЗ», «N 19-ПГ», «273-ФЗ») read as before; ordinals in capitals
 * («1-ЫЙ», «2-Х»); «за 10 дней до 1 сентября» and «за 2 недели - до 15 мая» stay offsets; «срок сдачи» after a day stays `on`; a long
 * number with no code word reads as before.
 */
import { distinctRows, MONTHS_GEN, by, ev, iso, on, pad, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const FORMS = ['6-НДФЛ', '2-НДФЛ', '3-НДФЛ', '4-ФСС', '1-НД', '2-ТП', '1-ПИ'];
const SUBSECTION = ['подраздел', 'подраздела', 'подразделе', 'подразделу', 'подразделом'];
const SUBSECTION_NUMBERS = ['1.2', '1.1', '2.1', '2.3', '3', '1'];
const PAYMENT_TERMS = ['срок уплаты налогов', 'срок уплаты налога на имущество', 'срок оплаты', 'срок перечисления взносов', 'срок перечисления НДФЛ', 'СРОК УПЛАТЫ НАЛОГОВ', 'сроки уплаты земельного налога'];
const MONTH_COUNTS = ['3 месяца', '6 месяцев', '9 месяцев', '11 месяцев', '2 месяца'];
const DASHES = ['—', '–', '-', ':'];
const CODES: Array<[string, string]> = [
  ['КБК', '18201061201010000510'],
  ['ИНН', '7701234567'],
  ['ИНН', '770123456789'],
  ['КПП', '770101001'],
  ['ОГРН', '1027700132195'],
  ['ОКТМО', '45382000000'],
  ['р/счёт', '40701810000001000001'],
];
const ongoingFrom = (start: string): Expect => ({ kind: 'ongoing', start, due: null });

const PINS: Row[] = [
  // an act's number after «№» or «N», a law's code: as before
  ['от 21.11.2011 № 324-ФЗ', unread],
  ['от 10.08.2017 N 402-ПГ', unread],
  ['Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»', unread],
  // ordinals and counts in capitals: as before
  ['ЗА 1-ЫЙ КВАРТАЛ', ev('1-ЫЙ')],
  ['К 80-ЛЕТИЮ ПОБЕДЫ', ev('80-ЛЕТИЮ')],
  // offsets with no dash or of weeks: as before
  ['за 10 дней до 1 сентября', ev('10 дней')],
  ['за 2 недели - до 15 мая', ev('2 недели')],
  ['за 9 месяцев до начала учебного года', ev('начала')],
  // «за полугодие», «за I квартал» before a deadline: as before
  ['за полугодие — до 25 июля;', by('2021-07-25')],
  ['за I квартал — до 25 апреля;', by('2021-04-25')],
  // the term of handing in after a day, a moved term of paying: `on`, as round 78
  ['25 октября – срок сдачи отчетов', on('2021-10-25')],
  ['перенести срок уплаты налога с 25 октября на 18 октября', on('2021-10-18')],
  ['Перенести срок уплаты с 15 на 25 июля', on('2021-07-25')],
  // the term of paying at the start: as before
  ['Срок уплаты налога - 1 декабря 2021 г.', by('2021-12-01')],
  // «раздел» with its number: as before
  ['раздел 1.2 до 15 мая', by('2021-05-15')],
  // glued years, a number with no code word: as before
  ['20222023 учебный год', range('2022-09-01', '2023-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a form named figures first', () => {
      FORMS.forEach((form, k) => {
        const m = (k % 12) + 1;
        const d = 10 + k;
        add(`срок сдачи ${form} за I квартал - не позднее 25 апреля`, by('2021-04-25'));
        add(`расчет ${form} представляется до ${d} ${MONTHS_GEN[m - 1]}`, by(iso(m, d)));
        addAs(`${form} за IV квартал 2024 года - не позднее 25.02.2025`, by('2025-02-25'));
        addAs(`Отчет ${form} сдается не позднее ${d}.${pad(m)}.2021`, by(iso(m, d)));
        addAs(`С 2023 года страхователи сдают расчет ${form}.`, ongoingFrom('2023-01-01'));
        addAs(`${form}: ежемесячно до ${d} числа`, rec('month', d));
      });
    });
    section('«подраздел» and its number', () => {
      SUBSECTION.forEach((noun) =>
        SUBSECTION_NUMBERS.forEach((n, k) => {
          const m = (k % 12) + 1;
          const d = 5 + k;
          add(`${noun} ${n} до ${d} ${MONTHS_GEN[m - 1]}`, by(iso(m, d)));
          addAs(`Сведения по ${noun} ${n} представляются не позднее ${pad(d)}.${pad(m)}.2025`, by(iso(m, d, 2025)));
          addAs(`Предоставляем ${noun} ${n} формы ЕФС-1 за 2024 год.`, range('2024-01-01', '2024-12-31'));
        }),
      );
    });
    section('the term of paying after a day', () => {
      PAYMENT_TERMS.forEach((term, k) => {
        const m = (k % 12) + 1;
        const d = 1 + k;
        add(`${d} ${MONTHS_GEN[m - 1]} – ${term}`, by(iso(m, d)));
        addAs(`${d} ${MONTHS_GEN[m - 1]!.toUpperCase()} – ${term.toUpperCase()}`, by(iso(m, d)));
        addAs(`${pad(d)}.${pad(m)}.2022 - ${term}`, by(iso(m, d, 2022)));
        addAs(`Администрация сообщает, что ${d} ${MONTHS_GEN[m - 1]} 2015 года наступает ${term}.`, by(iso(m, d, 2015)));
      });
    });
    section('a count of months covered, a dash, a deadline', () => {
      MONTH_COUNTS.forEach((count, k) =>
        DASHES.forEach((dash, j) => {
          const m = ((k + j) % 12) + 1;
          const d = 20 + k;
          add(`за ${count} ${dash} до ${d} ${MONTHS_GEN[m - 1]}`, by(iso(m, d)));
          addAs(`за ${count} ${dash} не позднее ${d}.${pad(m)}.2025`, by(iso(m, d, 2025)));
          addAs(`За ${count} ${dash} до ${d}.${pad(m)}.2023 г.;`, by(iso(m, d, 2023)));
        }),
      );
    });
    section('a code of nine figures or more', () => {
      CODES.forEach(([word, code], k) => {
        const m = (k % 12) + 1;
        const d = 10 + k;
        add(`${word} ${code}, до ${d} ${MONTHS_GEN[m - 1]}`, by(iso(m, d)));
        addAs(`Перечислить до ${pad(d)}.${pad(m)}.2024 на ${word} ${code}`, by(iso(m, d, 2024)));
        addAs(`С 1 января 2024 года платежи перечисляются только на ${word} ${code}`, ongoingFrom('2024-01-01'));
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 272: form names figures first, «подраздел», the term of paying, months covered before a dash, long codes',
  rows: () => distinctRows(sections()),
};
